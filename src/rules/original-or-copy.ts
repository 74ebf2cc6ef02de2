import { countsOriginals, plainCount } from '../model/dossier-counts.js';
import { defineRule } from './define-rule.js';
import { writtenAt } from './written-value.js';

/**
 * "01 bản" says how many papers, not whether originals or copies. Where the document prints originals and copies in
 * columns of their own, which of the two is the officer's to say: procmap prints the words after the name and reads
 * only an application, declaration or form (the applicant signs the original) as originals.
 */
export const rule = defineRule({
  id: 'original-or-copy',
  description: {
    en: 'A dossier count with no kind ("01 bản") should say "bản chính" or "bản sao" where originals are counted',
    vi: 'Số lượng giấy tờ không nói loại ("01 bản") nên ghi "bản chính" hay "bản sao" khi hồ sơ có đếm bản chính',
  },
  severity: 'warning',
  recommended: true,
  fixable: false,
  messages: {
    line: {
      en: 'Dossier item "{name}" has "{count}", a number of papers, but not whether originals or copies, and the document prints them in columns of their own: write "{name}: {originals}" or "{name}: {copies}"',
      vi: 'Giấy tờ "{name}" ghi "{count}", là số bản nhưng không nói bản chính hay bản sao, trong khi tài liệu in bản chính và bản sao ở hai cột riêng: hãy ghi "{name}: {originals}" hoặc "{name}: {copies}"',
    },
    field: {
      en: 'Dossier item "{name}" has copies: "{count}", a number of papers, but not whether originals or copies, and the document prints them in columns of their own: write originals: {number} or copies: {number}',
      vi: 'Giấy tờ "{name}" ghi copies: "{count}", là số bản nhưng không nói bản chính hay bản sao, trong khi tài liệu in bản chính và bản sao ở hai cột riêng: hãy ghi originals: {number} hoặc copies: {number}',
    },
  },
  check({ source, procedure, report }) {
    if (!countsOriginals(procedure.dossier)) return;
    const written = writtenAt(source, ['dossier']);
    (procedure.dossier ?? []).forEach((item, i) => {
      if (typeof item.copies !== 'string') return;
      const number = plainCount(item.copies);
      if (number === undefined) return;
      const count = item.copies;
      // The words as written, the kind after them: "02 bản" → "02 bản chính", "02 bản sao".
      const data = {
        name: item.name,
        count,
        number: String(number),
        originals: `${count} chính`,
        copies: `${count} sao`,
      };
      if (Array.isArray(written) && typeof written[i] === 'string')
        report({ messageId: 'line', data, path: ['dossier', i] });
      else report({ messageId: 'field', data, path: ['dossier', i, 'copies'] });
    });
  },
});
