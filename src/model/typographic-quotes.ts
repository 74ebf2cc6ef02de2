import { isMap } from './data-object.js';
import { mayHoldUnusual } from './text-facts.js';
import type { NodePath } from './types.js';

// The pairs of typographic quotation marks a word processor types around a value: “…” (Word's), ”…” (its autocorrect
// after a paste), „…“ and «…», ‘…’: each opening mark with the marks that close it.
const PAIRS: Readonly<Record<string, string>> = { '“': '”', '”': '”', '„': '“”', '«': '»', '‘': '’' };

/**
 * The text inside a pair of typographic quotes that wraps the whole value (`“01/03/2025”` → `01/03/2025`), or
 * undefined when the quotes are part of the text: `“A” và “B”` (the first quote closes before the end), `Trường
 * “Hoa Sen”`. A nested pair, `“Cửa hàng “Hoa Sen””`, wraps the whole value; an empty pair (`“”`, `“ ”`) wraps
 * the empty text, which every field then refuses as it refuses `""`.
 */
export function unquotedValue(text: string): string | undefined {
  const open = text[0];
  if (open === undefined || !(open in PAIRS) || text.length < 2) return undefined;
  const close = PAIRS[open]!;
  if (!close.includes(text.at(-1)!)) return undefined;
  const inner = text.slice(1, -1);
  if (open === close) {
    // A pair of one mark cannot nest: a third one is text's.
    if (inner.includes(open)) return undefined;
  } else {
    // Where the first quote closes, counting the pairs inside: the value's last character, or the quotes are text.
    let depth = 0;
    for (const c of inner) {
      if (c === open) depth++;
      else if (close.includes(c) && --depth < 0) return undefined;
    }
    if (depth !== 0) return undefined;
  }
  return inner.trim();
}

// Any opening mark of PAIRS: a file without one has no text to unwrap, and its data is not walked.
/** An opening mark of PAIRS. */
export const OPENING = /[“”„«‘]/;

/** Whether a file's text may hold a value in typographic quotes (see readQuotedValues). */
export function mayHaveQuotedValues(text: string): boolean {
  return mayHoldUnusual(text) && OPENING.test(text);
}

/**
 * Reads every text of the data that a pair of typographic quotes wraps as the text inside them, before the schema and
 * the readers of each field see it (`effective: “01/03/2025”`, `level: “Cấp xã”`); the paths of those texts, for
 * `canonical-quotes` to write them without the quotes.
 */
export function readQuotedValues(data: unknown, path: NodePath = [], found: NodePath[] = []): NodePath[] {
  if (Array.isArray(data)) {
    data.forEach((item, i) => {
      if (typeof item === 'string') {
        const inner = unquotedValue(item);
        if (inner !== undefined) {
          data[i] = inner;
          found.push([...path, i]);
        }
      } else readQuotedValues(item, [...path, i], found);
    });
  } else if (isMap(data)) {
    for (const [key, value] of Object.entries(data)) {
      if (typeof value === 'string') {
        const inner = unquotedValue(value);
        if (inner !== undefined) {
          data[key] = inner;
          found.push([...path, key]);
        }
      } else readQuotedValues(value, [...path, key], found);
    }
  }
  return found;
}
