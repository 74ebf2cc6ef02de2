import { dossierItemOf } from '../model/dossier-line.js';
import { paperPositions } from '../model/dossier-sets.js';
import { mapFix, writtenAt, wrapFix, yamlName } from './written-value.js';
import { defineRule } from './define-rule.js';

/** A dossier item written as a plain name has room for no copies or form; the map form shows where they go. */
export const rule = defineRule({
  id: 'canonical-dossier',
  description: {
    en: 'Dossier items should be written as { name, copies, form }',
    vi: 'Thành phần hồ sơ nên ghi dạng { name, copies, form }',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    name: {
      en: 'Write dossier item "{name}" as { name, copies, form }',
      vi: 'Hãy ghi giấy tờ "{name}" dạng { name, copies, form }',
    },
  },
  check({ source, procedure, report }) {
    const dossier = writtenAt(source, ['dossier']);
    if (!Array.isArray(dossier)) return;
    // The loaded item `i` is the written item `positions[i]`: a line that counts the sets is no paper, and no item.
    paperPositions(dossier).forEach((at, i) => {
      const name: unknown = dossier[at];
      if (typeof name !== 'string') return;
      const path = ['dossier', at];
      // A count at the end of the line is its own field ("Tờ khai: 01 bản chính"), as procmap reads it: copies too
      // ("02 bản sao"), once the procedure counts originals and so prints copies in their own column, and a form's
      // "01 bản" there as its original.
      const { name: read, ...counts } = procedure.dossier?.[i] ?? dossierItemOf(name);
      // Counts as numbers, a quantity in words as text: `{ name: Tờ khai, originals: 1, copies: 1 }`.
      const fields = Object.entries(counts).map(
        ([key, value]) => `, ${key}: ${typeof value === 'number' ? value : yamlName(value)}`,
      );
      const fix =
        fields.length === 0
          ? wrapFix(source, path, (text) => `{ name: ${text} }`)
          : mapFix(source, path, `{ name: ${yamlName(read)}${fields.join('')} }`);
      report({ messageId: 'name', data: { name }, path, ...(fix ? { fix } : {}) });
    });
  },
});
