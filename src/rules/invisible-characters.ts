import type { Translated } from '../i18n.js';
import { INVISIBLE } from '../model/quote.js';
import { hasInvisible } from '../model/text-facts.js';
import { defineRule } from './define-rule.js';

// Each character by the name an officer can look up, in the run's language.
const NAMES: Readonly<Record<number, Translated>> = {
  0x00ad: { en: 'soft hyphen', vi: 'dấu gạch nối mềm' },
  0x061c: { en: 'Arabic letter mark', vi: 'dấu hướng chữ Ả Rập' },
  0x200b: { en: 'zero-width space', vi: 'dấu cách độ rộng 0' },
  0x200c: { en: 'zero-width non-joiner', vi: 'ký tự ngăn nối độ rộng 0' },
  0x200d: { en: 'zero-width joiner', vi: 'ký tự nối độ rộng 0' },
  0x200e: { en: 'left-to-right mark', vi: 'dấu hướng trái sang phải' },
  0x200f: { en: 'right-to-left mark', vi: 'dấu hướng phải sang trái' },
  0x202a: { en: 'left-to-right embedding', vi: 'ký tự nhúng hướng trái sang phải' },
  0x202b: { en: 'right-to-left embedding', vi: 'ký tự nhúng hướng phải sang trái' },
  0x202c: { en: 'pop directional formatting', vi: 'ký tự kết thúc định hướng' },
  0x202d: { en: 'left-to-right override', vi: 'ký tự ép hướng trái sang phải' },
  0x202e: { en: 'right-to-left override', vi: 'ký tự ép hướng phải sang trái' },
  0x2060: { en: 'word joiner', vi: 'ký tự nối từ' },
  0x2066: { en: 'left-to-right isolate', vi: 'ký tự tách hướng trái sang phải' },
  0x2067: { en: 'right-to-left isolate', vi: 'ký tự tách hướng phải sang trái' },
  0x2068: { en: 'first strong isolate', vi: 'ký tự tách hướng theo chữ đầu' },
  0x2069: { en: 'pop directional isolate', vi: 'ký tự kết thúc tách hướng' },
  0xfeff: { en: 'zero-width no-break space', vi: 'dấu cách không ngắt độ rộng 0' },
};
const UNNAMED: Translated = { en: 'invisible', vi: 'ký tự ẩn' };
const ALL = new RegExp(INVISIBLE.source, 'g');

/**
 * Bidirectional controls make text read differently from what is stored (a fee or a name shown reversed); zero-width
 * characters and soft hyphens make two equal-looking codes, names or bodies differ. Vietnamese needs none of them.
 */
export const rule = defineRule({
  id: 'invisible-characters',
  description: {
    en: 'Text should hold no invisible characters (bidirectional controls, zero-width characters, soft hyphens)',
    vi: 'Văn bản không nên chứa ký tự ẩn (ký tự điều khiển hướng chữ, ký tự độ rộng 0, dấu gạch nối mềm)',
  },
  severity: 'warning',
  recommended: true,
  fixable: true,
  messages: {
    invisible: {
      en: 'Line {line} has an invisible character, U+{code} ({name}); it can make the text read differently from what is stored: delete it',
      vi: 'Dòng {line} có ký tự ẩn U+{code} ({name}), có thể làm văn bản hiển thị khác với nội dung lưu: hãy xoá ký tự này',
    },
  },
  check({ source, lang, report }) {
    if (!hasInvisible(source.text)) return;
    source.text.split('\n').forEach((line, index) => {
      const column = line.search(INVISIBLE);
      if (column < 0) return;
      const code = line.codePointAt(column)!;
      report({
        messageId: 'invisible',
        data: {
          line: index + 1,
          code: code.toString(16).toUpperCase().padStart(4, '0'),
          name: (NAMES[code] ?? UNNAMED)[lang],
        },
        path: [],
        range: { line: index + 1, column: column + 1, endLine: index + 1, endColumn: column + 2 },
        fix: {
          range: { line: index + 1, column: 1, endLine: index + 1, endColumn: line.length + 1 },
          text: line.replace(ALL, ''),
        },
      });
    });
  },
});
