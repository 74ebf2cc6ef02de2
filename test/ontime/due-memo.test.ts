import { describe, expect, it } from 'vitest';
import { DueMemo } from '../../src/ontime/due-memo.js';
import type { Duration } from '../../src/model/types.js';

const FIVE: Duration = { value: 5, unit: 'd' };
const TEN: Duration = { value: 10, unit: 'd' };

describe('DueMemo', () => {
  it('gives back a due moment only for its own procedure, limit and receipt', () => {
    const memo = new DueMemo<{ id: string }>();
    const [a, b] = [{ id: 'QT-01' }, { id: 'QT-02' }];
    const aFive = memo.numberOf(a, FIVE);
    expect(memo.numberOf(a, FIVE)).toBe(aFive);
    const others = [memo.numberOf(a, TEN), memo.numberOf(b, FIVE)];
    expect(new Set([aFive, ...others]).size).toBe(3);
    memo.set(aFive, 29_500_000, 29_510_000);
    expect(memo.get(aFive, 29_500_000)).toBe(29_510_000);
    expect(memo.get(aFive, 29_500_001)).toBeUndefined();
    for (const other of others) expect(memo.get(other, 29_500_000)).toBeUndefined();
  });

  it('keeps receipts to the day apart (multiples of 1,440 minutes), and a slot taken over forgets the older key', () => {
    const memo = new DueMemo<object>();
    const number = memo.numberOf({}, FIVE);
    // A year of receipts at midnight: each held, none answered for another.
    const days = Array.from({ length: 366 }, (_, i) => (20_454 + i) * 1440);
    for (const day of days) memo.set(number, day, day + 7 * 1440);
    const held = days.filter((day) => memo.get(number, day) === day + 7 * 1440);
    expect(held.length).toBe(366);
    // Twice the table's slots of other receipts: the first are replaced, never answered wrongly.
    for (let minute = 0; minute < 2 ** 17; minute++) memo.set(number, 30_000_000 + minute, minute);
    const wrong = days.filter((day) => {
      const due = memo.get(number, day);
      return due !== undefined && due !== day + 7 * 1440;
    });
    expect(wrong).toEqual([]);
  });
});
