import { countsOriginals, plainCountOf, withKind } from '../model/dossier-counts.js';
import { paperPositions } from '../model/dossier-sets.js';
import { defineRule } from './define-rule.js';
import { writtenAt } from './written-value.js';

/**
 * "01 bản" says how many papers, and "01 bộ" how many sets of one, not whether originals or copies. Where the document prints originals and copies in
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
    remark: {
      en: 'Dossier item "{name}" has copies: "{count}", a number of papers, but not whether originals or copies, and the document prints them in columns of their own: write copies: "{originals}" or copies: "{copies}"',
      vi: 'Giấy tờ "{name}" ghi copies: "{count}", là số bản nhưng không nói bản chính hay bản sao, trong khi tài liệu in bản chính và bản sao ở hai cột riêng: hãy ghi copies: "{originals}" hoặc copies: "{copies}"',
    },
    setLine: {
      en: 'Dossier item "{name}" has "{count}", a number of sets, but not whether originals or copies, and the document prints them in columns of their own: write "{name}: {originals}" or "{name}: {copies}"',
      vi: 'Giấy tờ "{name}" ghi "{count}", là số bộ nhưng không nói bản chính hay bản sao, trong khi tài liệu in bản chính và bản sao ở hai cột riêng: hãy ghi "{name}: {originals}" hoặc "{name}: {copies}"',
    },
    setField: {
      en: 'Dossier item "{name}" has copies: "{count}", a number of sets, but not whether originals or copies, and the document prints them in columns of their own: write copies: "{originals}" or copies: "{copies}"',
      vi: 'Giấy tờ "{name}" ghi copies: "{count}", là số bộ nhưng không nói bản chính hay bản sao, trong khi tài liệu in bản chính và bản sao ở hai cột riêng: hãy ghi copies: "{originals}" hoặc copies: "{copies}"',
    },
    number: {
      en: 'Dossier item "{name}" has copies: {number}, here a number of papers, but not whether originals or copies: no item of the dossier gives its originals under originals, and the document prints originals and copies in columns of their own: write originals: {number} or copies: "{copies}"',
      vi: 'Giấy tờ "{name}" ghi copies: {number}, ở đây là số bản nhưng không nói bản chính hay bản sao: không giấy tờ nào ghi số bản chính ở originals, trong khi tài liệu in bản chính và bản sao ở hai cột riêng: hãy ghi originals: {number} hoặc copies: "{copies}"',
    },
  },
  check({ source, procedure, report }) {
    if (!countsOriginals(procedure.dossier)) return;
    const written = writtenAt(source, ['dossier']);
    // The loaded item `i` is the written item `positions[i]`: the loader leaves out a line that counts the sets.
    const positions = Array.isArray(written) ? paperPositions(written) : [];
    (procedure.dossier ?? []).forEach((item, loaded) => {
      const i = positions[loaded] ?? loaded;
      if (typeof item.copies !== 'string') return;
      const plain = plainCountOf(item.copies);
      if (plain === undefined) return;
      // The words as written, the kind after the count, the remark after it: "02 bản" → "02 bản chính", "02 bản sao";
      // a set's "01 bộ" → "01 bộ bản chính", which no number under `originals` says.
      const data = {
        name: item.name,
        count: item.copies,
        number: String(plain.number),
        originals: withKind(plain, 'chính'),
        copies: withKind(plain, 'sao'),
      };
      const as = Array.isArray(written) ? (written[i] as unknown) : undefined;
      if (typeof as === 'string')
        return report({ messageId: plain.set ? 'setLine' : 'line', data, path: ['dossier', i] });
      if (plain.set) return report({ messageId: 'setField', data, path: ['dossier', i, 'copies'] });
      // `copies: 1`, which the procedure reads as "01 bản" where no item gives originals apart: the number as written.
      const number =
        typeof as === 'object' && as !== null && /^\s*\d+\s*$/.test(String((as as { copies?: unknown }).copies));
      const messageId = number ? 'number' : plain.remark === '' ? 'field' : 'remark';
      report({ messageId, data, path: ['dossier', i, 'copies'] });
    });
  },
});
