import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inLatin } from '../../src/model/homoglyphs.js';
import { asciiLookalikes } from '../../src/model/lookalikes.js';
import { closest, editDistance, sameStepNumber } from '../../src/model/suggest.js';

describe('sameStepNumber', () => {
  const ids = ['B1', 'B2', 'Bước 3', '04', 'receive'];

  it.each([
    ['Bước 2', 'B2'],
    ['bước 02', 'B2'],
    ['B.3', 'Bước 3'],
    ['3', 'Bước 3'],
    ['Step 4', '04'],
    ['B9', undefined],
  ])('%s names %s', (name, id) => {
    expect(sameStepNumber(name, ids)).toBe(id);
  });

  it('gives no step when two share the number, and says when the name is not a number', () => {
    expect(sameStepNumber('2', ['B2', 'Bước 2'])).toBeUndefined();
    expect(sameStepNumber('retrun', ids)).toBeNull();
  });
});

describe('sameStepNumber, a Roman numeral after the step word', () => {
  it('names the step of that number, or the step whose id is the numeral', () => {
    expect(sameStepNumber('Bước II', ['B1', 'B2', 'B3'])).toBe('B2');
    expect(sameStepNumber('bước IV', ['Bước 3', 'Bước 4'])).toBe('Bước 4');
    expect(sameStepNumber('Bước II', ['I', 'II', 'III'])).toBe('II');
    expect(sameStepNumber('Step III.', ['Bước I', 'Bước II', 'Bước III'])).toBe('Bước III');
  });

  it('names no step when two could be meant or none has the number', () => {
    // "I" may be step 1 as well as B1: which is meant is unclear.
    expect(sameStepNumber('Bước I', ['I', 'B1'])).toBeUndefined();
    expect(sameStepNumber('Bước V', ['B1', 'B2'])).toBeUndefined();
  });

  it('reads no numeral alone, in lower case or in a spelling no table uses', () => {
    for (const name of ['II', 'Bước ii', 'Bước IIII', 'BII', 'Bước II bis'])
      expect(sameStepNumber(name, ['B1', 'B2', 'II']), name).toBeNull();
  });
});

describe('closest', () => {
  /** Every candidate measured, the first of the nearest kept: what closest() gives, without its short cuts. */
  function measuredAll(name: string, candidates: string[]): string | undefined {
    const seen = (text: string) => asciiLookalikes(inLatin(text)).toLowerCase();
    const distances = candidates.map((candidate) => editDistance(seen(name), seen(candidate)));
    const least = Math.min(...distances);
    return least <= Math.max(2, Math.floor(name.length / 3)) ? candidates[distances.indexOf(least)] : undefined;
  }

  it('names a near spelling as reading every candidate would, the first of equally near ones', () => {
    expect(closest('time_limt', ['title', 'time_limit', 'time_limits'])).toBe('time_limit');
    expect(closest('ＣＭ', ['MC', 'CM'])).toBe('CM');
    expect(closest('xyzzy', ['title', 'steps'])).toBeUndefined();
    // Short words over a small alphabet, so that lengths, ties and the limit all come up often.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', 'ａ', 'đ'), maxLength: 9 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 8 }), (name, candidates) => {
        expect(closest(name, candidates)).toBe(measuredAll(name, candidates));
      }),
      { numRuns: 2000 },
    );
  });
});
