import { INVISIBLE } from '../model/quote.js';
import { hasInvisible } from '../model/text-facts.js';
import { defineRule } from './define-rule.js';

const NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'soft hyphen',
  0x061c: 'Arabic letter mark',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space',
};
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
  check({ source, report }) {
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
          name: NAMES[code] ?? 'invisible',
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
