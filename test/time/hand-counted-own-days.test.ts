import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/model/duration.js';
import { createCalendar, type CalendarConfig, type WorkingCalendar } from '../../src/time/calendar.js';
import { limitDue } from '../../src/time/due.js';
import { at, show } from './helpers.js';

// Due dates counted by hand, without procmap, from /work/shared/notes/vietnam.md, for what the other hand-counted
// tables leave out: a catalog's own days (a half day, a make-up Saturday of its own in an office open on Saturday
// mornings), 2027 as a catalog announces it in its calendar, and 2027 as the Labour Code gives it (Tết, Hùng Kings,
// 30/4 – 1/5 and 2/9), month limits that end on the 29th–31st, "trong ngày" received after noon, and hour limits.
// Office hours 07:30–11:30 and 13:00–17:00 (8 h = 1 working day) unless a table says otherwise. Calendar days and
// months (Civil Code 2015, Art. 147–148) start the day after the day of receipt, whatever the hour; a last day that
// is a weekend day or a holiday moves to the close of the next working day (Monday–Friday, or a make-up day).
// 2027 by the Labour Code (nothing announced): Fri 1/1; Tết Fri 5/2 (the last day of the lunar year) – Tue 9/2, with
// Wed 10/2 and Thu 11/2 in lieu of Sat 6/2 and Sun 7/2; Hùng Kings Fri 16/4; Fri 30/4; Sat 1/5 with Mon 3/5 in lieu;
// Thu 2/9 and Fri 3/9.

type Row = [received: string, limit: string, cutoff: string | undefined, expected: string];

const dueOn = (calendar: WorkingCalendar) => (received: string, limit: string, cutoff?: string) => {
  const duration = parseDuration(limit);
  if (duration === undefined) throw new Error(`Bad limit in test: ${limit}`);
  return show(limitDue(calendar, at(received), duration, cutoff));
};

describe('hand-counted: 2027 as the Labour Code gives it, on the default calendar', () => {
  const due = dueOn(createCalendar());
  it.each<Row>([
    // Wed 3/2/2027 10:00: 1.5 h to 11:30, 4 h from 13:00 (5.5); Thu 4/2 8 h (13.5); off Fri 5/2 – Thu 11/2; Fri 12/2
    // 8 h (21.5); the weekend; Mon 15/2 07:30 + 2.5 h.
    ['2027-02-03 10:00', '3 ngày làm việc', undefined, '2027-02-15 10:00'],
    // Thu 28/1/2027: day 1 Fri 29/1 … day 10 Sun 7/2, in Tết (off to Thu 11/2): Fri 12/2.
    ['2027-01-28 09:00', '10 ngày lịch', undefined, '2027-02-12 17:00'],
    // After the 15:00 cutoff on Thu 4/2/2027: off Fri 5/2 – Thu 11/2: Fri 12/2.
    ['2027-02-04 15:30', 'trong ngày', '15:00', '2027-02-12 17:00'],
    // Thu 15/4/2027: Fri 16/4 Hùng Kings, the weekend: the next working day is Mon 19/4.
    ['2027-04-15 10:00', 'Trong ngày làm việc tiếp theo', undefined, '2027-04-19 17:00'],
    // Wed 28/4/2027: day 1 Thu 29/4, day 2 Fri 30/4, a holiday; Sat 1/5, Sun 2/5, Mon 3/5 in lieu: Tue 4/5.
    ['2027-04-28 09:00', '2 ngày lịch', undefined, '2027-05-04 17:00'],
    // Wed 1/9/2027 09:00: 6.5 h; Thu 2/9 and Fri 3/9 off, the weekend; Mon 6/9 07:30 + 1.5 h.
    ['2027-09-01 09:00', '1 ngày làm việc', undefined, '2027-09-06 09:00'],
    // Thu 26/8/2027: day 7 is Thu 2/9; Fri 3/9 off, the weekend: Mon 6/9.
    ['2027-08-26 09:00', '7 ngày lịch', undefined, '2027-09-06 17:00'],
    // After the 15:00 cutoff on Wed 1/9/2027: Thu 2/9, Fri 3/9, the weekend: Mon 6/9.
    ['2027-09-01 15:30', 'trong ngày', '15:00', '2027-09-06 17:00'],
    // Fri 15/1/2027 13:30: 3.5 h to 17:00; Mon 18/1 07:30–11:30 4 h (7.5), 13:00 + 0.5 h.
    ['2027-01-15 13:30', '8 giờ làm việc', undefined, '2027-01-18 13:30'],
    // "trong ngày" received after noon, with no cutoff: the same day, at its close.
    ['2027-01-12 13:30', 'trong ngày', undefined, '2027-01-12 17:00'],
    // At the lunch break (12:10), with no cutoff: still that day.
    ['2027-01-12 12:10', 'trong ngày', undefined, '2027-01-12 17:00'],
    // After noon but after a 11:00 cutoff: the next working day, Wed 13/1.
    ['2027-01-12 13:30', 'trong ngày', '11:00', '2027-01-13 17:00'],
    // Received online on Sat 6/2/2027, the first day of the lunar year: the working day after it is Fri 12/2.
    ['2027-02-06 10:00', 'Trong ngày làm việc tiếp theo', undefined, '2027-02-12 17:00'],
    ['2027-02-06 10:00', 'Buổi sáng ngày làm việc tiếp theo', undefined, '2027-02-12 11:30'],
    // Thu 4/2/2027 16:00: 1 h; off Fri 5/2 – Thu 11/2; Fri 12/2 07:30–11:30 4 h (5), 13:00 + 3 h.
    ['2027-02-04 16:00', '8 giờ làm việc', undefined, '2027-02-12 16:00'],
    // Late on Fri 29/1/2027 (16:45): 0.25 h; Mon 1/2 8 h (8.25); Tue 2/2 8 h (16.25); Wed 3/2 8 h (24.25); Thu 4/2 7.75 h
    // = 4 h to 11:30, 13:00 + 3.75 h = 16:45.
    ['2027-01-29 16:45', '4 ngày làm việc', undefined, '2027-02-04 16:45'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });
});

describe('hand-counted: month limits that end on the 29th, 30th or 31st (Civil Code Art. 147–148)', () => {
  const due = dueOn(createCalendar());
  it.each<Row>([
    // Fri 29/1/2027 + 1 month: February 2027 has 28 days, so Sun 28/2: Mon 1/3.
    ['2027-01-29 09:00', '01 tháng', undefined, '2027-03-01 17:00'],
    // Tue 31/8/2027 + 1 month: September has no 31st, so Thu 30/9.
    ['2027-08-31 09:00', '01 tháng', undefined, '2027-09-30 17:00'],
    // Thu 30/9/2027 + 1 month = Sat 30/10: Mon 1/11.
    ['2027-09-30 09:00', '01 tháng', undefined, '2027-11-01 17:00'],
    // Mon 29/3/2027 + 1 month = Thu 29/4, a working day (30/4 after it does not matter).
    ['2027-03-29 09:00', '01 tháng', undefined, '2027-04-29 17:00'],
    // Received online on Fri 30/4/2027, a holiday: the day of receipt counts; + 1 month = Sun 30/5: Mon 31/5.
    ['2027-04-30 20:00', '01 tháng', undefined, '2027-05-31 17:00'],
    // Sat 31/7/2027 + 1 month = Tue 31/8.
    ['2027-07-31 10:00', '01 tháng', undefined, '2027-08-31 17:00'],
    // Mon 30/11/2026 + 2 months = Sat 30/1/2027: Mon 1/2.
    ['2026-11-30 09:00', '02 tháng', undefined, '2027-02-01 17:00'],
    // Mon 31/5/2027 + 3 months = Tue 31/8/2027.
    ['2027-05-31 09:00', '03 tháng', undefined, '2027-08-31 17:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });
});

// The catalog's own days: the office serves on Saturday mornings (07:30–11:30); Saturday 26/12/2026 is a whole working
// day of its own (no hours given: the Monday–Friday ones), Thursday 31/12/2026 a half day (07:30–11:30).
describe('hand-counted: a half day and a make-up Saturday of the catalog’s own', () => {
  const config: CalendarConfig = {
    saturday: ['07:30-11:30'],
    workdays: [
      { date: '2026-12-26', name: 'Làm việc cả ngày' },
      { date: '2026-12-31', name: 'Nửa ngày', hours: ['07:30-11:30'] },
    ],
  };
  const due = dueOn(createCalendar(config));
  it.each<Row>([
    // Thu 31/12/2026 09:00: 2.5 h to 11:30 (the half day); Fri 1/1/2027 New Year; Sat 2/1 07:30–11:30 4 h (6.5); Sun;
    // Mon 4/1 07:30 + 1.5 h.
    ['2026-12-31 09:00', '1 ngày làm việc', undefined, '2027-01-04 09:00'],
    // Thu 31/12/2026 10:00, "trong ngày": the half day's close.
    ['2026-12-31 10:00', 'trong ngày', undefined, '2026-12-31 11:30'],
    // Thu 31/12/2026 13:00, after the half day's close: the next working day after Thu 31/12 is Mon 4/1/2027 (Fri 1/1
    // New Year; Sat 2/1 opens its morning but is a weekend day in law).
    ['2026-12-31 13:00', 'trong ngày', undefined, '2027-01-04 17:00'],
    // Thu 24/12/2026 16:00: 1 h; Fri 25/12 8 h (9); Sat 26/12, a whole day: 4 h to 11:30 (13), 13:00 + 3 h.
    ['2026-12-24 16:00', '2 ngày làm việc', undefined, '2026-12-26 16:00'],
    // Fri 25/12/2026: the next working day is Sat 26/12, a working day of the catalog's own, at its close 17:00.
    ['2026-12-25 15:30', 'Trong ngày làm việc tiếp theo', undefined, '2026-12-26 17:00'],
    // Wed 30/12/2026: the next working day is the half day Thu 31/12, at its close 11:30.
    ['2026-12-30 15:30', 'Trong ngày làm việc tiếp theo', undefined, '2026-12-31 11:30'],
    // Wed 30/12/2026 10:00: 1.5 h to 11:30, 4 h from 13:00 (5.5); Thu 31/12 07:30 + 2.5 h.
    ['2026-12-30 10:00', '8 giờ làm việc', undefined, '2026-12-31 10:00'],
    // Mon 28/12/2026: day 5 is Sat 2/1/2027, a weekend day in law though the office opens: Mon 4/1.
    ['2026-12-28 09:00', '5 ngày lịch', undefined, '2027-01-04 17:00'],
    // Wed 23/12/2026: day 3 is Sat 26/12, a working day of the catalog's own: it ends that day, at 17:00.
    ['2026-12-23 09:00', '3 ngày lịch', undefined, '2026-12-26 17:00'],
    // Tue 29/12/2026: day 2 is the half day Thu 31/12: it ends at that day's close, 11:30.
    ['2026-12-29 09:00', '2 ngày lịch', undefined, '2026-12-31 11:30'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });
});

// 2027 as a catalog announces it before procmap has the notice: Tết off Thu 4/2 – Sun 14/2, Fri 12/2 swapped to the
// make-up Saturday 30/1 ("Làm bù cho ngày 12/02/2027"). procmap keeps of its own only the Labour Code's dated holidays.
describe('hand-counted: 2027 as the catalog’s calendar announces it', () => {
  const due = dueOn(
    createCalendar({
      announced: { 2027: 'Thông báo 1234/TB-BNV ngày 20/10/2026' },
      holidays: [{ date: '2027-02-04', to: '2027-02-14', name: 'Nghỉ Tết' }],
      workdays: [{ date: '2027-01-30', name: 'Làm bù cho ngày 12/02/2027' }],
    }),
  );
  it.each<Row>([
    // Wed 3/2/2027 10:00: 5.5 h; off Thu 4/2 – Sun 14/2; Mon 15/2 8 h (13.5); Tue 16/2 8 h (21.5); Wed 17/2 + 2.5 h.
    ['2027-02-03 10:00', '3 ngày làm việc', undefined, '2027-02-17 10:00'],
    // Fri 29/1/2027 16:00: 1 h; the make-up Sat 30/1: 4 h to 11:30 (5), 13:00 + 3 h.
    ['2027-01-29 16:00', '1 ngày làm việc', undefined, '2027-01-30 16:00'],
    // Tue 2/2/2027: day 10 is Fri 12/2, the swapped day, closed (no desk): the next working day, Mon 15/2.
    ['2027-02-02 09:00', '10 ngày lịch', undefined, '2027-02-15 17:00'],
    // After the 15:00 cutoff on Wed 3/2/2027: off Thu 4/2 – Sun 14/2: Mon 15/2.
    ['2027-02-03 15:30', 'trong ngày', '15:00', '2027-02-15 17:00'],
    // Mon 11/1/2027 + 1 month = Thu 11/2, in the break: Mon 15/2.
    ['2027-01-11 09:00', '01 tháng', undefined, '2027-02-15 17:00'],
    // Fri 29/1/2027: the next working day is the make-up Saturday 30/1.
    ['2027-01-29 10:00', 'Trong ngày làm việc tiếp theo', undefined, '2027-01-30 17:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });
});

// Office hours 07:00–11:30 and 13:00–17:00 (8.5 h) with hours_per_day: 8, as one-stop software counts a day.
describe('hand-counted: a day of 8 hours in an office open 8.5', () => {
  const due = dueOn(createCalendar({ hours: ['07:00-11:30', '13:00-17:00'], hours_per_day: 8 }));
  it.each<Row>([
    // Mon 11/1/2027 07:00: 4.5 h to 11:30, 13:00 + 3.5 h.
    ['2027-01-11 07:00', '1 ngày làm việc', undefined, '2027-01-11 16:30'],
    // Mon 11/1/2027 07:00: Mon 8.5 h; Tue 12/1 07:00 + 7.5 h: 4.5 h to 11:30 (13), 13:00 + 3 h.
    ['2027-01-11 07:00', '2 ngày làm việc', undefined, '2027-01-12 16:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });
});

// Received when the office is closed, a same-day limit is due at the close of the next working day (docs/calendar.md;
// Decree 23/2015/NĐ-CP, Art. 7: "ngày làm việc tiếp theo"), Monday to Friday or a make-up day: never the Saturday
// morning an office serves, nor the duty hours it opens on a holiday, as after the cutoff. The engine gave a dossier
// received on Friday at 17:30 that Saturday's 11:30 while one received at 15:30, after the cutoff, was due Monday.
describe('hand-counted: the same day for a dossier received while the office is closed', () => {
  const offices = {
    'Saturday mornings': dueOn(createCalendar({ saturday: ['07:30-11:30'] })),
    'a Tết duty day': dueOn(
      createCalendar({ workdays: [{ date: '2026-02-16', name: 'Trực Tết', hours: ['08:00-11:00'] }] }),
    ),
  };
  it.each<[keyof typeof offices, ...Row]>([
    // Fri 6/3/2026 17:30, after closing: Sat 7/3 is a weekend day in law; the next working day is Mon 9/3.
    ['Saturday mornings', '2026-03-06 17:30', 'trong ngày', undefined, '2026-03-09 17:00'],
    // The same with a 15:00 cutoff, as at 15:30 (hand-counted-boundaries.test.ts): Mon 9/3.
    ['Saturday mornings', '2026-03-06 17:30', 'trong ngày', '15:00', '2026-03-09 17:00'],
    ['Saturday mornings', '2026-03-06 15:30', 'trong ngày', '15:00', '2026-03-09 17:00'],
    // Sat 7/3/2026 at 06:45, before the Saturday opening: received that Saturday, due at its close.
    ['Saturday mornings', '2026-03-07 06:45', 'trong ngày', undefined, '2026-03-07 11:30'],
    // Thu 5/3/2026 at 18:00: the next working day is Fri 6/3.
    ['Saturday mornings', '2026-03-05 18:00', 'trong ngày', undefined, '2026-03-06 17:00'],
    // Fri 13/2/2026 at 17:30, the eve of Tết: the duty desk on Mon 16/2 is a holiday in law; Tết is off to Sun 22/2:
    // Mon 23/2.
    ['a Tết duty day', '2026-02-13 17:30', 'trong ngày', undefined, '2026-02-23 17:00'],
    // Received on the duty day during its hours: that day, at the desk's close.
    ['a Tết duty day', '2026-02-16 09:00', 'trong ngày', undefined, '2026-02-16 11:00'],
  ])('%s: received %s, limit "%s" (cutoff %s): due %s', (office, received, limit, cutoff, expected) => {
    expect(offices[office](received, limit, cutoff)).toBe(expected);
  });
});

// A cutoff moves a later receipt to the next working day whatever the office does before it (a Saturday morning's
// service, a duty desk on a holiday): a receipt after the cutoff and after the close was counted from that Saturday,
// earlier than one received between the two.
describe('hand-counted: working hours for a dossier received after the cutoff and the close', () => {
  const saturdays = dueOn(createCalendar({ saturday: ['07:30-11:30'] }));
  it.each<Row>([
    // Fri 6/3/2026 15:30, after the 15:00 cutoff: counting starts Mon 9/3 07:30; 4 h end at 11:30.
    ['2026-03-06 15:30', '4 giờ làm việc', '15:00', '2026-03-09 11:30'],
    // Fri 6/3/2026 17:30, after the cutoff and the close: the same Monday, not Sat 7/3 07:30 + 4 h = 11:30.
    ['2026-03-06 17:30', '4 giờ làm việc', '15:00', '2026-03-09 11:30'],
    // Without a cutoff the Saturday morning counts: Sat 7/3 07:30–11:30.
    ['2026-03-06 17:30', '4 giờ làm việc', undefined, '2026-03-07 11:30'],
    // Sat 7/3/2026 10:00, open, before the cutoff: 1.5 h to 11:30; Mon 9/3 07:30 + 2.5 h.
    ['2026-03-07 10:00', '4 giờ làm việc', '15:00', '2026-03-09 10:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(saturdays(received, limit, cutoff)).toBe(expected);
  });
});
