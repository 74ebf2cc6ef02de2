import { INVISIBLE, withoutInvisible } from './quote.js';

/**
 * C0 control characters but tab and the line ends, DEL, and the C1 ones (U+0080–U+009F): YAML brings them in escaped
 * ("\v", "\x01", "\N"), Word and Excel cells as they are. U+000B is Word's manual line break (Shift+Enter), U+000C its
 * page break; a C1 character is most often a Windows-1252 byte read as Latin-1 (U+0093 for “), or U+0085, next line.
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

/**
 * What a C1 character pasted from Windows-1252 stood for: its quotes and dashes, which Vietnamese text uses; the
 * others (€, …, ‰) are rare in a procedure and are dropped with the rest.
 */
export const WINDOWS_1252: Readonly<Record<number, string>> = {
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x96: '–',
  0x97: '—',
};
const PASTED = /[\u0091-\u0094\u0096\u0097]/g;

/** Whether a control character breaks a line: Word's line and page breaks, and U+0085 (next line). */
export const isLineBreak = (code: number): boolean => code === 0x0b || code === 0x0c || code === 0x85;

// Word's line and page breaks, and next line (U+0085), with the spaces after them: they stand between words, which
// must stay apart. Next line prints as Word's line break does, so that one text prints alike in every output.
const WORD_BREAKS = /[\u000b\u000c\u0085][ \t]*/g;

// Each break with the spaces around it becomes `lineBreak`. The spaces before a break are found by walking back, not by
// the pattern: `[ \t]*` before the break was tried at every space of a long run, in quadratic time.
function replaceWordBreaks(text: string, lineBreak: string): string {
  let out = '';
  let from = 0;
  for (const found of text.matchAll(WORD_BREAKS)) {
    let start = found.index;
    while (start > from && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    out += text.slice(from, start) + lineBreak;
    from = found.index + found[0].length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The text without control characters: Word's line and page breaks and next line (U+0085) become `lineBreak` (a space
 * by default), Windows-1252's quotes and dashes the characters they stood for.
 */
export function withoutControls(text: string, lineBreak = ' '): string {
  return replaceWordBreaks(text, lineBreak)
    .replace(PASTED, (char) => WINDOWS_1252[char.charCodeAt(0)]!)
    .replace(CONTROL_CHARACTERS, '');
}

/**
 * The text with each control character above written as its escape (`\u001b`): for markup a file is read from or
 * printed to a terminal (Markdown, HTML), where a raw ESC recolours the screen and a NUL makes the file binary.
 */
export function showControls(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// The escapes of a double-quoted YAML string that may stand for a control character ("\v", "\x01", "\u000B", "\N"):
// a backslash in a Windows path or before a quote sends no file through the slower reading of the rule.
const CONTROL_ESCAPE = /\\[0abvfexuUN]/;

/** Whether a YAML text may hold a control character in a value: one written as it is, or as an escape ("\v"). */
export function mayHoldControls(text: string): boolean {
  return (text.includes('\\') && CONTROL_ESCAPE.test(text)) || CONTROL_CHARACTER.test(text);
}

// White space, control and invisible characters in one class: a text that starts with any other character is known to
// print something at its first character, so the test costs every other text nothing.
const NOTHING_SHOWN = new RegExp(`^[\\s${CONTROL_CHARACTER.source.slice(1, -1)}${INVISIBLE.source.slice(1, -1)}]+$`);

/**
 * Whether a text of one character or more prints as nothing: white space, control characters and invisible characters
 * alone, as `withoutControls` and `withoutInvisible` print them (U+0093 prints as “, so a text of it is not blank).
 */
export function printsNothing(text: string): boolean {
  return NOTHING_SHOWN.test(text) && withoutControls(withoutInvisible(text)).trim() === '';
}

/** A copy of loaded data with every string `withoutControls`: text as every output prints it, the same in each. */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return withoutControls(value) as T;
  if (Array.isArray(value)) return value.map((item) => printableDeep(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  // The loader's objects have no Object.prototype in their chain (load.ts): the copy keeps the one they have.
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) out[key] = printableDeep(item);
  return out as T;
}
