/**
 * Invisible characters that change how text reads without showing themselves: bidirectional controls (U+202E
 * turns "exe.txt" into "txt.exe" on screen), zero-width characters and the soft hyphen (U+00AD, shown only where a
 * line breaks in it; Word and web pages leave it in words): two names that look equal but differ.
 */
export const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const INVISIBLES = new RegExp(INVISIBLE.source, 'g');

// The escapes of a double-quoted YAML string that may stand for an invisible character ("\u200b", "\xad").
const INVISIBLE_ESCAPE = /\\[xuU]/;

/**
 * Whether a YAML text may hold an invisible character in a value as an escape ("\u200b"), which the text does not hold
 * as it is but the value read from it does (one written as it is: text-facts.ts `hasInvisible`).
 */
export function mayHoldInvisibleEscape(text: string): boolean {
  return text.includes('\\') && INVISIBLE_ESCAPE.test(text);
}

/** The text without the invisible characters above: what a reader sees, for comparing names. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLES, '');
}

// Characters a terminal or a log viewer acts on instead of showing: C0 and C1 controls (ESC, CSI, BEL, CR…), DEL,
// the line and paragraph separators, and the invisible characters above. JSON.stringify escapes only the C0 ones.
const CONTROL = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]|${INVISIBLE.source}`);
const CONTROLS = new RegExp(CONTROL.source, 'g');
const NOT_ESCAPED_BY_JSON = new RegExp(`[\\u007f-\\u009f\\u2028\\u2029]|${INVISIBLE.source}`, 'g');

/** A JSON string literal of the text with every control character escaped, C1 and line separators included. */
export function jsonString(text: string): string {
  return JSON.stringify(text).replace(
    NOT_ESCAPED_BY_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Text in double quotes for a message; as a JSON string when it holds control characters, so no terminal acts on them. */
export function quoted(text: string): string {
  return CONTROL.test(text) ? jsonString(text) : `"${text}"`;
}

/** The text with each control character written as its JSON escape (`\r`, `\u001b`), for messages quoting source text. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => jsonString(c).slice(1, -1));
}

/** The text with its control characters escaped but its line breaks kept: for messages of several lines. */
export function escapeControlsKeepingLines(text: string): string {
  return text.split('\n').map(escapeControls).join('\n');
}

// A text's line breaks between its words, apart from any whitespace it starts or ends with.
const INNER = /^(\s*)([\s\S]*?)(\s*)$/;

/**
 * A copy of data with every string's control characters escaped: what terminal text formats print from. With
 * `keepLines`, line breaks between words stay, for formats that fold a value's lines onto one (a fee of several lines
 * reads as its words, not as `\n`); one a value starts or ends with is escaped, since it is the only sign of it.
 */
export function escapeControlsDeep<T>(value: T, { keepLines = false }: { keepLines?: boolean } = {}): T {
  if (typeof value === 'string') {
    if (!keepLines) return escapeControls(value) as T;
    const [, head, body, tail] = INNER.exec(value)!;
    return `${escapeControls(head!)}${escapeControlsKeepingLines(body!)}${escapeControls(tail!)}` as T;
  }
  if (Array.isArray(value)) return value.map((item) => escapeControlsDeep(item, { keepLines })) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null);
    for (const [key, item] of Object.entries(value)) out[key] = escapeControlsDeep(item, { keepLines });
    return out as T;
  }
  return value;
}
