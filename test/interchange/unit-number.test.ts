import { describe, expect, it } from 'vitest';
import { numberWithUnit } from '../../src/interchange/unit-number.js';

describe('numberWithUnit', () => {
  it('writes a fraction with a comma before Vietnamese words, typed with or without accents', () => {
    expect(numberWithUnit('0.5', 'ngày')).toBe('0,5 ngày');
    expect(numberWithUnit(' 1.5 ', 'Ngày làm việc ')).toBe('1,5 Ngày làm việc');
    expect(numberWithUnit('2.25', 'gio lam viec')).toBe('2,25 gio lam viec');
    expect(numberWithUnit('0,5', 'ngày')).toBe('0,5 ngày');
  });

  it('keeps the point before English words and a whole number as it is', () => {
    expect(numberWithUnit('0.5', 'working days')).toBe('0.5 working days');
    expect(numberWithUnit('0.5', 'h')).toBe('0.5 h');
    expect(numberWithUnit('03', 'Ngày làm việc')).toBe('03 Ngày làm việc');
    // 1500 or 1.5: asked about as typed, not turned into "1,500", which Vietnamese reads the other way.
    expect(numberWithUnit('1.500', 'phút')).toBe('1.500 phút');
  });
});
