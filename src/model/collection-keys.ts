import type { Document } from 'yaml';
import type { Translated } from '../i18n.js';
import { escapeControls, quoted } from './quote.js';

/** A key written as a list or a map (`? [a, b]`, `{A: 1}: x`): where it stands, and what to write instead. */
export interface CollectionKey {
  start: number;
  end: number;
  message: Translated;
}

// YAML reads a list or a map as a key only after a "?" that starts a line (`? [a, b]`), or before a ":" that closes
// a bracket or a brace (`[a, b]: c`). Searched line by line from a fixed character, never by a pattern that tries
// every position of the text.
const EXPLICIT_KEY = /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)/m;
const CLOSED_KEY = /[\]}][ \t]*:(?:[ \t]|$)/m;

/**
 * Whether the text may hold a key that is a list or a map. The fast reader turns such a key into text ("a,b",
 * "[object Object]"); only `yaml` says where it stands.
 */
export function mayHaveCollectionKeys(text: string): boolean {
  return (text.includes('?') && EXPLICIT_KEY.test(text)) || CLOSED_KEY.test(text);
}

// Characters of a key shown in its message: enough to find it, never the file's whole text.
const MAX_SHOWN = 80;

const WORDS = {
  list: { en: 'a list', vi: 'một danh sách' },
  map: { en: 'a map', vi: 'một bảng' },
};

/**
 * The keys of the document that are a list or a map, in the order they stand. JavaScript keeps only text as a key:
 * read as data, such a key became "a,b" or "[object Object]", and Node printed a warning of its own on stderr.
 */
export function collectionKeys(yaml: typeof import('yaml'), doc: Document, text: string): CollectionKey[] {
  const found: CollectionKey[] = [];
  // Only the outermost of keys inside keys (`? ? ? x`): one message each quoting all the rest made 2,000 of them in a
  // 4 KB file 16 MB of output, and rewriting the outer key settles the inner ones.
  let reportedTo = -1;
  yaml.visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (!yaml.isCollection(key) || !key.range) return;
      const [start, end] = key.range;
      if (start < reportedTo) return;
      reportedTo = end;
      const whole = text.slice(start, end).trim().replace(/\s+/g, ' ');
      const written = quoted(whole.length > MAX_SHOWN ? `${whole.slice(0, MAX_SHOWN)}…` : whole);
      // The first name in it is most likely the one meant: `[a, b]` → "a: …".
      const first = yaml.isScalar(key.items[0]) ? key.items[0] : yaml.isPair(key.items[0]) ? key.items[0].key : null;
      const name = yaml.isScalar(first) ? escapeControls(String(first.value)) : 'ten';
      const what = yaml.isSeq(key) ? WORDS.list : WORDS.map;
      found.push({
        start,
        end: Math.max(start + 1, start + text.slice(start, end).trimEnd().length),
        message: {
          en: `The key ${written} is ${what.en}; a key must be a plain name: write one name before the ":", e.g. ${name}: …`,
          vi: `Khóa ${written} là ${what.vi}; khóa phải là một tên đơn giản: hãy viết một tên trước dấu ":", ví dụ ${name}: …`,
        },
      });
    },
  });
  return found;
}
