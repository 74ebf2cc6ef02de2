// A double-quoted YAML text may write any character as an escape ("\v", "\x01", "\u200b"): rules that look for
// characters an officer cannot see must find them written either way, where the file has them.

// The one-character escapes of a double-quoted YAML string that stand for a control character.
const ESCAPES: Readonly<Record<string, number>> = { '0': 0, a: 7, b: 8, v: 11, f: 12, e: 27, N: 0x85 };
const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** A character where the file has it: as it is (`length` 1), or as an escape (`\v`, `\u200b`). */
export interface FoundCharacter {
  offset: number;
  length: number;
  code: number;
}

/**
 * The characters `wanted` matches in a scalar's source between `start` and `end`, escapes read only in a
 * double-quoted one (elsewhere `\u200b` is six characters as written).
 */
export function charactersIn(
  text: string,
  start: number,
  end: number,
  doubleQuoted: boolean,
  wanted: RegExp,
): FoundCharacter[] {
  const found: FoundCharacter[] = [];
  for (let at = start; at < end; at++) {
    const char = text[at]!;
    if (wanted.test(char)) found.push({ offset: at, length: 1, code: char.charCodeAt(0) });
    if (!doubleQuoted || char !== '\\') continue;
    const kind = text[at + 1] ?? '';
    const digits = HEX_DIGITS[kind];
    const code = digits === undefined ? ESCAPES[kind] : Number.parseInt(text.slice(at + 2, at + 2 + digits), 16);
    const length = 2 + (digits ?? 0);
    if (code !== undefined && Number.isFinite(code) && code <= 0x10ffff && wanted.test(String.fromCodePoint(code)))
      found.push({ offset: at, length, code });
    at += length - 1;
  }
  return found;
}
