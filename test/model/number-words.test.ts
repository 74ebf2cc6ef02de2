import { describe, expect, it } from 'vitest';
import { vietnameseNumber } from '../../src/model/number-words.js';

describe('vietnameseNumber', () => {
  it.each([
    ['không', 0],
    ['một', 1],
    ['năm', 5],
    ['Mười', 10],
    ['mười lăm', 15],
    ['mười năm', 15],
    ['hai mươi', 20],
    ['hai mươi mốt', 21],
    ['hai mươi tư', 24],
    ['bốn mươi lăm', 45],
    ['chín mươi chín', 99],
    ['một trăm', 100],
    ['một trăm linh năm', 105],
    ['hai trăm lẻ một', 201],
    ['ba trăm sáu mươi lăm', 365],
  ])('%s is %i', (words, value) => {
    expect(vietnameseNumber(words)).toBe(value);
  });

  it.each(['', 'lịch', 'một mươi', 'năm năm năm', 'mười mười', 'trăm', 'hai trăm linh', 'ngày'])(
    '%j is not a number',
    (words) => {
      expect(vietnameseNumber(words)).toBeUndefined();
    },
  );
});
