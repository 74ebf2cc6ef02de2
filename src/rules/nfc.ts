import { isNfcText } from '../model/text-facts.js';
import { defineRule } from './define-rule.js';

/** Decomposed (NFD) Vietnamese looks identical but breaks search, sorting and duplicate checks. */
export const rule = defineRule({
  id: 'nfc',
  description: {
    en: 'Text should be in Unicode NFC (precomposed Vietnamese letters)',
    vi: 'Văn bản nên ở dạng Unicode dựng sẵn (NFC)',
  },
  severity: 'warning',
  recommended: true,
  fixable: true,
  messages: {
    decomposed: {
      en: 'Line {line} has decomposed (NFD) characters; save the file as Unicode NFC (precomposed)',
      vi: 'Dòng {line} có ký tự tổ hợp (NFD); hãy lưu tệp ở dạng Unicode dựng sẵn (NFC)',
    },
  },
  check({ source, report }) {
    const text = source.text;
    if (isNfcText(text)) return;
    text.split('\n').forEach((line, index) => {
      if (line.normalize('NFC') === line) return;
      // The first combining mark follows the base letter it decomposes: point at that letter.
      const mark = line.search(/\p{M}/u);
      const column = Math.max(1, mark);
      report({
        messageId: 'decomposed',
        data: { line: index + 1 },
        path: [],
        range: { line: index + 1, column, endLine: index + 1, endColumn: line.length + 1 },
        // Normalising changes no data (the loader reads every string as NFC), only the bytes on disk.
        fix: {
          range: { line: index + 1, column: 1, endLine: index + 1, endColumn: line.length + 1 },
          text: line.normalize('NFC'),
        },
      });
    });
  },
});
