import type { Translated } from '../i18n.js';
import { legacyPlaces } from '../model/legacy-places.js';
import { INVISIBLE, mayHoldInvisibleEscape } from '../model/quote.js';
import { LineIndex, loneCrAsLf } from '../model/source.js';
import { hasInvisible } from '../model/text-facts.js';
import { yaml } from '../model/yaml-module.js';
import { charactersIn, type FoundCharacter } from '../model/yaml-escapes.js';
import { defineRule } from './define-rule.js';

// `forms: <U+FEFF>- Mẫu 01`: without the character, YAML refuses the "- " on its key's line; bulleted-list moves the
// item below the key, and its fix deletes the character too.
const BEFORE_KEY_LINE_DASH = new RegExp(`:[ \\t]+(?:${INVISIBLE.source})+-[ \\t]`);

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
// The same but the soft hyphen, on a line of a text in an old encoding: there it is a letter (TCVN3's ư, a byte of
// UTF-8's í read as ANSI), which legacy-font-text puts back.
const NOT_SOFT_HYPHEN = new RegExp(INVISIBLE.source.replace('\\u00ad', ''));
const ALL_NOT_SOFT_HYPHEN = new RegExp(NOT_SOFT_HYPHEN.source, 'g');

/** The 1-based lines that hold a text in an old encoding. */
function legacyLines(text: string): Set<number> {
  const lines = new Set<number>();
  // Only the soft hyphen is a letter there: a file without one is not read twice.
  if (!text.includes('\u00ad')) return lines;
  const { ranges } = legacyPlaces(text);
  if (ranges.length === 0) return lines;
  const index = new LineIndex(loneCrAsLf(text));
  for (const [start, end] of ranges)
    for (let at = index.position(start).line; at <= index.position(end).line; at++) lines.add(at);
  return lines;
}

/** An invisible character written as an escape of a double-quoted text ("Chứng\u200bthực"), with its line's column. */
interface Escaped extends FoundCharacter {
  column: number;
}

/**
 * The invisible characters each line writes as escapes, by 1-based line: the value read holds them as a character
 * typed as it is would be, so they are told alike (a text's own words, "\\u200b" or a single-quoted '\u200b', are not).
 */
function escapesByLine(text: string): Map<number, Escaped[]> {
  const byLine = new Map<number, Escaped[]>();
  if (!mayHoldInvisibleEscape(text)) return byLine;
  const { parseDocument, visit } = yaml();
  // Read as the loader reads: a lone CR is a line break; offsets stay those of the file.
  const read = loneCrAsLf(text);
  const lines = new LineIndex(read);
  visit(parseDocument(read), {
    Scalar(_, node) {
      if (node.type !== 'QUOTE_DOUBLE' || !node.range) return;
      for (const found of charactersIn(read, node.range[0], node.range[1], true, INVISIBLE)) {
        if (found.length === 1) continue;
        const { line, column } = lines.position(found.offset);
        byLine.set(line, [...(byLine.get(line) ?? []), { ...found, column }]);
      }
    },
  });
  return byLine;
}

/** A line without its invisible characters, typed or written as the escapes `escapes` of it. */
function cleanLine(line: string, escapes: readonly Escaped[], legacy = false): string {
  let out = line;
  // From the last, so that the columns of the others stay where they are.
  for (const { column, length } of [...escapes].reverse())
    out = out.slice(0, column - 1) + out.slice(column - 1 + length);
  return out.replace(legacy ? ALL_NOT_SOFT_HYPHEN : ALL, '');
}

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
    const escaped = escapesByLine(source.text);
    if (!hasInvisible(source.text) && escaped.size === 0) return;
    const legacy = legacyLines(source.text);
    source.text.split('\n').forEach((line, index) => {
      const escapes = escaped.get(index + 1) ?? [];
      const inLegacy = legacy.has(index + 1);
      // The first on the line, typed or an escape: one warning a line, whose fix takes them all.
      const typed = line.search(inLegacy ? NOT_SOFT_HYPHEN : INVISIBLE);
      const first = escapes[0];
      if (typed < 0 && first === undefined) return;
      const column = first === undefined || (typed >= 0 && typed < first.column - 1) ? typed : first.column - 1;
      const code = column === typed ? line.codePointAt(column)! : first!.code;
      const width = column === typed ? 1 : first!.length;
      report({
        messageId: 'invisible',
        data: {
          line: index + 1,
          code: code.toString(16).toUpperCase().padStart(4, '0'),
          name: (NAMES[code] ?? UNNAMED)[lang],
        },
        path: [],
        range: { line: index + 1, column: column + 1, endLine: index + 1, endColumn: column + 1 + width },
        ...(BEFORE_KEY_LINE_DASH.test(line)
          ? {}
          : {
              fix: {
                range: { line: index + 1, column: 1, endLine: index + 1, endColumn: line.length + 1 },
                text: cleanLine(line, escapes, inLegacy),
              },
            }),
      });
    });
  },
});
