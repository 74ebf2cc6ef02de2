import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/time/calendar.js';
import { dueOf } from './helpers.js';

// Due dates around the edges of 2026–2028, counted by hand day by day, without procmap, on the default calendar:
// office hours 07:30–11:30 and 13:00–17:00, Monday to Friday (8 h = 1 working day). Days off, from
// /work/shared/notes/vietnam.md:
// 2026 (announced, 9441/TB-BNV; 12729/VPCP-KGVX): Fri 2/1 made up on Sat 10/1; Mon 31/8 made up on Sat 22/8.
// 2027 (not announced: Labour Code 2019, Art. 112(1) and, for days in lieu, Art. 111(3)): Fri 1/1 New Year; lunar new
//   year Sat 6/2 (vietnam.md; src/time/data/lunar.ts 2027-02-06), Tết = Fri 5/2 (the lunar year's last day) and Sat
//   6/2 – Tue 9/2, with Wed 10/2 and Thu 11/2 in lieu of Sat 6/2 and Sun 7/2; Hùng Kings Fri 16/4 (10/3 lunar);
//   Fri 30/4; Sat 1/5 with Mon 3/5 in lieu; National Day Thu 2/9 and the added Fri 3/9 (2/9 a Thursday).
// 2028 (Labour Code): lunar new year Wed 26/1 (lunar.ts 2028-01-26): Tết = Tue 25/1 – Sat 29/1, Mon 31/1 in lieu of
//   Sat 29/1. 2028 is a leap year (29/2 exists).
// Calendar days and months: Civil Code 2015, Art. 147–148: counting starts the day after receipt, whatever the hour;
// a month ends on the same day of the last month, or that month's last day when it has none; a last day that is a
// weekend day or holiday moves to the close of the next working day. A make-up Saturday is a working day (the notice).
const vietnam = createCalendar();
const due = (received: string, limit: string, cutoff?: string) => dueOf(vietnam, received, limit, cutoff);

type Row = [received: string, limit: string, cutoff: string | undefined, expected: string];

describe('hand-counted 2027 edges: working days and hours', () => {
  it.each<Row>([
    // Thu 4/2/2027 14:00: 3 h (14–17). Fri 5/2 – Thu 11/2 Tết and days in lieu. Fri 12/2 8 h (11). Mon 15/2 07:30–11:30
    // 4 h (15), 13:00–14:00 1 h (16).
    ['2027-02-04 14:00', '2 ngày làm việc', undefined, '2027-02-15 14:00'],
    // Wed 3/2 10:00: 1.5 + 4 = 5.5 h. Thu 4/2 8 h (13.5). Tết. Fri 12/2 8 h (21.5). Mon 15/2 07:30 + 2.5 h.
    ['2027-02-03 10:00', '3 ngày làm việc', undefined, '2027-02-15 10:00'],
    // Sat 6/2, lunar new year: counting starts at the next opening, Fri 12/2 07:30; 8 h end at 17:00.
    ['2027-02-06 09:00', '1 ngày làm việc', undefined, '2027-02-12 17:00'],
    // Thu 15/4/2027 09:00: 6.5 h. Fri 16/4 Hùng Kings, weekend. Mon 19/4 07:30 + 1.5 h.
    ['2027-04-15 09:00', '1 ngày làm việc', undefined, '2027-04-19 09:00'],
    // Thu 29/4 09:00: 6.5 h. Fri 30/4 off, Sat 1/5, Sun 2/5, Mon 3/5 in lieu. Tue 4/5 8 h (14.5). Wed 5/5 + 1.5 h.
    ['2027-04-29 09:00', '2 ngày làm việc', undefined, '2027-05-05 09:00'],
    // Wed 1/9/2027 13:00: 4 h. Thu 2/9 and Fri 3/9 off, weekend. Mon 6/9 07:30 + 4 h = 11:30.
    ['2027-09-01 13:00', '1 ngày làm việc', undefined, '2027-09-06 11:30'],
    // Mon 28/12/2026 09:00, 120 h: Mon 6.5; Tue 29 – Thu 31/12 24 (30.5); Fri 1/1/2027 off; Mon 4 – Fri 8/1 40
    // (70.5); Mon 11 – Fri 15/1 40 (110.5); Mon 18/1 8 (118.5); Tue 19/1 07:30 + 1.5 h.
    ['2026-12-28 09:00', '15 ngày làm việc', undefined, '2027-01-19 09:00'],
    // Thu 31/12/2026 16:00: 1 h. Fri 1/1/2027 off, weekend. Mon 4/1 07:30 + 3 h.
    ['2026-12-31 16:00', '0,5 ngày làm việc', undefined, '2027-01-04 10:30'],
    // Tết 2028: Mon 24/1/2028 09:00: 6.5 h. Tue 25/1 – Sat 29/1 Tết, Sun 30/1, Mon 31/1 in lieu. Tue 1/2 + 1.5 h.
    ['2028-01-24 09:00', '1 ngày làm việc', undefined, '2028-02-01 09:00'],
    // Hours across a weekend: Fri 8/1/2027 15:00: 2 h; Sat, Sun; Mon 11/1 07:30 + 2 h.
    ['2027-01-08 15:00', '4 giờ làm việc', undefined, '2027-01-11 09:30'],
    // Fri 8/1/2027 16:30: 0.5 h; Mon 11/1 07:30–11:30 4 h (4.5), 13:00 + 3.5 h.
    ['2027-01-08 16:30', '8 giờ làm việc', undefined, '2027-01-11 16:30'],
    // Thu 4/2/2027 16:00: 1 h; Tết; Fri 12/2 07:30–11:30 4 h (5), 13:00 + 1 h.
    ['2027-02-04 16:00', '6 giờ làm việc', undefined, '2027-02-12 14:00'],
    // Thu 29/4/2027 16:00: 1 h; Fri 30/4 – Mon 3/5 off; Tue 4/5 07:30 + 1 h.
    ['2027-04-29 16:00', '2 giờ làm việc', undefined, '2027-05-04 08:30'],
    // Make-up Saturday 10/1/2026 (12729/VPCP-KGVX): Fri 9/1 16:00 1 h; Sat 10/1 07:30 + 1 h.
    ['2026-01-09 16:00', '2 giờ làm việc', undefined, '2026-01-10 08:30'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });
});

describe('hand-counted 2027 edges: calendar days and months (Civil Code Art. 147–148)', () => {
  it.each<Row>([
    // Mon 1/2/2027: day 1 Tue 2/2 … day 5 Sat 6/2 (Tết); next working day Fri 12/2.
    ['2027-02-01 09:00', '5 ngày lịch', undefined, '2027-02-12 17:00'],
    // Mon 1/2/2027: day 3 Thu 4/2, a working day: it ends that day.
    ['2027-02-01 09:00', '3 ngày lịch', undefined, '2027-02-04 17:00'],
    // Mon 12/4/2027: day 4 Fri 16/4 (Hùng Kings); Sat, Sun; Mon 19/4.
    ['2027-04-12 10:00', '4 ngày lịch', undefined, '2027-04-19 17:00'],
    // Tue 27/4/2027: day 3 Fri 30/4; Sat 1/5, Sun 2/5, Mon 3/5 in lieu; Tue 4/5.
    ['2027-04-27 10:00', '3 ngày lịch', undefined, '2027-05-04 17:00'],
    // Mon 30/8/2027: day 3 Thu 2/9; Fri 3/9 off, weekend; Mon 6/9.
    ['2027-08-30 10:00', '3 ngày lịch', undefined, '2027-09-06 17:00'],
    // Thu 24/12/2026: day 1 Fri 25/12 … day 8 Fri 1/1/2027 (New Year); weekend; Mon 4/1.
    ['2026-12-24 09:00', '8 ngày lịch', undefined, '2027-01-04 17:00'],
    // Wed 27/1/2027: day 1 Thu 28/1 … day 10 Sat 6/2 (Tết); Fri 12/2.
    ['2027-01-27 09:00', '10 ngày lịch', undefined, '2027-02-12 17:00'],
    // Mon 5/1/2026: day 5 Sat 10/1, the make-up working day (12729/VPCP-KGVX): it does not move.
    ['2026-01-05 09:00', '5 ngày lịch', undefined, '2026-01-10 17:00'],
    // Sun 16/8/2026: day 6 Sat 22/8, the make-up working day (9441/TB-BNV): it does not move.
    ['2026-08-16 09:00', '6 ngày lịch', undefined, '2026-08-22 17:00'],
    // Sun 31/1/2027: no 31/2, so the month ends on 28/2/2027, a Sunday; Mon 1/3.
    ['2027-01-31 09:00', '01 tháng', undefined, '2027-03-01 17:00'],
    // Fri 29/1/2027: no 29/2 in 2027, so Sun 28/2; Mon 1/3.
    ['2027-01-29 09:00', '01 tháng', undefined, '2027-03-01 17:00'],
    // Mon 31/1/2028, a leap year: the month ends on Tue 29/2/2028, a working day.
    ['2028-01-31 09:00', '01 tháng', undefined, '2028-02-29 17:00'],
    // Tue 29/2/2028: Wed 29/3/2028.
    ['2028-02-29 09:00', '01 tháng', undefined, '2028-03-29 17:00'],
    // Wed 31/3/2027: no 31/4, so Fri 30/4 (a holiday); Sat 1/5, Sun 2/5, Mon 3/5 in lieu; Tue 4/5.
    ['2027-03-31 09:00', '01 tháng', undefined, '2027-05-04 17:00'],
    // Wed 6/1/2027: Sat 6/2 (lunar new year); Tết and days in lieu to Thu 11/2; Fri 12/2.
    ['2027-01-06 09:00', '01 tháng', undefined, '2027-02-12 17:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });
});

describe('hand-counted 2027 edges: the same day and the next working day', () => {
  it.each<Row>([
    // Thu 4/2/2027 15:30, after the 15:00 cutoff: the next working day is Fri 12/2 (Tết and days in lieu before it).
    ['2027-02-04 15:30', 'trong ngày', '15:00', '2027-02-12 17:00'],
    // Thu 15/4/2027 16:00: Fri 16/4 Hùng Kings, weekend; Mon 19/4.
    ['2027-04-15 16:00', 'trong ngày', '15:00', '2027-04-19 17:00'],
    // Thu 31/12/2026 14:00, before the cutoff: the same day.
    ['2026-12-31 14:00', 'trong ngày', '15:00', '2026-12-31 17:00'],
    // Wed 1/9/2027 15:01: Thu 2/9, Fri 3/9 off, weekend; Mon 6/9.
    ['2027-09-01 15:01', 'trong ngày', '15:00', '2027-09-06 17:00'],
    // Thu 29/4/2027: the next working day after Fri 30/4, the weekend and Mon 3/5 in lieu is Tue 4/5.
    ['2027-04-29 10:00', 'Trong ngày làm việc tiếp theo', undefined, '2027-05-04 17:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });
});
