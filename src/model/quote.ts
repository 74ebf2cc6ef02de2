// Characters a terminal or a log viewer acts on instead of showing: C0 and C1 controls (ESC, CSI, BEL, CR…), DEL,
// and the line and paragraph separators. JSON.stringify escapes only the C0 ones.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');
const NOT_ESCAPED_BY_JSON = /[\u007f-\u009f\u2028\u2029]/g;

/** A JSON string literal of the text with every control character escaped, C1 and line separators included. */
export function jsonString(text: string): string {
  return JSON.stringify(text).replace(NOT_ESCAPED_BY_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text in double quotes for a message; as a JSON string when it holds control characters, so no terminal acts on them. */
export function quoted(text: string): string {
  return CONTROL.test(text) ? jsonString(text) : `"${text}"`;
}

/** The text with each control character written as its JSON escape (`\r`, `\u001b`), for messages quoting source text. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => jsonString(c).slice(1, -1));
}

/** A copy of data with every string's control characters escaped: what terminal text formats print from. */
export function escapeControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return escapeControls(value) as T;
  if (Array.isArray(value)) return value.map((item) => escapeControlsDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null);
    for (const [key, item] of Object.entries(value)) out[key] = escapeControlsDeep(item);
    return out as T;
  }
  return value;
}
