import { asciiLookalikes, lookalikesIn } from '../model/lookalikes.js';
import { escapeControls } from '../model/quote.js';
import { defineRule } from './define-rule.js';

/**
 * Chinese and Japanese input methods type full-width digits and punctuation ("０５", "：", "；"): procmap reads them as
 * their ASCII characters where it reads numbers, units and separators (src/model/lookalikes.ts), and this rule asks
 * for the characters every other tool reads as such.
 */
export const rule = defineRule({
  id: 'full-width-characters',
  description: {
    en: 'Numbers and punctuation should be typed in ASCII ("05", ":"), not the full-width forms of an input method ("０５", "：")',
    vi: 'Số và dấu câu nên gõ dạng thường ("05", ":"), không phải dạng toàn độ rộng của bộ gõ ("０５", "：")',
  },
  severity: 'warning',
  recommended: true,
  fixable: true,
  messages: {
    lookalike: {
      en: '"{text}" holds the full-width characters {chars} of an input method, which procmap reads as {ascii} but other tools read as other letters: write "{value}"',
      vi: '"{text}" có ký tự toàn độ rộng {chars} của bộ gõ, procmap hiểu là {ascii} nhưng công cụ khác coi là chữ khác: hãy viết "{value}"',
    },
  },
  check({ source, report }) {
    for (const { path, written, ascii } of source.lookalikes ?? []) {
      const value = ascii ?? asciiLookalikes(written);
      // Those read in ASCII: a dossier line's name keeps its own (`Đơn（Mẫu 01）：０１ bản` names "：", "０", "１").
      const chars = lookalikesIn([...written].filter((c, i) => c !== value[i]).join(''));
      // The full-width space has no glyph to quote: it is named by its code.
      const named = (c: string) => (c === '\u3000' ? 'U+3000' : `"${c}"`);
      const data = {
        text: escapeControls(written),
        chars: chars.map(named).join(', '),
        ascii: chars.map((c) => `"${asciiLookalikes(c)}"`).join(', '),
        value: escapeControls(value),
      };
      report({ messageId: 'lookalike', data, path, fix: { path, value } });
    }
  },
});
