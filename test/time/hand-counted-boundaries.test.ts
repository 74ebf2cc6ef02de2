import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/model/duration.js';
import { createCalendar } from '../../src/time/calendar.js';
import { limitDue } from '../../src/time/due.js';
import { at, dueOf, show } from './helpers.js';

// More due dates counted by hand, without procmap, from /work/shared/notes/vietnam.md, on the default calendar (office
// hours 07:30–11:30 and 13:00–17:00, Monday to Friday, 8 h = 1 working day), at the edges the first table
// (hand-counted-calendar.test.ts) leaves out: receipts on days off and at night (online), the make-up Saturdays as
// days of receipt and as last days, half days across breaks, calendar days and months that end in a break or on a
// day that does not exist, and the years the calendar computes from the Labour Code (2027, 2028) rather than reads
// from a notice. Days off:
// 2025: Tết off Sat 25/1 – Sun 2/2; Hùng Kings Mon 7/4; off Wed 30/4 – Sun 4/5, Fri 2/5 made up on Sat 26/4;
//   National Day off Sat 30/8 – Tue 2/9 (6150/TB-LĐTBXH).
// 2026: off Thu 1/1 – Sun 4/1, Fri 2/1 made up on Sat 10/1 (12729/VPCP-KGVX); Tết off Sat 14/2 – Sun 22/2; Hùng Kings
//   Sun 26/4, Mon 27/4 in lieu; Thu 30/4, Fri 1/5; National Day off Sat 29/8 – Wed 2/9, Mon 31/8 made up on Sat 22/8
//   (9441/TB-BNV).
// 2027 (Labour Code, not announced): Fri 1/1; Tết Fri 5/2 – Tue 9/2 with Wed 10/2, Thu 11/2 in lieu of Sat 6/2 and
//   Sun 7/2; Hùng Kings Fri 16/4; Fri 30/4; Sat 1/5 with Mon 3/5 in lieu; Thu 2/9 and Fri 3/9.
// 2028 (Labour Code): a leap year, 29/2 a Tuesday.
const vietnam = createCalendar();
const due = (received: string, limit: string, cutoff?: string) => dueOf(vietnam, received, limit, cutoff);

type Row = [received: string, limit: string, cutoff: string | undefined, expected: string];
const check = (received: string, limit: string, cutoff: string | undefined, expected: string) =>
  expect(due(received, limit, cutoff)).toBe(expected);

describe('hand-counted: working days and hours across the breaks', () => {
  it.each<Row>([
    // Tue 30/12/2025 09:00 6.5 h; Wed 31/12 8 h (14.5); off Thu 1/1 – Sun 4/1; Mon 5/1 8 h (22.5); Tue 6/1 + 1.5 h.
    ['2025-12-30 09:00', '3 ngày làm việc', undefined, '2026-01-06 09:00'],
    // Fri 9/1/2026 16:00 1 h; the make-up Sat 10/1 8 h (9); Mon 12/1 4 h to 11:30 (13), 3 h from 13:00.
    ['2026-01-09 16:00', '2 ngày làm việc', undefined, '2026-01-12 16:00'],
    // Received online on Thu 1/1/2026, New Year: nothing counts until Mon 5/1 07:30; 8 h end at its close.
    ['2026-01-01 10:00', '1 ngày làm việc', undefined, '2026-01-05 17:00'],
    // Fri 2/1/2026, the swapped day off: Mon 5/1 07:30 + 4 h.
    ['2026-01-02 10:00', '0,5 ngày làm việc', undefined, '2026-01-05 11:30'],
    // Online on Sat 3/1/2026 at 22:00, in the break: Mon 5/1, Tue 6/1, Wed 7/1 whole.
    ['2026-01-03 22:00', '3 ngày làm việc', undefined, '2026-01-07 17:00'],
    // Wed 11/2/2026 09:00 6.5 h; Thu 12/2 (14.5); Fri 13/2 (22.5); Tết 14–22/2; Mon 23/2 (30.5); Tue 24/2 (38.5); Wed
    // 25/2 + 1.5 h.
    ['2026-02-11 09:00', '5 ngày làm việc', undefined, '2026-02-25 09:00'],
    // Online on Sun 22/2/2026 at 23:00, the last day of Tết: Mon 23/2 07:30 + 4 h.
    ['2026-02-22 23:00', '4 giờ làm việc', undefined, '2026-02-23 11:30'],
    // Before opening on Mon 23/2/2026: 07:30 + 8 h.
    ['2026-02-23 07:00', '1 ngày làm việc', undefined, '2026-02-23 17:00'],
    // Thu 23/4/2026 14:00 3 h; Fri 24/4 (11); Mon 27/4 in lieu of Hùng Kings; Tue 28/4 (19); Wed 29/4 4 h to 11:30
    // (23), 1 h from 13:00.
    ['2026-04-23 14:00', '3 ngày làm việc', undefined, '2026-04-29 14:00'],
    // Wed 29/4/2026 16:30 0.5 h; off Thu 30/4 – Sun 3/5; Mon 4/5 4 h to 11:30 (4.5), 3.5 h from 13:00.
    ['2026-04-29 16:30', '1 ngày làm việc', undefined, '2026-05-04 16:30'],
    // Tue 28/4/2026 09:00, a day at a time: Wed 29/4 (1), Mon 4/5 (2), Tue 5 (3), Wed 6 (4), Thu 7 (5), Fri 8 (6),
    // Mon 11 (7), Tue 12 (8), Wed 13 (9), Thu 14/5 (10).
    ['2026-04-28 09:00', '10 ngày làm việc', undefined, '2026-05-14 09:00'],
    // Fri 21/8/2026 09:00: Sat 22/8 made up (1), Mon 24 (2), Tue 25 (3), Wed 26 (4), Thu 27/8 (5).
    ['2026-08-21 09:00', '5 ngày làm việc', undefined, '2026-08-27 09:00'],
    // Fri 28/8/2026 09:00 6.5 h; off Sat 29/8 – Wed 2/9; Thu 3/9 + 1.5 h.
    ['2026-08-28 09:00', '1 ngày làm việc', undefined, '2026-09-03 09:00'],
    // On the make-up Sat 22/8/2026 at 16:00, open: 1 h; Mon 24/8 4 h to 11:30 (5), 3 h from 13:00.
    ['2026-08-22 16:00', '1 ngày làm việc', undefined, '2026-08-24 16:00'],
    // Sun 23/8/2026: Mon 24/8 07:30 + 8 h.
    ['2026-08-23 10:00', '1 ngày làm việc', undefined, '2026-08-24 17:00'],
    // Mon 31/8/2026, swapped off: counting starts Thu 3/9 07:30; two whole days end Fri 4/9 at closing.
    ['2026-08-31 10:00', '2 ngày làm việc', undefined, '2026-09-04 17:00'],
    // Online on Sun 6/4/2025 at 20:00; Mon 7/4 Hùng Kings: Tue 8/4 07:30 + 8 h.
    ['2025-04-06 20:00', '1 ngày làm việc', undefined, '2025-04-08 17:00'],
    // 2027 by the Labour Code: Thu 15/4 09:00 6.5 h; Fri 16/4 Hùng Kings; Mon 19/4 + 1.5 h.
    ['2027-04-15 09:00', '1 ngày làm việc', undefined, '2027-04-19 09:00'],
    // Thu 29/4/2027 09:00 6.5 h; Fri 30/4; Sat 1/5, Mon 3/5 in lieu; Tue 4/5 8 h (14.5); Wed 5/5 + 1.5 h.
    ['2027-04-29 09:00', '2 ngày làm việc', undefined, '2027-05-05 09:00'],
    // Mon 9/3/2026 11:00: 0.5 h to 11:30, 3.5 h from 13:00.
    ['2026-03-09 11:00', '0,5 ngày làm việc', undefined, '2026-03-09 16:30'],
    // Fri 13/2/2026 16:30: 0.5 h; Tết; Mon 23/2 07:30 + 3.5 h.
    ['2026-02-13 16:30', '0,5 ngày làm việc', undefined, '2026-02-23 11:00'],
    // Thu 31/12/2026 16:00: 1 h; Fri 1/1/2027 New Year; Mon 4/1 07:30 + 3 h.
    ['2026-12-31 16:00', 'nửa ngày làm việc', undefined, '2027-01-04 10:30'],
    // Wed 31/12/2025 13:00: 4 h; off to Sun 4/1; Mon 5/1 8 h (12); Tue 6/1 07:30 + 4 h.
    ['2025-12-31 13:00', '16 giờ làm việc', undefined, '2026-01-06 11:30'],
    // Fri 24/4/2026 16:00: 1 h; Mon 27/4 in lieu; Tue 28/4 07:30 + 1 h.
    ['2026-04-24 16:00', '2 giờ làm việc', undefined, '2026-04-28 08:30'],
    // Online on Sat 29/8/2026, in the break: Thu 3/9 07:30 + 1.5 h.
    ['2026-08-29 09:00', '1,5 giờ làm việc', undefined, '2026-09-03 09:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', check);
});

describe('hand-counted: the same day, after the cutoff, at night and on days off', () => {
  it.each<Row>([
    // After 15:00 on Fri 9/1/2026: the next working day is the make-up Sat 10/1.
    ['2026-01-09 15:30', 'trong ngày', '15:00', '2026-01-10 17:00'],
    // After 15:00 on the make-up Sat 22/8/2026: Mon 24/8.
    ['2026-08-22 15:30', 'trong ngày', '15:00', '2026-08-24 17:00'],
    // Before the cutoff on the make-up Sat 22/8/2026: that day.
    ['2026-08-22 10:00', 'trong ngày', '15:00', '2026-08-22 17:00'],
    // After 15:00 on Fri 28/8/2026: off Sat 29/8 – Wed 2/9: Thu 3/9.
    ['2026-08-28 15:30', 'trong ngày', '15:00', '2026-09-03 17:00'],
    // On Sun 26/4/2026, Hùng Kings (Mon 27/4 in lieu): Tue 28/4.
    ['2026-04-26 10:00', 'trong ngày', '15:00', '2026-04-28 17:00'],
    // Online on Tue 17/2/2026, the first day of the lunar year: Mon 23/2.
    ['2026-02-17 10:00', 'trong ngày', '15:00', '2026-02-23 17:00'],
    // Online on Fri 30/1/2026 at 23:00: after the cutoff, Mon 2/2 (its weekend in between).
    ['2026-01-30 23:00', 'trong ngày', '15:00', '2026-02-02 17:00'],
    // Thu 31/12/2026 14:00, before the cutoff: that day, the last of the announced year.
    ['2026-12-31 14:00', 'trong ngày', '15:00', '2026-12-31 17:00'],
    // Wed 30/12/2026 after the cutoff: Thu 31/12.
    ['2026-12-30 16:00', 'trong ngày', '15:00', '2026-12-31 17:00'],
    // Online on Fri 1/1/2027 (New Year by the Labour Code): Mon 4/1.
    ['2027-01-01 09:00', 'trong ngày', '15:00', '2027-01-04 17:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', check);
});

describe('hand-counted: calendar days (Civil Code Art. 147–148)', () => {
  it.each<Row>([
    // Wed 31/12/2025: day 1 Thu 1/1 … day 15 Thu 15/1/2026, a working day.
    ['2025-12-31 09:00', '15 ngày lịch', undefined, '2026-01-15 17:00'],
    // Received on Thu 1/1/2026, New Year, that day: day 5 is Tue 6/1.
    ['2026-01-01 10:00', '5 ngày lịch', undefined, '2026-01-06 17:00'],
    // Wed 31/12/2025: day 3 Sat 3/1, in the break to Sun 4/1: Mon 5/1.
    ['2025-12-31 09:00', '3 ngày lịch', undefined, '2026-01-05 17:00'],
    // Tue 30/12/2025: day 2 Thu 1/1, a holiday; Fri 2/1 swapped off; the weekend: Mon 5/1.
    ['2025-12-30 09:00', '2 ngày lịch', undefined, '2026-01-05 17:00'],
    // Wed 4/2/2026: day 10 Sat 14/2, the first day of Tết's break (to Sun 22/2): Mon 23/2.
    ['2026-02-04 09:00', '10 ngày lịch', undefined, '2026-02-23 17:00'],
    // Mon 2/2/2026: day 20 Sun 22/2, the last day of the break: Mon 23/2.
    ['2026-02-02 09:00', '20 ngày lịch', undefined, '2026-02-23 17:00'],
    // Received on Fri 20/2/2026, in Tết, that day: day 7 Fri 27/2.
    ['2026-02-20 10:00', '7 ngày lịch', undefined, '2026-02-27 17:00'],
    // Tue 28/4/2026: day 3 Fri 1/5; the weekend: Mon 4/5.
    ['2026-04-28 09:00', '3 ngày lịch', undefined, '2026-05-04 17:00'],
    // Wed 29/4/2026: day 1 Thu 30/4: Mon 4/5.
    ['2026-04-29 09:00', '1 ngày lịch', undefined, '2026-05-04 17:00'],
    // Sat 15/8/2026: day 7 Sat 22/8, made a working day, so no day off to move past: it ends that day.
    ['2026-08-15 09:00', '7 ngày lịch', undefined, '2026-08-22 17:00'],
    // Wed 26/8/2026: day 5 Mon 31/8, swapped off; 1/9, 2/9 off: Thu 3/9.
    ['2026-08-26 09:00', '5 ngày lịch', undefined, '2026-09-03 17:00'],
    // Fri 24/4/2026: day 1 Sat 25/4; Sun 26/4 Hùng Kings, Mon 27/4 in lieu: Tue 28/4.
    ['2026-04-24 09:00', '1 ngày lịch', undefined, '2026-04-28 17:00'],
    // Tue 1/12/2026: day 30 Thu 31/12/2026.
    ['2026-12-01 09:00', '30 ngày lịch', undefined, '2026-12-31 17:00'],
    // Tue 1/12/2026: day 31 Fri 1/1/2027, New Year by the Labour Code; the weekend: Mon 4/1.
    ['2026-12-01 09:00', '31 ngày lịch', undefined, '2027-01-04 17:00'],
    // Wed 10/12/2025: 21 days to 31/12, 31 in January (52), 8 in February: Sun 8/2/2026: Mon 9/2.
    ['2025-12-10 09:00', '60 ngày lịch', undefined, '2026-02-09 17:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', check);
});

describe('hand-counted: months (Civil Code Art. 147–148)', () => {
  it.each<Row>([
    // Thu 29/1/2026 + 1 month: February 2026 has no 29th, so Sat 28/2: Mon 2/3.
    ['2026-01-29 09:00', '01 tháng', undefined, '2026-03-02 17:00'],
    // Mon 31/1/2028 + 1 month: 2028 is a leap year, so Tue 29/2/2028.
    ['2028-01-31 09:00', '01 tháng', undefined, '2028-02-29 17:00'],
    // Tue 29/2/2028 + 1 month: Wed 29/3/2028.
    ['2028-02-29 09:00', '01 tháng', undefined, '2028-03-29 17:00'],
    // Tue 29/2/2028 + 1 year: February 2029 has no 29th, so Wed 28/2/2029.
    ['2028-02-29 09:00', '01 năm', undefined, '2029-02-28 17:00'],
    // Tue 30/12/2025 + 1 month: Fri 30/1/2026.
    ['2025-12-30 09:00', '01 tháng', undefined, '2026-01-30 17:00'],
    // Online on Sat 3/1/2026, in the New Year break, that day: + 1 month = Tue 3/2.
    ['2026-01-03 21:00', '01 tháng', undefined, '2026-02-03 17:00'],
    // Sat 17/1/2026 + 1 month = Tue 17/2, the first day of the lunar year: off to Sun 22/2: Mon 23/2.
    ['2026-01-17 09:00', '01 tháng', undefined, '2026-02-23 17:00'],
    // Mon 30/3/2026 + 1 month = Thu 30/4: Fri 1/5 and the weekend: Mon 4/5.
    ['2026-03-30 09:00', '01 tháng', undefined, '2026-05-04 17:00'],
    // Tue 1/4/2025 + 1 month = Thu 1/5/2025: off to Sun 4/5: Mon 5/5.
    ['2025-04-01 09:00', '01 tháng', undefined, '2025-05-05 17:00'],
    // Online on Mon 31/8/2026, swapped off, that day: + 1 month = 30/9 (no 31st), a Wednesday.
    ['2026-08-31 09:00', '01 tháng', undefined, '2026-09-30 17:00'],
    // Mon 30/11/2026 + 3 months = 28/2/2027 (no 30th), a Sunday: Mon 1/3/2027.
    ['2026-11-30 09:00', '03 tháng', undefined, '2027-03-01 17:00'],
    // Tue 5/1/2027 + 1 month = Fri 5/2/2027, the eve of Tết by the Labour Code: off to Thu 11/2: Fri 12/2.
    ['2027-01-05 09:00', '01 tháng', undefined, '2027-02-12 17:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', check);
});

// An office that also serves on Saturday mornings, 07:30–11:30 (`saturday:`): its Saturday hours count as working time
// (an appointment never later than the Monday–Friday one), but Saturday is still a weekend day in law (Decision
// 188/1999/QĐ-TTg): "the next working day" after Friday is Monday, and a calendar-day period ending on it moves to
// Monday (Civil Code Art. 148). A Saturday in an announced break, or a rule year's weekend holiday, is closed.
describe('hand-counted: an office open on Saturday mornings', () => {
  const saturdays = createCalendar({ saturday: ['07:30-11:30'] });
  const dueAt = (received: string, limit: string, cutoff?: string) => {
    const duration = parseDuration(limit);
    if (duration === undefined) throw new Error(`Bad limit in test: ${limit}`);
    return show(limitDue(saturdays, at(received), duration, cutoff));
  };
  it.each<Row>([
    // Fri 6/3/2026 16:00: 1 h; Sat 7/3 4 h (5); Mon 9/3 07:30 + 3 h.
    ['2026-03-06 16:00', '1 ngày làm việc', undefined, '2026-03-09 10:30'],
    // Fri 6/2/2026 16:00: 1 h; Sat 7/2 4 h (5); Mon 9/2 8 h (13); Tue 10/2 07:30 + 3 h.
    ['2026-02-06 16:00', '2 ngày làm việc', undefined, '2026-02-10 10:30'],
    // Received on Sat 7/3/2026 at 10:00, before the cutoff: that Saturday, at its close.
    ['2026-03-07 10:00', 'trong ngày', '15:00', '2026-03-07 11:30'],
    // After the cutoff on Fri 6/3/2026: the next working day is Mon 9/3, not the Saturday.
    ['2026-03-06 15:30', 'trong ngày', '15:00', '2026-03-09 17:00'],
    ['2026-03-06 15:30', 'Trong ngày làm việc tiếp theo', undefined, '2026-03-09 17:00'],
    // Mon 2/3/2026: day 5 is Sat 7/3, a weekend day in law though the office opens: Mon 9/3.
    ['2026-03-02 09:00', '5 ngày lịch', undefined, '2026-03-09 17:00'],
    // Sat 7/3/2026 12:00, after the Saturday close: Mon 9/3 07:30 + 4 h.
    ['2026-03-07 12:00', '4 giờ làm việc', undefined, '2026-03-09 11:30'],
    // Sat 14/2/2026, in Tết's break (Sat 21/2 closed too): Mon 23/2 07:30 + 4 h.
    ['2026-02-14 09:00', '4 giờ làm việc', undefined, '2026-02-23 11:30'],
    // Sat 29/8/2026, in the National Day break: Thu 3/9 07:30 + 8 h.
    ['2026-08-29 09:00', '1 ngày làm việc', undefined, '2026-09-03 17:00'],
    // 2027 by the Labour Code: Thu 4/2 16:00 1 h; Fri 5/2 off, Sat 6/2 the lunar new year (closed), off to Thu 11/2;
    // Fri 12/2 4 h to 11:30 (5), 3 h from 13:00.
    ['2027-02-04 16:00', '1 ngày làm việc', undefined, '2027-02-12 16:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(dueAt(received, limit, cutoff)).toBe(expected);
  });
});
