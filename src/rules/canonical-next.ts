import { nextIdsInText } from '../model/lenient.js';
import { writtenAt, wrapFix } from './written-value.js';
import { defineRule } from './define-rule.js';

/** `next: B2` means `next: [B2]`; the list form shows at a glance that more steps can be added. */
export const rule = defineRule({
  id: 'canonical-next',
  description: {
    en: 'A single next step should be written as a list ([B2])',
    vi: 'Một bước tiếp theo nên ghi dạng danh sách ([B2])',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    single: {
      en: 'Write next "{target}" as a list: [{target}]',
      vi: 'Hãy ghi bước tiếp theo "{target}" dạng danh sách: [{target}]',
    },
    several: {
      en: 'Write next "{target}" as a list: {list}',
      vi: 'Hãy ghi các bước tiếp theo "{target}" dạng danh sách: {list}',
    },
  },
  check({ source, procedure, report }) {
    procedure.steps.forEach((_, i) => {
      const path = ['steps', i, 'next'];
      const written = writtenAt(source, path);
      if (typeof written !== 'string' && typeof written !== 'number') return;
      const ids = nextIdsInText(written);
      if (ids.length > 1) {
        const list = `[${ids.join(', ')}]`;
        const range = source.locate(path);
        const fix = range.line === range.endLine ? { fix: { range, text: list } } : {};
        report({ messageId: 'several', data: { target: String(written), list }, path, ...fix });
        return;
      }
      const fix = wrapFix(source, path, (text) => `[${text}]`);
      report({ messageId: 'single', data: { target: String(written) }, path, ...(fix ? { fix } : {}) });
    });
  },
});
