import { describe, expect, it } from 'vitest';
import { overrunGrew, overrunMoves, type SideOverrun } from '../../src/diff/overrun.js';

const inTime = (hours: number, hoursPerDay: number): SideOverrun => ({
  time: { hours, days: Math.round((hours / hoursPerDay) * 100) / 100 },
  limit: '2d',
  hoursPerDay,
});
const onDates = (overDays: number, openDays: number, worst: number): SideOverrun => ({
  dates: { late: overDays, overDays, openDays, worst },
  limit: '7cd',
  hoursPerDay: 8,
});

describe('an overrun on each side', () => {
  it('grew when more working hours, or more days of a shorter working day, are over', () => {
    expect(overrunGrew({ before: inTime(2, 8), after: inTime(3, 7) })).toBe(true);
    // The same 8 hours are more of a day of 7 hours: later for the applicant.
    expect(overrunMoves(inTime(8, 8), inTime(8, 7))).toEqual({ days: 0, worst: 1 });
    expect(overrunGrew({ before: inTime(3, 7), after: inTime(2, 8) })).toBe(false);
    expect(overrunGrew({ before: null, after: inTime(1, 8) })).toBe(true);
  });

  it('compares a limit in working time, late on every day by the overrun, with lint figures on dates', () => {
    // Over 5 working days by 18 h, then late on every day tried by 49 h 59 min at worst.
    expect(overrunMoves(inTime(18, 8), onDates(251, 251, 49 * 60 + 59))).toEqual({ days: 0, worst: 1 });
    // Late on fewer days and less late at worst: no growth.
    expect(overrunGrew({ before: inTime(18, 8), after: onDates(10, 251, 60) })).toBe(false);
    // The other way, a limit in working time after one in dates: late on every day is a larger share.
    expect(overrunMoves(onDates(10, 251, 24 * 60), inTime(1, 8))).toEqual({ days: 1, worst: -1 });
  });
});
