/**
 * C0 control characters but tab and the line ends, and DEL: YAML brings them in escaped ("\v", "\x01"), Word and
 * Excel cells as they are. U+000B is Word's manual line break (Shift+Enter), U+000C its page break.
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

// Word's line and page breaks with the spaces around them: they stand between words, which must stay apart.
const WORD_BREAKS = /[ \t]*[\u000b\u000c][ \t]*/g;

/** The text without control characters: Word's line and page breaks become `lineBreak` (a space by default). */
export function withoutControls(text: string, lineBreak = ' '): string {
  return text.replace(WORD_BREAKS, lineBreak).replace(CONTROL_CHARACTERS, '');
}

// The escapes of a double-quoted YAML string that may stand for a control character ("\v", "\x01", "\u000B"): a
// backslash in a Windows path or before a quote sends no file through the slower reading of the rule.
const CONTROL_ESCAPE = /\\[0abvfexuU]/;

/** Whether a YAML text may hold a control character in a value: one written as it is, or as an escape ("\v"). */
export function mayHoldControls(text: string): boolean {
  return (text.includes('\\') && CONTROL_ESCAPE.test(text)) || CONTROL_CHARACTER.test(text);
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
