import { describe, expect, it } from 'vitest';
import { columnLetters, columnNumber } from '../../src/interchange/cell-names.js';

describe('cell names', () => {
  it('writes and reads column letters the way a spreadsheet heads its columns', () => {
    const named: [number, string][] = [
      [1, 'A'],
      [8, 'H'],
      [26, 'Z'],
      [27, 'AA'],
      [28, 'AB'],
      [702, 'ZZ'],
      [703, 'AAA'],
      [16384, 'XFD'],
    ];
    for (const [number, letters] of named) {
      expect(columnLetters(number)).toBe(letters);
      expect(columnNumber(letters)).toBe(number);
    }
    expect(columnNumber('ab')).toBe(28);
  });
});
