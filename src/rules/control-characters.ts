import { yaml } from '../model/yaml-module.js';
import type { Node } from 'yaml';
import {
  CONTROL_CHARACTER,
  isLineBreak,
  mayHoldControls,
  WINDOWS_1252,
  withoutControls,
} from '../model/control-characters.js';
import { legacyPlaces } from '../model/legacy-places.js';
import { withoutInvisible } from '../model/quote.js';
import { LineIndex, loneCrAsLf } from '../model/source.js';
import { charactersIn } from '../model/yaml-escapes.js';
import type { NodePath } from '../model/types.js';
import { defineRule } from './define-rule.js';

// The texts an officer writes on several lines (a paragraph of the document, a step's description, a note, an
// amendment's changes): there Word's line break was meant as a new line; everywhere else (a title, a name) as a space.
const LINE_FIELDS = new Set([
  'purpose',
  'scope',
  'dossier_count',
  'place',
  'fee',
  'result',
  'description',
  'note',
  'changes',
]);

// A C1 control character, typed or written as a double-quoted text's escape.
const C1 = /[\u0080-\u009f]|\\(?:x|u00|U000000)[89]/iu;

const WORD_BREAK = { 0x0b: 'lineBreak', 0x0c: 'pageBreak', 0x85: 'nextLine' } as const;

/**
 * Control characters print nothing, or break a line in one output and not in another: Word leaves its line break
 * (Shift+Enter, U+000B) and page break (U+000C) in pasted cells, where they stood between two words.
 */
export const rule = defineRule({
  id: 'control-characters',
  description: {
    en: "Text should hold no control characters (Word's line and page breaks, characters that print nothing)",
    vi: 'Văn bản không nên chứa ký tự điều khiển (dấu xuống dòng, ngắt trang của Word, ký tự không in ra được)',
  },
  severity: 'warning',
  recommended: true,
  fixable: true,
  messages: {
    lineBreakAsSpace: {
      en: 'Line {line} has a line break from Word (Shift+Enter), U+000B, in a text of one line; it prints as a space: write a space instead',
      vi: 'Dòng {line} có dấu xuống dòng của Word (Shift+Enter), U+000B, trong nội dung chỉ có một dòng; ký tự này được in thành dấu cách: hãy viết dấu cách thay cho nó',
    },
    lineBreakAsLine: {
      en: 'Line {line} has a line break from Word (Shift+Enter), U+000B; it prints as a space: start a new line of the text instead',
      vi: 'Dòng {line} có dấu xuống dòng của Word (Shift+Enter), U+000B; ký tự này được in thành dấu cách: hãy xuống dòng trong nội dung thay cho nó',
    },
    pageBreakAsSpace: {
      en: 'Line {line} has a page break from Word (Ctrl+Enter), U+000C, in a text of one line; it prints as a space: write a space instead',
      vi: 'Dòng {line} có dấu ngắt trang của Word (Ctrl+Enter), U+000C, trong nội dung chỉ có một dòng; ký tự này được in thành dấu cách: hãy viết dấu cách thay cho nó',
    },
    pageBreakAsLine: {
      en: 'Line {line} has a page break from Word (Ctrl+Enter), U+000C; it prints as a space: start a new line of the text instead',
      vi: 'Dòng {line} có dấu ngắt trang của Word (Ctrl+Enter), U+000C; ký tự này được in thành dấu cách: hãy xuống dòng trong nội dung thay cho nó',
    },
    nextLineAsSpace: {
      en: 'Line {line} has a next-line character, U+0085, in a text of one line; it prints as a space: write a space instead',
      vi: 'Dòng {line} có ký tự xuống dòng U+0085 (next line) trong nội dung chỉ có một dòng; ký tự này được in thành dấu cách: hãy viết dấu cách thay cho nó',
    },
    nextLineAsLine: {
      en: 'Line {line} has a next-line character, U+0085; it prints as a space: start a new line of the text instead',
      vi: 'Dòng {line} có ký tự xuống dòng U+0085 (next line); ký tự này được in thành dấu cách: hãy xuống dòng trong nội dung thay cho nó',
    },
    pasted: {
      en: 'Line {line} has a control character, U+{code}, left by a paste from Windows where it stood for {char}: write {char} instead',
      vi: 'Dòng {line} có ký tự điều khiển U+{code}, sót lại khi dán từ Windows thay cho dấu {char}: hãy viết {char} thay cho nó',
    },
    control: {
      en: 'Line {line} has a control character, U+{code}, which prints nothing: delete it',
      vi: 'Dòng {line} có ký tự điều khiển U+{code}, không in ra được: hãy xoá ký tự này',
    },
  },
  check({ source, report }) {
    if (!mayHoldControls(source.text)) return;
    const { isMap, isScalar, isSeq, parseDocument } = yaml();
    // Read as the loader reads: a lone CR is a line break; offsets stay those of the file.
    const text = loneCrAsLf(source.text);
    const lines = new LineIndex(text);
    // A text in an old encoding holds its letters' bytes as controls: legacy-font-text tells it and puts it back.
    // Only C1 controls, typed or escaped ("\u0090"), are bytes of a letter (UTF-8 read as ANSI): a file without
    // them is not read twice.
    const legacy = C1.test(text) ? legacyPlaces(source.text).texts : new Set<string>();
    const scalar = (node: Node, path: NodePath, key: boolean) => {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
      if (!key && legacy.size > 0 && legacy.has(withoutInvisible(node.value).normalize('NFC'))) return;
      const [start, end] = node.range;
      const doubleQuoted = node.type === 'QUOTE_DOUBLE';
      const found = charactersIn(text, start, end, doubleQuoted, CONTROL_CHARACTER);
      if (found.length === 0) return;
      const field = [...path].reverse().find((segment) => typeof segment === 'string');
      const inLines = !key && (LINE_FIELDS.has(String(field)) || node.value.includes('\n'));
      for (const { offset, length, code } of found) {
        const range = lines.range(offset, offset + length);
        const wordBreak = isLineBreak(code) ? WORD_BREAK[code as keyof typeof WORD_BREAK] : undefined;
        const char = WINDOWS_1252[code];
        const replacement = wordBreak === undefined ? (char ?? '') : inLines && doubleQuoted ? '\\n' : ' ';
        report({
          messageId:
            wordBreak !== undefined ? `${wordBreak}${inLines ? 'AsLine' : 'AsSpace'}` : char ? 'pasted' : 'control',
          data: { line: range.line, code: code.toString(16).toUpperCase().padStart(4, '0'), char: char ?? '' },
          path,
          range,
          // In a double-quoted text or a key, the character or its escape alone is replaced (a line as the escape `\n`),
          // so the rest stays as written; any other value is written anew through YAML, never with a control character.
          fix:
            doubleQuoted || key
              ? { range, text: replacement }
              : { path, value: withoutControls(node.value, inLines ? '\n' : ' ') },
        });
      }
    };
    const walk = (node: unknown, path: NodePath) => {
      if (isMap(node)) {
        for (const pair of node.items) {
          const key = pair.key as Node;
          scalar(key, path, true);
          const name = isScalar(key) ? key.value : undefined;
          if (typeof name === 'string' || typeof name === 'number') walk(pair.value, [...path, String(name)]);
        }
      } else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
      else if (isScalar(node)) scalar(node, path, false);
    };
    walk(parseDocument(text).contents, []);
  },
});
