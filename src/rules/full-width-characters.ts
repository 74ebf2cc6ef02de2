import { asciiLookalikes, asciiWritten, isFullWidth, lookalikesIn } from '../model/lookalikes.js';
import type { NodePath } from '../model/types.js';
import { escapeControls } from '../model/quote.js';
import { defineRule } from './define-rule.js';

/** Whether a path is a field procmap reads as a whole number: a revision, a count of originals or copies. */
const NUMBER_FIELD = (path: NodePath) =>
  (path.length === 1 && path[0] === 'revision') ||
  (path.length === 3 && path[0] === 'history' && path[2] === 'revision') ||
  (path.length === 3 && path[0] === 'dossier' && (path[2] === 'originals' || path[2] === 'copies'));

// The yes-or-no fields of a procedure, a body and a step.
const FLAGS = new Set(['four_on_the_spot', 'single_window', 'on_site', 'draft']);

/**
 * The value as YAML writes the number or the yes-or-no it is, where the field is one (`revision: 2`, `draft: false`),
 * rather than the text `"2"` or `"false"` a fix of a text would quote; undefined for any other value.
 */
function plainValue(path: NodePath, value: string): string | undefined {
  if (NUMBER_FIELD(path) && /^\d{1,15}$/.test(value)) return String(Number(value));
  if (FLAGS.has(String(path.at(-1))) && /^(?:true|false)$/i.test(value)) return value.toLowerCase();
  return undefined;
}

/**
 * The characters of `written` that `read` does not hold, counted: not matched by place, for a space read at either
 * end of a text is gone and the characters after it stand one place earlier.
 */
function changedCharacters(written: string, read: string): string {
  const left = new Map<string, number>();
  for (const c of read) left.set(c, (left.get(c) ?? 0) + 1);
  return [...written]
    .filter((c) => {
      const count = left.get(c) ?? 0;
      left.set(c, count - 1);
      return count <= 0;
    })
    .join('');
}

/** A character named by its code point: `U+00A0`. */
const code = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

// Spaces Word and web pages paste, by name: quoted, the text to write would look the same as the text written.
const SPACE_NAMES: Readonly<Record<string, Record<'en' | 'vi', string>>> = {
  '\u00a0': { en: 'no-break space', vi: 'dấu cách không ngắt' },
  '\u202f': { en: 'narrow no-break space', vi: 'dấu cách hẹp không ngắt' },
  '\u2007': { en: 'figure space', vi: 'dấu cách chữ số' },
};

/**
 * Chinese and Japanese input methods type full-width digits and punctuation ("０５", "：", "；"): procmap reads them as
 * their ASCII characters where it reads numbers, units and separators (src/model/lookalikes.ts), as it does the
 * no-break spaces and hyphens Word and web pages paste ("01/07/2025" and U+00A0); this rule asks for the characters
 * every other tool reads as such.
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
    spaces: {
      en: '"{text}" holds {chars} from Word or a web page where an ordinary space belongs, which procmap reads as a space but other tools do not: write an ordinary space there (--fix replaces it)',
      vi: '"{text}" có {chars} do dán từ Word hay trang web, ở chỗ của dấu cách thường; procmap hiểu là dấu cách nhưng công cụ khác thì không: hãy thay bằng dấu cách thường (--fix sẽ thay giúp)',
    },
    pasted: {
      en: '"{text}" holds {chars} from Word or a web page, which procmap reads as {ascii} but other tools do not: write "{value}"',
      vi: '"{text}" có {chars} do dán từ Word hay trang web, procmap hiểu là {ascii} nhưng công cụ khác thì không: hãy viết "{value}"',
    },
  },
  check({ source, lang, report }) {
    for (const { path, written, key, ascii } of source.lookalikes ?? []) {
      const value = ascii ?? asciiWritten(written);
      // Those read in ASCII: a dossier line's name keeps its own (`Đơn（Mẫu 01）：０１ bản` names "：", "０", "１").
      const chars = lookalikesIn(ascii === undefined ? written : changedCharacters(written, ascii));
      // A space has no glyph to quote, and a Unicode hyphen looks like "-": they are named by their code.
      const named = (c: string) => (isFullWidth(c) && c !== '\u3000' ? `"${c}"` : code(c));
      const data = {
        text: escapeControls(written),
        chars: chars.map(named).join(', '),
        ascii: chars.map((c) => `"${asciiLookalikes(c)}"`).join(', '),
        value: escapeControls(value),
      };
      // Spaces alone: named in words, for "write …" would quote a text that looks the same as the one written.
      // Not at either end, where the fix deletes it: "write" then quotes a shorter text.
      const spaces =
        chars.length > 0 &&
        chars.every((c) => Object.hasOwn(SPACE_NAMES, c)) &&
        value === written.replace(/[\u00a0\u202f\u2007]/g, ' ');
      if (spaces) data.chars = chars.map((c) => `${code(c)} (${SPACE_NAMES[c]![lang]})`).join(', ');
      const messageId = chars.some(isFullWidth) ? 'lookalike' : spaces ? 'spaces' : 'pasted';
      const number = plainValue(path, value);
      if (number !== undefined) data.value = number;
      // A key is written anew in place (a body's key in ASCII, which YAML reads plain); a value through its scalar.
      if (key) {
        report({
          messageId,
          data,
          path,
          target: 'key',
          fix: { range: source.locate(path, 'key'), text: value },
        });
        continue;
      }
      const fix = number === undefined ? { path, value } : { range: source.locate(path), text: number };
      report({ messageId, data, path, fix });
    }
  },
});
