import { describe, expect, it } from 'vitest';
import { feeText } from '../../src/model/fee-amount.js';

describe('feeText', () => {
  it('writes whole amounts as the Vietnamese number format does, grouped by hand', () => {
    const format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
    const amounts = [1, 12, 999, 1000, 1001, 9999, 10_000, 75_000, 100_000, 999_999, 1_000_000, 1_234_567, 20_000_000];
    // A spread of every length up to the largest whole number a double holds exactly.
    for (let digits = 1; digits <= 15; digits++)
      for (const lead of [1, 4, 9]) amounts.push(lead * 10 ** (digits - 1) + 7);
    amounts.push(Number.MAX_SAFE_INTEGER);
    const differ = amounts.filter((amount) => feeText(amount) !== `${format.format(amount)} đồng`);
    expect(differ).toEqual([]);
    expect(feeText(75_000)).toBe('75.000 đồng');
  });

  it('keeps the format for fractions and the free fee for 0', () => {
    expect(feeText(1.5)).toBe('1,5 đồng');
    expect(feeText(1234.125)).toBe('1.234,125 đồng');
    expect(feeText(0)).toBe('Miễn phí');
  });
});
