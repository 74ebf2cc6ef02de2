import { listPaths } from '../model/lenient.js';
import { writtenAt, wrapFix } from './written-value.js';
import { defineRule } from './define-rule.js';

/** `legal_basis: Nghị định 23/2015/NĐ-CP` reads as a list of one; the list form shows where the next item goes. */
export const rule = defineRule({
  id: 'canonical-list',
  description: {
    en: 'Lists written as one text should be written as lists',
    vi: 'Danh sách ghi thành một dòng nên ghi dạng danh sách',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    list: {
      en: 'Write {field} as a list: put "{text}" in [ ]',
      vi: 'Hãy ghi {field} dạng danh sách: đặt "{text}" trong [ ]',
    },
  },
  check({ source, report }) {
    if (source.data === null || typeof source.data !== 'object') return;
    for (const path of listPaths(source.data as Record<string, unknown>)) {
      const text = writtenAt(source, path);
      if (typeof text !== 'string') continue;
      const fix = wrapFix(source, path, (written) => `[${written}]`);
      report({ messageId: 'list', data: { field: String(path.at(-1)), text }, path, ...(fix ? { fix } : {}) });
    }
  },
});
