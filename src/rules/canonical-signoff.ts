import { writtenAt, wrapFix } from './written-value.js';
import { defineRule } from './define-rule.js';

const ROLES = ['prepared_by', 'reviewed_by', 'approved_by'] as const;

/** A signatory written as a plain name has room for no title; the map form shows where the title goes. */
export const rule = defineRule({
  id: 'canonical-signoff',
  description: {
    en: 'Signatories should be written as { name, title }',
    vi: 'Người ký nên ghi dạng { name, title }',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    name: {
      en: 'Write {role} "{name}" as { name, title }, with the title',
      vi: 'Hãy ghi {role} "{name}" dạng { name, title }, kèm chức vụ',
    },
  },
  check({ source, report }) {
    for (const role of ROLES) {
      const path = ['signoff', role];
      const name = writtenAt(source, path);
      if (typeof name !== 'string') continue;
      const fix = wrapFix(source, path, (text) => `{ name: ${text} }`);
      report({ messageId: 'name', data: { role, name }, path, ...(fix ? { fix } : {}) });
    }
  },
});
