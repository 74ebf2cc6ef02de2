import type { Translated } from '../i18n.js';
import { quoted } from '../model/quote.js';

// JSON.parse keeps the last of two equal keys in an object without a word, so a record exported with a stale field
// ahead of the right one (or after it) would be read as whichever came last. Two values for one field are ambiguous:
// procmap refuses them, as it does in YAML, and this scan finds them, which JSON.parse cannot.

/** The first key written twice in one object of a JSON text, and the offset of its second quote mark. */
export interface DuplicateKey {
  key: string;
  offset: number;
}

/**
 * The first key that an object of `text` holds twice, compared as JSON reads them (`"\u0041"` is `"A"`); undefined
 * when there is none. `text` must be valid JSON (JSON.parse it first): the scan only follows its brackets and strings.
 */
export function duplicateJsonKey(text: string): DuplicateKey | undefined {
  // The keys of each open object; undefined for a list.
  const open: (Set<string> | undefined)[] = [];
  let keyNext = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const start = i;
      // The closing quote is the first one after an even run of backslashes.
      for (;;) {
        i = text.indexOf('"', i + 1);
        let slashes = 0;
        while (text.charCodeAt(i - 1 - slashes) === 92) slashes++;
        if (slashes % 2 === 0) break;
      }
      if (!keyNext) continue;
      keyNext = false;
      const key = jsonKey(text.slice(start + 1, i));
      const keys = open[open.length - 1]!;
      if (keys.has(key)) return { key, offset: start };
      keys.add(key);
    } else if (c === 123) {
      open.push(new Set());
      keyNext = true;
    } else if (c === 91) open.push(undefined);
    else if (c === 125 || c === 93) open.pop();
    else if (c === 44) keyNext = open[open.length - 1] !== undefined;
  }
  return undefined;
}

/** A key as JSON reads it, from the text between its quote marks (`\u0041` is `A`). */
export function jsonKey(raw: string): string {
  return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
}

/** What to tell the officer of a key written twice: which one, and what to do. */
export function duplicateKeyMessage(key: string): Translated {
  const shown = quoted(key);
  return {
    en: `Duplicate key ${shown}; a key may appear once in an object: keep the right value and delete the other`,
    vi: `Trường ${shown} bị lặp; mỗi trường chỉ ghi một lần trong một đối tượng: hãy giữ giá trị đúng và xóa giá trị kia`,
  };
}
