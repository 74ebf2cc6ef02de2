import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/model/duration.js';
import { createCalendar } from '../../src/time/calendar.js';
import { limitDue } from '../../src/time/due.js';
import { at, show } from './helpers.js';

// Due dates counted by hand, without procmap, from /work/shared/notes/vietnam.md on the default calendar: office hours
// 07:30–11:30 and 13:00–17:00, Monday to Friday (8 h = 1 working day). Days off as announced:
// 2025: Wed 1/1; Tết off Sat 25/1 – Sun 2/2; Hùng Kings Mon 7/4; off Wed 30/4 – Sun 4/5 with Fri 2/5 made up on Sat
//   26/4; National Day off Sat 30/8 – Tue 2/9 (6150/TB-LĐTBXH).
// 2026: off Thu 1/1 – Sun 4/1, Fri 2/1 made up on Sat 10/1 (12729/VPCP-KGVX); Tết off Sat 14/2 – Sun 22/2; Hùng Kings
//   Sun 26/4, Mon 27/4 in lieu; Thu 30/4, Fri 1/5; National Day off Sat 29/8 – Wed 2/9, Mon 31/8 made up on Sat 22/8
//   (9441/TB-BNV).
// 2027, not announced: the Labour Code's days (Fri 1/1; Tết: Fri 5/2 the last day of the lunar year, Sat 6/2 – Tue 9/2,
//   Wed 10/2 and Thu 11/2 in lieu of Sat 6/2 and Sun 7/2).
// Calendar days and months (Civil Code 2015, Art. 147–148) start the day after the day of receipt, whatever the hour,
// and a last day off moves to the close of the next working day.
const vietnam = createCalendar();
const due = (received: string, limit: string, cutoff?: string) => {
  const duration = parseDuration(limit);
  if (duration === undefined) throw new Error(`Bad limit in test: ${limit}`);
  return show(limitDue(vietnam, at(received), duration, cutoff));
};

type Row = [received: string, limit: string, cutoff: string | undefined, expected: string];

describe('hand-counted due dates: working days and hours', () => {
  it.each<Row>([
    // Fri 13/2/2026 09:00: 6.5 h; Tết; Mon 23 – Thu 26/2 32 h (38.5 h); 1.5 h on Fri 27/2.
    ['2026-02-13 09:00', '5 ngày làm việc', undefined, '2026-02-27 09:00'],
    // Thu 12/2 15:00: 2 h; Fri 13/2 07:30–11:30 4 h, 13:00–15:00 2 h.
    ['2026-02-12 15:00', '1 ngày làm việc', undefined, '2026-02-13 15:00'],
    // Fri 13/2 16:00: 1 h; Mon 23/2 8 h; Tue 24/2 4 h + 3 h.
    ['2026-02-13 16:00', '2 ngày làm việc', undefined, '2026-02-24 16:00'],
    // The same after a 15:00 cutoff: counting starts Mon 23/2 07:30, two whole days end Tue 24/2 at closing.
    ['2026-02-13 16:00', '2 ngày làm việc', '15:00', '2026-02-24 17:00'],
    // 15:00 sharp is not after a 15:00 cutoff: 2 h on Wed 11/3, Thu 12/3 8 h, Fri 13/3 07:30 + 6 h. A minute later,
    // counting starts Thu 12/3 07:30 and two whole days end Fri 13/3 at closing.
    ['2026-03-11 15:00', '2 ngày làm việc', '15:00', '2026-03-13 15:00'],
    ['2026-03-11 15:01', '2 ngày làm việc', '15:00', '2026-03-13 17:00'],
    // After the cutoff on Fri 24/4/2026: Mon 27/4 in lieu of Hùng Kings, so a whole Tue 28/4.
    ['2026-04-24 15:30', '01 ngày làm việc', '15:00', '2026-04-28 17:00'],
    // Received Sat 14/2, inside Tết: counting starts Mon 23/2 07:30; 8 h end at closing, not at the next opening.
    ['2026-02-14 10:00', '1 ngày làm việc', undefined, '2026-02-23 17:00'],
    // After the afternoon's end on Fri 13/2: the same.
    ['2026-02-13 17:30', '1 ngày làm việc', undefined, '2026-02-23 17:00'],
    // Received 17:00 sharp: the office has closed; Thu 12/3 07:30 + 8 h.
    ['2026-03-11 17:00', '1 ngày làm việc', undefined, '2026-03-12 17:00'],
    // At the noon break: counting starts 13:00, 4 h end 17:00 exactly.
    ['2026-03-11 12:00', '4 giờ làm việc', undefined, '2026-03-11 17:00'],
    // 11:30 sharp is the morning's close: 13:00 + 4 h.
    ['2026-03-11 11:30', '4 giờ làm việc', undefined, '2026-03-11 17:00'],
    // 07:30 + 4 h ends exactly at 11:30, not at 13:00.
    ['2026-03-11 07:30', '4 giờ làm việc', undefined, '2026-03-11 11:30'],
    // Half a day is 4 h: 13:00 + 4 h = 17:00; from 15:00, 2 h that day and 2 h on Wed 11/3.
    ['2026-03-10 13:00', '0,5 ngày làm việc', undefined, '2026-03-10 17:00'],
    ['2026-03-10 15:00', '0,5 ngày làm việc', undefined, '2026-03-11 09:30'],
    // Sun 8/3: counting starts Mon 9/3 07:30, + 2 h.
    ['2026-03-08 10:00', '2 giờ làm việc', undefined, '2026-03-09 09:30'],
    // Fri 13/2 15:00: 2 h; Tết; Mon 23/2 07:30 + 2 h.
    ['2026-02-13 15:00', '4 giờ làm việc', undefined, '2026-02-23 09:30'],
    // Wed 29/4/2026 13:00: 4 h; Thu 30/4, Fri 1/5 and the weekend off; Mon 4/5 07:30 + 4 h.
    ['2026-04-29 13:00', '8 giờ làm việc', undefined, '2026-05-04 11:30'],
    // Hùng Kings 2025: Fri 4/4 09:00 6.5 h; Mon 7/4 off; Tue 8/4 07:30 + 1.5 h.
    ['2025-04-04 09:00', '1 ngày làm việc', undefined, '2025-04-08 09:00'],
    // Hùng Kings 2026 (Mon 27/4 in lieu) and 30/4 – 1/5: working days after Fri 24/4: Tue 28, Wed 29, Mon 4/5 – Fri
    // 8/5, Mon 11 – Fri 15/5, Mon 18, Tue 19, Wed 20/5 the 15th.
    ['2026-04-24 10:00', '15 ngày làm việc', undefined, '2026-05-20 10:00'],
    // 30/4 – 1/5/2025: Tue 29/4 09:00 6.5 h; off Wed 30/4 – Sun 4/5; Mon 5/5 + 1.5 h.
    ['2025-04-29 09:00', '1 ngày làm việc', undefined, '2025-05-05 09:00'],
    // Fri 25/4/2025 09:00: 6.5 h; the make-up Saturday 26/4 is a working day, + 1.5 h.
    ['2025-04-25 09:00', '1 ngày làm việc', undefined, '2025-04-26 09:00'],
    // 2/9/2025: Fri 29/8 14:00 3 h; off Sat 30/8 – Tue 2/9; Wed 3/9 07:30 + 5 h (4 h to 11:30, 1 h from 13:00).
    ['2025-08-29 14:00', '1 ngày làm việc', undefined, '2025-09-03 14:00'],
    // 2/9/2026: Fri 21/8 16:00 1 h; the make-up Saturday 22/8, + 7 h (4 h to 11:30, 3 h from 13:00).
    ['2026-08-21 16:00', '1 ngày làm việc', undefined, '2026-08-22 16:00'],
    // Fri 28/8/2026 11:30: 4 h that afternoon; off Sat 29/8 – Wed 2/9; Thu 3/9 8 h; Fri 4/9 4 h.
    ['2026-08-28 11:30', '2 ngày làm việc', undefined, '2026-09-04 11:30'],
    // New Year 2026: Wed 31/12/2025 09:00 6.5 h; off Thu 1/1 – Sun 4/1; Mon 5/1 8 h; Tue 6/1 + 1.5 h.
    ['2025-12-31 09:00', '2 ngày làm việc', undefined, '2026-01-06 09:00'],
    // Fri 9/1/2026 09:00: 6.5 h; the make-up Saturday 10/1, + 1.5 h.
    ['2026-01-09 09:00', '1 ngày làm việc', undefined, '2026-01-10 09:00'],
    // Thu 24/12/2026: the 5th working day after it is Thu 31/12 (Fri 25, Mon 28, Tue 29, Wed 30, Thu 31).
    ['2026-12-24 09:00', '5 ngày làm việc', undefined, '2026-12-31 09:00'],
    // Into 2027: Thu 31/12/2026 09:00 6.5 h; Fri 1/1/2027 off (Labour Code); Mon 4/1 + 1.5 h.
    ['2026-12-31 09:00', '1 ngày làm việc', undefined, '2027-01-04 09:00'],
    // Wed 30/12/2026 10:00: Thu 31/12 (1), Mon 4/1 (2), Tue 5/1 (3).
    ['2026-12-30 10:00', '3 ngày làm việc', undefined, '2027-01-05 10:00'],
    // Tết 2027 as the Labour Code gives it: Thu 4/2 09:00 6.5 h; off Fri 5/2 – Thu 11/2; Fri 12/2 + 1.5 h.
    ['2027-02-04 09:00', '1 ngày làm việc', undefined, '2027-02-12 09:00'],
    // Wed 30/12/2026: Thu 31/12 (1), 4–8/1 (6), 11–15 (11), 18–22 (16), 25–29 (21), 1–4/2 (25), Fri 12/2 (26),
    // Mon 15 – Thu 18/2 (30).
    ['2026-12-30 09:00', '30 ngày làm việc', undefined, '2027-02-18 09:00'],
    // 1.5 d = 12 h from Tue 10/3/2026 09:00: 6.5 h that day; Wed 11/3 4 h to 11:30, 1.5 h from 13:00.
    ['2026-03-10 09:00', '1,5 ngày làm việc', undefined, '2026-03-11 14:30'],
    // Half a day from 11:30 sharp: 13:00 + 4 h; 4 h from 11:29: 1 minute, then 13:00 + 3 h 59 min.
    ['2026-03-11 11:30', '0,5 ngày làm việc', undefined, '2026-03-11 17:00'],
    ['2026-03-11 11:29', '4 giờ làm việc', undefined, '2026-03-11 16:59'],
    // Received on the make-up Saturday 22/8/2026 09:00: 6.5 h that day; Mon 24/8 + 1.5 h.
    ['2026-08-22 09:00', '1 ngày làm việc', undefined, '2026-08-24 09:00'],
    // Received Wed 29/1/2025, Tết (off to Sun 2/2): counting starts Mon 3/2; ten whole days end Fri 14/2 at closing.
    ['2025-01-29 09:00', '10 ngày làm việc', undefined, '2025-02-14 17:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });
});

describe('hand-counted due dates: calendar days and months (Civil Code Art. 147–148)', () => {
  it.each<Row>([
    // Day 1 is Tue 10/2; day 10 Thu 19/2, in Tết (off to Sun 22/2): Mon 23/2.
    ['2026-02-09 10:00', '10 ngày lịch', undefined, '2026-02-23 17:00'],
    // Received Fri 13/2 after closing, still that day: day 10 is Mon 23/2.
    ['2026-02-13 17:30', '10 ngày lịch', undefined, '2026-02-23 17:00'],
    // Mon 20/4/2026: day 7 is Mon 27/4, in lieu of Hùng Kings: Tue 28/4.
    ['2026-04-20 09:00', '7 ngày lịch', undefined, '2026-04-28 17:00'],
    // Thu 23/4/2026: day 7 is Thu 30/4; Fri 1/5 and the weekend off: Mon 4/5.
    ['2026-04-23 10:00', '7 ngày lịch', undefined, '2026-05-04 17:00'],
    // Mon 24/8/2026: day 7 is Mon 31/8 (swapped off); 1/9, 2/9 off: Thu 3/9.
    ['2026-08-24 10:00', '7 ngày lịch', undefined, '2026-09-03 17:00'],
    // Mon 25/8/2025: day 7 is Mon 1/9; Tue 2/9 off: Wed 3/9.
    ['2025-08-25 09:00', '7 ngày lịch', undefined, '2025-09-03 17:00'],
    // Mon 2/3/2026: day 5 is Sat 7/3: Mon 9/3.
    ['2026-03-02 09:00', '5 ngày lịch', undefined, '2026-03-09 17:00'],
    // Received Sun 15/3/2026, that day: day 3 is Wed 18/3.
    ['2026-03-15 10:00', '3 ngày lịch', undefined, '2026-03-18 17:00'],
    // Mon 31/3/2025: day 30 is Wed 30/4; off to Sun 4/5: Mon 5/5.
    ['2025-03-31 09:00', '30 ngày lịch', undefined, '2025-05-05 17:00'],
    // Into 2027: Fri 18/12/2026 + 15 days = Sat 2/1/2027: Mon 4/1.
    ['2026-12-18 10:00', '15 ngày lịch', undefined, '2027-01-04 17:00'],
    // Tue 31/3/2026 + 1 month: April has no 31st, so Thu 30/4; Fri 1/5 and the weekend off: Mon 4/5.
    ['2026-03-31 09:00', '01 tháng', undefined, '2026-05-04 17:00'],
    // Fri 16/1/2026 + 1 month = Mon 16/2, in Tết: Mon 23/2.
    ['2026-01-16 10:00', '01 tháng', undefined, '2026-02-23 17:00'],
    // Received Fri 31/1/2025, in Tết: + 1 month = 28/2/2025 (no 31st), a Friday.
    ['2025-01-31 10:00', '01 tháng', undefined, '2025-02-28 17:00'],
    // Received Sat 31/1/2026: + 1 month = Sat 28/2 (no 31st): Mon 2/3.
    ['2026-01-31 10:00', '01 tháng', undefined, '2026-03-02 17:00'],
    // Wed 31/12/2025 + 2 months = 28/2/2026 (no 31st), a Saturday: Mon 2/3.
    ['2025-12-31 09:00', '02 tháng', undefined, '2026-03-02 17:00'],
    // After a cutoff the day of receipt still counts: Tue 27/1/2026 + 1 month = Fri 27/2.
    ['2026-01-27 16:00', '01 tháng', '15:00', '2026-02-27 17:00'],
    // Wed 29/7/2026 + 1 month = Sat 29/8, the National Day break (to Wed 2/9, Mon 31/8 swapped): Thu 3/9.
    ['2026-07-29 09:00', '01 tháng', undefined, '2026-09-03 17:00'],
    // Fri 31/7/2026 + 1 month = Mon 31/8, swapped off: Thu 3/9.
    ['2026-07-31 09:00', '01 tháng', undefined, '2026-09-03 17:00'],
    // Fri 7/3/2025 + 1 month = Mon 7/4, Hùng Kings: Tue 8/4.
    ['2025-03-07 09:00', '01 tháng', undefined, '2025-04-08 17:00'],
    // Mon 30/11/2026 + 1 month = Wed 30/12.
    ['2026-11-30 09:00', '01 tháng', undefined, '2026-12-30 17:00'],
    // Wed 2/12/2026 + 1 month = Sat 2/1/2027: Mon 4/1.
    ['2026-12-02 09:00', '01 tháng', undefined, '2027-01-04 17:00'],
    // Wed 30/12/2026 + 1 month = Sat 30/1/2027: Mon 1/2.
    ['2026-12-30 09:00', '01 tháng', undefined, '2027-02-01 17:00'],
    // Received Tue 2/9/2025, National Day: + 1 month = Thu 2/10.
    ['2025-09-02 10:00', '01 tháng', undefined, '2025-10-02 17:00'],
    // Received Sun 26/4/2026, Hùng Kings: + 1 month = Tue 26/5.
    ['2026-04-26 09:00', '01 tháng', undefined, '2026-05-26 17:00'],
    // Received on the make-up Saturday 22/8/2026: day 7 is Sat 29/8, off to Wed 2/9: Thu 3/9.
    ['2026-08-22 09:00', '7 ngày lịch', undefined, '2026-09-03 17:00'],
    // Thu 31/12/2026 + 3 months = Wed 31/3/2027.
    ['2026-12-31 09:00', '3 tháng', undefined, '2027-03-31 17:00'],
    // Wed 30/12/2026 + 45 days = Sat 13/2/2027: Mon 15/2 (Tết 2027 as the Labour Code gives it ends Thu 11/2).
    ['2026-12-30 09:00', '45 ngày lịch', undefined, '2027-02-15 17:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });
});

describe('hand-counted due dates: the same day and the next working day', () => {
  it.each<Row>([
    // After the 15:00 cutoff on Fri 13/2/2026: the next working day is Mon 23/2, after Tết.
    ['2026-02-13 15:30', 'trong ngày', '15:00', '2026-02-23 17:00'],
    ['2026-02-13 14:59', 'trong ngày', '15:00', '2026-02-13 17:00'],
    // 15:00 sharp is not after the cutoff.
    ['2026-08-28 15:00', 'trong ngày', '15:00', '2026-08-28 17:00'],
    // Sat 25/4/2026: Sun 26/4, Mon 27/4 (in lieu) off: Tue 28/4.
    ['2026-04-25 09:00', 'trong ngày', '15:00', '2026-04-28 17:00'],
    // After the cutoff on Wed 29/4/2026: Mon 4/5.
    ['2026-04-29 16:00', 'trong ngày', '15:00', '2026-05-04 17:00'],
    // At the noon break: counting starts 13:00, that day.
    ['2026-03-11 12:15', 'trong ngày', '15:00', '2026-03-11 17:00'],
    // After the cutoff on Fri 29/8/2025: off to Tue 2/9: Wed 3/9.
    ['2025-08-29 15:01', 'trong ngày', '15:00', '2025-09-03 17:00'],
    // The make-up Saturday 10/1/2026 is a working day.
    ['2026-01-10 09:00', 'trong ngày', '15:00', '2026-01-10 17:00'],
    // After the cutoff on Thu 31/12/2026: Fri 1/1/2027 off (Labour Code), the weekend: Mon 4/1.
    ['2026-12-31 15:30', 'trong ngày', '15:00', '2027-01-04 17:00'],
    // After the cutoff on the make-up Saturday 10/1/2026: Mon 12/1.
    ['2026-01-10 16:00', 'trong ngày', '15:00', '2026-01-12 17:00'],
    // After the cutoff on Fri 4/4/2025: Mon 7/4 is Hùng Kings: Tue 8/4.
    ['2025-04-04 15:30', 'trong ngày', '15:00', '2025-04-08 17:00'],
    // After the cutoff on Wed 31/12/2025: off Thu 1/1 – Sun 4/1: Mon 5/1.
    ['2025-12-31 15:30', 'trong ngày', '15:00', '2026-01-05 17:00'],
    // Received Wed 30/4/2025, a holiday (off to Sun 4/5): Mon 5/5.
    ['2025-04-30 10:00', 'trong ngày', '15:00', '2025-05-05 17:00'],
    // After the cutoff on Fri 25/4/2025: the make-up Saturday 26/4.
    ['2025-04-25 16:00', 'trong ngày', '15:00', '2025-04-26 17:00'],
    // Without a cutoff, 17:00 sharp is after closing: the next working day.
    ['2026-03-11 17:00', 'trong ngày', undefined, '2026-03-12 17:00'],
    // The working day after Wed 29/4/2026: Mon 4/5; after Fri 24/4: Tue 28/4 (Mon 27/4 in lieu).
    ['2026-04-29 09:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-05-04 17:00'],
    ['2026-04-24 10:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-04-28 17:00'],
    // Thu 12/2/2026 after closing is still received on Thu 12/2: Fri 13/2.
    ['2026-02-12 16:30', 'Trong ngày làm việc tiếp theo', undefined, '2026-02-13 17:00'],
    ['2026-02-13 10:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-02-23 17:00'],
    ['2026-02-13 10:00', 'Buổi sáng ngày làm việc tiếp theo', undefined, '2026-02-23 11:30'],
    // Fri 21/8/2026: the make-up Saturday 22/8 is the next working day.
    ['2026-08-21 10:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-08-22 17:00'],
    // Received on a day off: the day of receipt is that day (Sat 29/8/2026; Sat 14/2/2026), so the next working day
    // is the first one after it, Thu 3/9 and Mon 23/2 (it was counted from the next opening, a day later).
    ['2026-08-29 09:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-09-03 17:00'],
    ['2026-02-14 09:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-02-23 17:00'],
    // Into 2027: the working day after Thu 31/12/2026 is Mon 4/1/2027.
    ['2026-12-31 10:00', 'Trong ngày làm việc tiếp theo', undefined, '2027-01-04 17:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });
});
