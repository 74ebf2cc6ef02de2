import { describe, expect, it } from 'vitest';
import { revisionOf } from '../../src/model/lenient.js';
import { romanNumber } from '../../src/model/roman-numerals.js';

describe('romanNumber', () => {
  it('reads capitals in their standard spelling', () => {
    expect(['I', 'II', 'III', 'IV', 'VII', 'IX', 'XII', 'XIV', 'XL', 'MMXXV'].map(romanNumber)).toEqual([
      1, 2, 3, 4, 7, 9, 12, 14, 40, 2025,
    ]);
  });

  it('reads no other spelling, lower case or word as a number', () => {
    for (const text of ['', 'IIII', 'VV', 'IL', 'vii', 'Vii', 'MIX ', 'B2', 'Mix'])
      expect(romanNumber(text), text).toBeUndefined();
  });
});

describe('a revision in Roman numerals', () => {
  it('is read after "lần", with or without accents', () => {
    expect(['Lần thứ II', 'Lần ban hành: III', 'Lần IV', 'Ban hành lần V', 'Lan thu II'].map(revisionOf)).toEqual([
      2, 3, 4, 5, 2,
    ]);
  });

  it('is not read alone, in lower case or in a spelling no document uses', () => {
    for (const text of ['II', 'Lần thứ ii', 'Lần thứ IIII', 'LầnII', 'Lần thứ II bis'])
      expect(revisionOf(text), text).toBeUndefined();
  });
});
