import { signatoryOf } from '../model/lenient.js';
import { mapFix, writtenAt, wrapFix, yamlName } from './written-value.js';
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
    split: {
      en: 'Write {role} "{text}" as {map}',
      vi: 'Hãy ghi {role} "{text}" dạng {map}',
    },
  },
  check({ source, report }) {
    for (const role of ROLES) {
      const path = ['signoff', role];
      const name = writtenAt(source, path);
      if (typeof name !== 'string') continue;
      // A title given on the line ("Lê Văn Cường, Chủ tịch") goes where the map keeps it.
      const { title, name: person } = signatoryOf(name);
      if (title !== undefined) {
        const map = `{ name: ${yamlName(person)}, title: ${yamlName(title)} }`;
        const fix = mapFix(source, path, map);
        report({ messageId: 'split', data: { role, text: name, map }, path, ...(fix ? { fix } : {}) });
        continue;
      }
      const fix = wrapFix(source, path, (text) => `{ name: ${text} }`);
      report({ messageId: 'name', data: { role, name }, path, ...(fix ? { fix } : {}) });
    }
  },
});
