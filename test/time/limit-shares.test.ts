import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/model/duration.js';
import { createCalendar } from '../../src/time/calendar.js';
import { limitOrder, limitShares } from '../../src/time/limit-order.js';

const calendar = createCalendar();
const limit = (text: string) => ({ limit: parseDuration(text)! });

describe('limitShares: how often a limit in another unit is longer, and shorter', () => {
  it('counts each side of two limits no sweep orders, the same days read from either end', () => {
    const there = limitShares(calendar, limit('10d'), limit('15cd'));
    const back = limitShares(calendar, limit('15cd'), limit('10d'));
    expect(limitOrder(calendar, limit('10d'), limit('15cd'))).toBeUndefined();
    // 15 calendar days hold 10 working days or more but where days off (Tết, 30/4) take working days out of them.
    expect(there.longer).toBeGreaterThan(there.shorter);
    expect(there.shorter).toBeGreaterThan(0);
    expect(back).toEqual({ longer: there.shorter, shorter: there.longer, days: there.days });
  });

  it('agrees with limitOrder where one limit is longer on every date', () => {
    const shares = limitShares(calendar, limit('15cd'), limit('15d'));
    expect(limitOrder(calendar, limit('15cd'), limit('15d'))).toBe(1);
    expect(shares.days).toBeGreaterThan(0);
    expect(shares).toEqual({ longer: shares.days, shorter: 0, days: shares.days });
  });
});
