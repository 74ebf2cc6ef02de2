import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../helpers/property-seed.js';
import { printsNothing } from '../../src/model/control-characters.js';
import { canonicalStepId, stepIdByPatterns, valueProblems } from '../../src/model/lenient.js';
import { validateProcedure } from '../../src/model/schema.js';
import { readStepDuration, stepDurationText } from '../../src/model/step-duration-words.js';

// Differential: the schema check and the canonical forms skip work a cheap look proves unneeded (lenient.ts isBareId,
// mayPrintNothing; schema.ts mayBeStepRow; the generated validator's lengths, scripts/compile-schema.mjs). The slow
// path is the code as it was; both must agree on every text, those the fast look lets by and those it stops.

/** canonicalStepId with every id through its patterns. */
function slowStepId(id: string | number): string {
  return stepIdByPatterns(String(id));
}

// Pieces of ids in every way the fast look must respect: ASCII letters, digits and marks, the heading's colon and full
// stop (ASCII and full-width), spaces of every kind (NBSP, ideographic, tab, line end), controls, Vietnamese letters.
const ID_PIECES = [
  'B',
  's',
  '1',
  '2',
  '-',
  '_',
  '.',
  ':',
  '：',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u3000',
  '\u2028',
  '\ufeff',
  '\u0085',
  '\u007f',
  '\u0001',
  'Bước',
  'ư',
  '~',
];
const pieces = (from: readonly string[], maxLength: number) =>
  fc.array(fc.constantFrom(...from), { maxLength }).map((parts) => parts.join(''));

describe('canonicalStepId without its patterns for a bare id', () => {
  it('equals the patterns on every id', () => {
    fc.assert(
      fc.property(pieces(ID_PIECES, 8), (id) => {
        expect(canonicalStepId(id)).toBe(slowStepId(id));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals them on numbers and the ids officers write', () => {
    for (const id of [0, 1, 12, 1.5, 'B1', 'B1.', 'B1:', 'Bước 1.', ' s1', 's1 ', 'v.v.', '', '.', ':', 'B1：'])
      expect(canonicalStepId(id)).toBe(slowStepId(id));
  });
});

// Texts that start with each kind of character: shown ones the fast look passes by, and every kind that may print as
// nothing (spaces of all kinds, controls, invisible characters, the C1 quotes that print as “).
const TEXT_PIECES = [
  'a',
  'Z',
  '1',
  '~',
  '!',
  'Đ',
  'ư',
  'ế',
  '\u05ff',
  '\u0600',
  '\u061c',
  '\u1dff',
  '\u1e00',
  '\u1fff',
  '\u2000',
  '\u200b',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u00ad',
  '\u0093',
  '\u0085',
  '\u007f',
  '\u000b',
  '\u3000',
  '\ufeff',
  '\u1680',
];

describe('blank texts told without the pattern for a text that starts with a letter', () => {
  it('finds an empty text exactly where printsNothing does', () => {
    fc.assert(
      fc.property(pieces(TEXT_PIECES, 4), (text) => {
        const found = valueProblems({ title: text, steps: [{ name: text, outputs: [text] }] });
        const empty = found.filter((problem) => problem.messageId === 'empty').map((problem) => problem.path);
        expect(empty).toEqual(printsNothing(text) ? [['title'], ['steps', 0, 'name'], ['steps', 0, 'outputs', 0]] : []);
      }),
      { numRuns: 3000 },
    );
  });
});

/** A procedure whose one step is written as a step table's row under `key`. */
const rowProcedure = (key: string) => ({
  id: 'QT-01',
  title: 'Cấp phép',
  revision: 1,
  effective: '2025-07-01',
  time_limit: '2d',
  bodies: { MC: { name: 'Một cửa' } },
  steps: [{ [key]: 'Tiếp nhận hồ sơ', body: 'MC', duration: '4h' }],
});

describe('step table rows looked for only under a key that ends in a digit', () => {
  // STEP_ROW as it stands in schema.ts: the slow path asks it of every key.
  const STEP_ROW = /^(?:bước|buoc|step)\s*(\d{1,3})$/iu;

  it('reads a row exactly where the pattern does, spaces around the key aside', () => {
    const keys = pieces(
      ['Bước', 'BƯỚC', 'buoc', 'Step', 'ſtep', ' ', '\t', '\u00a0', '1', '12', '0', 'a', ':', '.'],
      5,
    );
    fc.assert(
      fc.property(keys, (key) => {
        const problems = validateProcedure(rowProcedure(key), 'en');
        const row = problems.some((problem) => problem.stepRow !== undefined);
        // A row the pattern reads is told as one (its id, its name); any other key is an unknown field.
        expect(row).toBe(STEP_ROW.test(key.trim()) && key.trim() !== '');
      }),
      { numRuns: 300 },
    );
  });
});

describe('lengths checked by their UTF-16 length where that decides', () => {
  const STEP_ID = '\u{1d400}'; // MATHEMATICAL BOLD CAPITAL A: a letter (\p{L}) of two UTF-16 units.

  it('counts a pair of surrogates as one character, as Ajv does', () => {
    const at = (id: string) =>
      validateProcedure({ ...rowProcedure('name'), steps: [{ id, name: 'A', body: 'MC', duration: '4h' }] }, 'en')
        .filter((problem) => problem.path.join('/') === 'steps/0/id')
        .map((problem) => problem.message);
    // 40 characters in 80 units: within the 64 an id may have; 65 characters are not.
    expect(at(STEP_ID.repeat(40))).toEqual([]);
    expect(at(STEP_ID.repeat(64))).toEqual([]);
    expect(at(STEP_ID.repeat(65)).join('\n')).toMatch(/64/);
    expect(at('B'.repeat(65)).join('\n')).toMatch(/64/);
  });

  it('tells an empty title, and takes a title of one character of two units', () => {
    const at = (title: string) =>
      validateProcedure(
        { ...rowProcedure('name'), title, steps: [{ id: 'B1', name: 'A', body: 'MC', duration: '4h' }] },
        'en',
      ).filter((problem) => problem.path.join('/') === 'title');
    expect(at('')).toHaveLength(1);
    expect(at(STEP_ID)).toEqual([]);
    expect(at('\ud800')).toEqual([]);
  });
});

describe("a step's time read once for each text", () => {
  it('gives the same rewriting and reading when asked again', () => {
    for (const text of ['Ngày làm việc: 05', '01 buổi sáng', 'Buổi chiều', '30´', '4h', ' 2  ngày ', 3]) {
      const first = stepDurationText(text);
      expect(stepDurationText(text)).toBe(first);
      expect(readStepDuration(text)).toEqual(readStepDuration(text));
    }
    expect(stepDurationText('Ngày làm việc: 05')).toBe('05 ngày làm việc');
    expect(stepDurationText(' 4h ')).toBe(' 4h ');
  });
});
