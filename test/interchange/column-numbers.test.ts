import { describe, expect, it } from 'vitest';
import { isColumnNumberRow } from '../../src/interchange/column-numbers.js';

describe('isColumnNumberRow', () => {
  it('reads "(1) (2) (3)", "1 2 3" and "A B C" in sequence as column numbers', () => {
    expect(isColumnNumberRow(['(1)', '(2)', '(3)', '(4)', '(5)'])).toBe(true);
    expect(isColumnNumberRow(['1', '2', '3', '4'])).toBe(true);
    expect(isColumnNumberRow(['A', 'B', 'C'])).toBe(true);
    expect(isColumnNumberRow(['(1)', '', '(2)', '(3)'])).toBe(true);
  });

  it('does not read a row of data, a short row or numbers out of sequence', () => {
    expect(isColumnNumberRow(['1', 'Tiếp nhận hồ sơ', 'Bộ phận Một cửa', '4 giờ'])).toBe(false);
    expect(isColumnNumberRow(['(1)', '(2)'])).toBe(false);
    expect(isColumnNumberRow(['1', '3', '2'])).toBe(false);
    expect(isColumnNumberRow(['(1)', '2', '(3)'])).toBe(false);
    expect(isColumnNumberRow(['2', '3', '4'])).toBe(false);
  });
});
