import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/model/duration.js';
import { createCalendar } from '../../src/time/calendar.js';
import { limitDue } from '../../src/time/due.js';
import { at, dueOf, show } from './helpers.js';

// Every expectation below is counted by hand on the default calendar (07:30–11:30, 13:00–17:00, Monday to Friday)
// with the announced days off: 2026 National Day off Sat 29/8 – Wed 2/9, Mon 31/8 made up on Sat 22/8
// (Thông báo 9441/TB-BNV, 16/10/2025); Tết 2026 off Sat 14/2 – Sun 22/2.
const vietnam = createCalendar();
const due = (received: string, limit: string, cutoff?: string) => dueOf(vietnam, received, limit, cutoff);

describe('limitDue: working time across the 2026 National Day break', () => {
  it.each([
    // Fri 28/8 09:00: 6.5 h that day, then Sat 29/8 – Wed 2/9 closed (31/8 swapped), 1.5 h on Thu 3/9.
    ['2026-08-28 09:00', '1d', '2026-09-03 09:00'],
    // Fri 21/8 09:00: 6.5 h that day, then the make-up Saturday 22/8 is a working day.
    ['2026-08-21 09:00', '1d', '2026-08-22 09:00'],
    ['2026-08-21 09:00', '1 ngày làm việc', '2026-08-22 09:00'],
    // Thu 27/8 07:30: 8 h Thu, 8 h Fri, then Thu 3/9 for the third day.
    ['2026-08-27 07:30', '3d', '2026-09-03 17:00'],
    ['2026-08-28 16:00', '2h', '2026-09-03 08:30'],
  ])('received %s, limit %s: due %s', (received, limit, expected) => {
    expect(due(received, limit)).toBe(expected);
  });
});

describe('limitDue: an office open on Saturday mornings keeps every announced break closed', () => {
  // Saturday 07:30–11:30 besides the default week. Each break as its notice announces it, Saturday and Sunday
  // included: a receipt at 09:00 on the last open day before it has 6.5 h that day, and 1 d (8 h) ends 1.5 h into
  // the first open day after it.
  const saturday = createCalendar({ saturday: ['07:30-11:30'] });
  const dueOn = (received: string, limit: string) => show(limitDue(saturday, at(received), parseDuration(limit)!));
  it.each([
    // Tết 2025: off Sat 25/1 – Sun 2/2 (6150/TB-LĐTBXH).
    ['2025-01-24 09:00', '1d', '2025-02-03 09:00'],
    // 30/4 – 1/5/2025: off Wed 30/4 – Sun 4/5 (Fri 2/5 swapped with Sat 26/4).
    ['2025-04-29 09:00', '1d', '2025-05-05 09:00'],
    // National Day 2025: off Sat 30/8 – Tue 2/9 (6150/TB-LĐTBXH).
    ['2025-08-29 09:00', '1d', '2025-09-03 09:00'],
    // New Year 2026: off Thu 1/1 – Sun 4/1 (12729/VPCP-KGVX).
    ['2025-12-31 09:00', '1d', '2026-01-05 09:00'],
    // Tết 2026: off Sat 14/2 – Sun 22/2 (9441/TB-BNV).
    ['2026-02-13 09:00', '1d', '2026-02-23 09:00'],
    // 5 d: 6.5 h on Fri 13/2, Mon 23/2 – Thu 26/2 (32 h), the last 1.5 h on Fri 27/2, as on the default calendar.
    ['2026-02-13 09:00', '5d', '2026-02-27 09:00'],
    // National Day 2026: off Sat 29/8 – Wed 2/9 (9441/TB-BNV).
    ['2026-08-28 09:00', '1d', '2026-09-03 09:00'],
    // An ordinary Saturday opens: Fri 6/3 15:00–17:00 is 2 h, Sat 7/3 4 h, Mon 9/3 07:30 + 2 h.
    ['2026-03-06 15:00', '1d', '2026-03-09 09:30'],
  ])('received %s, limit %s: due %s', (received, limit, expected) => {
    expect(dueOn(received, limit)).toBe(expected);
  });
});

describe('limitDue: the next working day of an office open on Saturday mornings is never that Saturday', () => {
  // Saturday 07:30–11:30 is reception, not a working day: the working week is Monday to Friday (Decision
  // 188/1999/QĐ-TTg), so "the next working day" after Friday is Monday (docs/calendar.md). A make-up Saturday is one.
  const saturday = createCalendar({ saturday: ['07:30-11:30'] });
  const dueOn = (received: string, limit: string, cutoff?: string) =>
    show(limitDue(saturday, at(received), parseDuration(limit)!, cutoff));
  it.each([
    // Fri 16/1/2026: Sat 17/1 opens 07:30–11:30, Sun 18/1 closed; the next working day is Mon 19/1 (it said Sat 11:30).
    ['2026-01-16 10:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-01-19 17:00'],
    ['2026-01-16 10:00', 'Buổi sáng ngày làm việc tiếp theo', undefined, '2026-01-19 11:30'],
    // Received at the Saturday counter itself (Sat 17/1 09:00): the working day after it is Mon 19/1 too.
    ['2026-01-17 09:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-01-19 17:00'],
    // Same day, after the 15:00 cutoff on Fri 16/1: returned the next working day, Mon 19/1 (it said Sat 17/1 11:30).
    ['2026-01-16 15:30', 'trong ngày', '15:00', '2026-01-19 17:00'],
    // Fri 9/1/2026: Sat 10/1 is the make-up day for Fri 2/1 (9441/TB-BNV), a working day with the weekday hours.
    ['2026-01-09 10:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-01-10 17:00'],
    ['2026-01-09 15:30', 'trong ngày', '15:00', '2026-01-10 17:00'],
  ])('received %s, limit %s (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(dueOn(received, limit, cutoff)).toBe(expected);
  });
});

describe('limitDue: calendar days', () => {
  it.each([
    // Event day Tue 25/8; day 5 is Sun 30/8; Mon 31/8 – Wed 2/9 are off, so the close of Thu 3/9.
    ['2026-08-25 10:00', '5cd', '2026-09-03 17:00'],
    // Event day Fri 21/8; day 1 is Sat 22/8, a make-up working day: it ends there.
    ['2026-08-21 10:00', '1cd', '2026-08-22 17:00'],
  ])('received %s, limit %s: due %s', (received, limit, expected) => {
    expect(due(received, limit)).toBe(expected);
  });
});

describe('limitDue: same day (trong ngày)', () => {
  it.each([
    ['2026-12-02 10:00', undefined, '2026-12-02 17:00'],
    // Received during lunch: counting starts at 13:00, still the same day.
    ['2026-12-02 12:00', '15:00', '2026-12-02 17:00'],
    // 15:00 exactly is not after the cutoff.
    ['2026-12-02 15:00', '15:00', '2026-12-02 17:00'],
    ['2026-12-02 15:01', '15:00', '2026-12-03 17:00'],
    // After the cutoff on Fri 28/8: the next working day is Thu 3/9.
    ['2026-08-28 15:30', '15:00', '2026-09-03 17:00'],
    // After the cutoff on Fri 21/8: the make-up Saturday 22/8 is the next working day.
    ['2026-08-21 16:00', '15:00', '2026-08-22 17:00'],
    // After closing, without a cutoff: the next working day.
    ['2026-12-02 18:00', undefined, '2026-12-03 17:00'],
    // Received on a day off (Sat 29/8): counting starts Thu 3/9, due at its close.
    ['2026-08-29 09:00', '15:00', '2026-09-03 17:00'],
  ])('received %s (cutoff %s): due %s', (received, cutoff, expected) => {
    for (const text of ['trong ngày', 'Ngay trong ngày', 'same day'])
      expect(due(received, text, cutoff)).toBe(expected);
  });
});

describe('limitDue: months (Civil Code Art. 147–148)', () => {
  it.each([
    // 30/1 + 1 month: February has no 30th, so its last day, Sat 28/2; moved to Mon 2/3.
    ['2026-01-30 09:00', '1 tháng', undefined, '2026-03-02 17:00'],
    // 15/1 + 1 month = Sun 15/2, inside Tết (off to Sun 22/2): Mon 23/2.
    ['2026-01-15 10:00', '1 tháng', undefined, '2026-02-23 17:00'],
    // After the cutoff on Thu 15/1: counting starts Fri 16/1; 16/2 is Tết, so Mon 23/2.
    ['2026-01-15 16:00', '1 month', '15:00', '2026-02-23 17:00'],
    // 31/3 + 2 months = 31/5, a Sunday: Mon 1/6.
    ['2026-03-31 09:00', '2 tháng', undefined, '2026-06-01 17:00'],
    // 2/12/2026 + 3 months = Tue 2/3/2027.
    ['2026-12-02 09:00', '3 months', undefined, '2027-03-02 17:00'],
    // Leap day: 29/2/2028 + 12 months = 28/2/2029 (no 29th), a Wednesday.
    ['2028-02-29 09:00', '12 tháng', undefined, '2029-02-28 17:00'],
  ])('received %s, limit %s (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });
});

describe('the 2026 calendar data', () => {
  it('has Mon 31/8/2026 off and Sat 22/8/2026 as a working day, with their notice', () => {
    const off = vietnam.day(at('2026-08-31 00:00') / 1440);
    const work = vietnam.day(at('2026-08-22 00:00') / 1440);
    expect(off).toMatchObject({ working: false, hours: [] });
    expect(off.source).toContain('9441/TB-BNV');
    expect(work.working).toBe(true);
    expect(work.hours.length).toBeGreaterThan(0);
    expect(work.source).toContain('9441/TB-BNV');
    expect(vietnam.yearInfo(2026)).toMatchObject({
      status: 'announced',
      notice: { number: '9441/TB-BNV', date: '2025-10-16' },
    });
    expect(vietnam.holidaySource(2027)).toBe('rule');
    expect(vietnam.announcedYears).toEqual([2025, 2026]);
  });
});
