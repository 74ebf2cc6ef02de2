import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/model/load.js';

// Loading skips normalising each string to NFC when the whole text is NFC and holds no escape (src/model/load.ts,
// stringsAreNfc). Differential test: on random files of Vietnamese letters written precomposed and decomposed, lone
// combining marks, Hangul jamo and quotes, in every scalar style, the data equals js-yaml's with every key and
// string normalised one by one.

const LETTERS = [
  'a',
  'e',
  'o',
  'u',
  'y',
  'd',
  'đ',
  'Đ',
  'ư',
  'ơ',
  'ế',
  'ạ',
  'ậ',
  'ỹ',
  'Ẫ',
  'e\u0302\u0301',
  'a\u0323',
  'a\u0323\u0302',
  'u\u031b',
  'o\u0302\u0303',
  'y\u0303',
  '\u0301',
  '\u0323',
  '\u0302',
  '\u031b',
  '\u1100',
  '\u1161',
  '\u11a8',
  '가',
  ' ',
  "''",
  '-',
  '.',
  '(',
  ')',
  '1',
  'x',
];

/** A run of letters, mostly normalised to NFC, sometimes left as written. */
const piece = fc
  .tuple(
    fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 8 }),
    fc.integer({ min: 0, max: 19 }).map((n) => n > 0),
  )
  .map(([letters, nfc]) => {
    const text = letters.join('').trim() || 'x';
    return nfc ? text.normalize('NFC') : text;
  });

/** A quoted scalar over one or more lines; a double-quoted one writes each combining mark as an escape. */
const scalar = fc.oneof(
  { arbitrary: fc.array(piece, { minLength: 1, maxLength: 3 }).map((lines) => `'${lines.join('\n  ')}'`), weight: 6 },
  {
    arbitrary: fc
      .array(piece, { minLength: 1, maxLength: 3 })
      .map((lines) => `|\n${lines.map((line) => `  ${line.replace(/^''/, "'")}`).join('\n')}`),
    weight: 3,
  },
  piece.map(
    (text) =>
      `"${text
        .replace(/''/g, "'")
        .replace(/[\u0300-\u036f]/g, (mark) => `\\u${mark.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`,
  ),
);

const value = fc.oneof(
  scalar,
  fc
    .array(scalar, { minLength: 1, maxLength: 3 })
    .map((items) => `\n${items.map((item) => `  - ${item.replace(/\n/g, '\n  ')}`).join('\n')}`),
);

const file = fc
  .array(fc.tuple(piece, value), { minLength: 1, maxLength: 6 })
  .map((entries) => entries.map(([key, item], k) => `'k${k} ${key}': ${item}`).join('\n') + '\n');

function normalisedOneByOne(data: unknown): unknown {
  if (typeof data === 'string') return data.normalize('NFC');
  if (Array.isArray(data)) return data.map(normalisedOneByOne);
  if (data !== null && typeof data === 'object')
    return Object.fromEntries(
      Object.entries(data).map(([key, item]) => [key.normalize('NFC'), normalisedOneByOne(item)]),
    );
  return data;
}

describe('NFC on loading', () => {
  it('gives the same data whether each string is normalised or the whole text is known to be NFC', () => {
    let skipped = 0;
    fc.assert(
      fc.property(file, (text) => {
        const reference = normalisedOneByOne(jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }));
        const loaded = loadFile('random.yaml', Buffer.from(text, 'utf8'));
        expect(loaded.diagnostics).toEqual([]);
        expect({ ...(loaded.data as object) }).toEqual(reference);
        if (!text.includes('\\') && text.normalize('NFC') === text) skipped++;
      }),
      { numRuns: 1500 },
    );
    // Both ways were taken: files whose strings skip normalising, and files that need it.
    expect(skipped).toBeGreaterThan(150);
    expect(skipped).toBeLessThan(1350);
  });
});
