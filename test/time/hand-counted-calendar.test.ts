import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/model/duration.js';
import { createCalendar } from '../../src/time/calendar.js';
import { limitDue, receiptStart } from '../../src/time/due.js';
import { at, dueOf, show } from './helpers.js';

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
const due = (received: string, limit: string, cutoff?: string) => dueOf(vietnam, received, limit, cutoff);

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

// Sources of the days off below, one key per row's comment: [9441] Thông báo 9441/TB-BNV, 16/10/2025 (Tết and
// National Day 2026, the 31/8 swap made up on Sat 22/8); [12729] Văn bản 12729/VPCP-KGVX, 25/12/2025 (Fri 2/1/2026
// swapped, made up on Sat 10/1); [LC112] Labour Code 2019, Art. 112(1) (1/1, Tết, Hùng Kings, 30/4, 1/5, 2/9 and a day
// beside it; 2027 is not announced, so its days are the law's as procmap computes them: Tết off Fri 5/2 – Thu 11/2,
// Hùng Kings Fri 16/4, Fri 30/4, Sat 1/5, 2/9 Thu and Fri 3/9); [LC111] Art. 111(3) (a holiday on a weekend gives the
// next working day off: Mon 27/4/2026; Wed 10 and Thu 11/2/2027; Mon 3/5/2027); [QĐ188] QĐ 188/1999/QĐ-TTg
// (Saturday and Sunday off); [CC148] Civil Code 2015, Art. 147–148 (day 1 is the day after receipt; a month ends on
// the same date, or the month's last day; a last day off moves to the close of the next working day).
describe('hand-counted due dates: 2026–2027 holidays, make-up Saturdays and edges of the day', () => {
  it.each<Row>([
    // Giỗ Tổ 2027: Thu 15/4 09:00 6.5 h; Fri 16/4 off [LC112]; Sat 17, Sun 18 [QĐ188]; Mon 19/4 8 h (14.5 h); Tue
    // 20/4 07:30 + 1.5 h.
    ['2027-04-15 09:00', '2 ngày làm việc', undefined, '2027-04-20 09:00'],
    // 30/4–1/5 2027: Thu 29/4 14:00 3 h; Fri 30/4 [LC112], Sat 1/5 [LC112], Sun 2/5 [QĐ188], Mon 3/5 in lieu of 1/5
    // [LC111]; Tue 4/5 07:30–11:30 4 h (7 h), 13:00–14:00 1 h.
    ['2027-04-29 14:00', '1 ngày làm việc', undefined, '2027-05-04 14:00'],
    // 2/9/2027 and its added day: Wed 1/9 10:00 5.5 h; Thu 2/9, Fri 3/9 [LC112]; Sat, Sun [QĐ188]; Mon 6/9 8 h
    // (13.5 h); Tue 7/9 8 h (21.5 h); Wed 8/9 07:30 + 2.5 h.
    ['2027-09-01 10:00', '3 ngày làm việc', undefined, '2027-09-08 10:00'],
    // Tết 2027: Tue 2/2 09:00 6.5 h; Wed 3/2 8 h (14.5); Thu 4/2 8 h (22.5); Fri 5/2 – Thu 11/2 off [LC112, LC111];
    // Fri 12/2 8 h (30.5); Sat 13, Sun 14 [QĐ188]; Mon 15/2 8 h (38.5); Tue 16/2 07:30 + 1.5 h.
    ['2027-02-02 09:00', '5 ngày làm việc', undefined, '2027-02-16 09:00'],
    // Received on Mon 8/2/2027, a Tết holiday [LC112]: off to Thu 11/2 [LC111]; Fri 12/2 07:30 + 4 h.
    ['2027-02-08 10:00', '04 giờ làm việc', undefined, '2027-02-12 11:30'],
    // A bare "08 giờ" is working hours, as one-stop software counts it: Fri 28/8/2026 13:00 4 h; Sat 29/8 – Wed 2/9
    // off [9441]; Thu 3/9 07:30 + 4 h.
    ['2026-08-28 13:00', '08 giờ', undefined, '2026-09-03 11:30'],
    // 16:59, 17:00 and 17:01 on Wed 11/3/2026 under 4 working hours: 1 minute, then Thu 12/3 07:30 + 3 h 59 min;
    // 17:00 sharp and 17:01 are after closing: Thu 12/3 07:30 + 4 h.
    ['2026-03-11 16:59', '04 giờ làm việc', undefined, '2026-03-12 11:29'],
    ['2026-03-11 17:00', '04 giờ làm việc', undefined, '2026-03-12 11:30'],
    ['2026-03-11 17:01', '04 giờ làm việc', undefined, '2026-03-12 11:30'],
    // One working day from 16:59: 1 minute; Thu 12/3 4 h to 11:30, 3 h 59 min from 13:00.
    ['2026-03-11 16:59', '1 ngày làm việc', undefined, '2026-03-12 16:59'],
    // At lunch (12:00): half a day ("1/2 ngày", 4 h) from 13:00 ends at 17:00.
    ['2026-03-11 12:00', '1/2 ngày', undefined, '2026-03-11 17:00'],
    // Half a day from Fri 28/8/2026 15:00: 2 h; Sat 29/8 – Wed 2/9 off [9441]; Thu 3/9 07:30 + 2 h.
    ['2026-08-28 15:00', '1/2 ngày làm việc', undefined, '2026-09-03 09:30'],
    // Half a day received on the make-up Saturday 22/8/2026 [9441] at 10:00: 1.5 h to 11:30, 13:00 + 2.5 h.
    ['2026-08-22 10:00', '1/2 ngày', undefined, '2026-08-22 15:30'],
    // Fri 9/1/2026 16:00: 1 h; Sat 10/1 is made up for Fri 2/1 [12729], 8 h (9 h); Sun 11/1 [QĐ188]; Mon 12/1 4 h
    // (13 h), 13:00 + 3 h.
    ['2026-01-09 16:00', '2 ngày làm việc', undefined, '2026-01-12 16:00'],
    // Received Sun 11/1/2026 [QĐ188]: Mon 12/1 07:30 + 8 h.
    ['2026-01-11 10:00', '1 ngày làm việc', undefined, '2026-01-12 17:00'],
    // Wed 31/12/2025 16:00: 1 h; Thu 1/1 [LC112], Fri 2/1 [12729], Sat 3, Sun 4 [QĐ188]; Mon 5/1 07:30 + 3 h.
    ['2025-12-31 16:00', '04 giờ làm việc', undefined, '2026-01-05 10:30'],
    // Received on the swapped Fri 2/1/2026 [12729]: Mon 5/1 07:30 + 8 h.
    ['2026-01-02 09:00', '1 ngày làm việc', undefined, '2026-01-05 17:00'],
    // Giỗ Tổ 2026: Fri 24/4 16:00 1 h; Sat 25 [QĐ188], Sun 26/4 Hùng Kings [LC112], Mon 27/4 in lieu [LC111]; Tue
    // 28/4 07:30 + 3 h.
    ['2026-04-24 16:00', '04 giờ làm việc', undefined, '2026-04-28 10:30'],
    // Wed 29/4/2026 16:00: 1 h; Thu 30/4, Fri 1/5 [LC112], Sat, Sun [QĐ188]; Mon 4/5 4 h to 11:30 (5 h), 13:00 + 3 h.
    ['2026-04-29 16:00', '1 ngày làm việc', undefined, '2026-05-04 16:00'],
    // From Fri 21/8/2026 09:00, the 10th working day at 09:00: Sat 22/8 (1, make-up [9441]), Mon 24 (2), Tue 25 (3),
    // Wed 26 (4), Thu 27 (5), Fri 28 (6), Sat 29/8 – Wed 2/9 off [9441], Thu 3/9 (7), Fri 4/9 (8), Mon 7/9 (9), Tue
    // 8/9 (10).
    ['2026-08-21 09:00', '10 ngày làm việc', undefined, '2026-09-08 09:00'],
    // Tết 2026: from Wed 11/2 10:00, Thu 12/2 (1), Fri 13/2 (2), Sat 14/2 – Sun 22/2 off [9441], Mon 23/2 (3).
    ['2026-02-11 10:00', '3 ngày làm việc', undefined, '2026-02-23 10:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });

  it.each<Row>([
    // Thu 28/1/2027: day 1 Fri 29/1 … day 10 Sun 7/2, inside Tết (off Fri 5/2 – Thu 11/2 [LC112, LC111]) [CC148]: Fri
    // 12/2.
    ['2027-01-28 10:00', '10 ngày lịch', undefined, '2027-02-12 17:00'],
    // Received Sat 1/5/2027, a holiday on a weekend: day 1 Sun 2/5, day 5 Thu 6/5 [CC148] (Mon 3/5, in lieu [LC111],
    // is counted: calendar days count every day).
    ['2027-05-01 09:00', '5 ngày lịch', undefined, '2027-05-06 17:00'],
    // Fri 27/8/2027: day 1 Sat 28/8 … day 7 Fri 3/9, the day beside 2/9 [LC112]; Sat, Sun [QĐ188]: Mon 6/9.
    ['2027-08-27 10:00', '7 ngày lịch', undefined, '2027-09-06 17:00'],
    // Tue 21/4/2026: day 5 Sun 26/4, Hùng Kings [LC112]; Mon 27/4 in lieu [LC111]: Tue 28/4.
    ['2026-04-21 10:00', '5 ngày lịch', undefined, '2026-04-28 17:00'],
    // Fri 7/8/2026: day 15 Sat 22/8, a make-up working day [9441], no day off: the period ends that day [CC148].
    ['2026-08-07 10:00', '15 ngày lịch', undefined, '2026-08-22 17:00'],
    // Fri 29/1/2027 + 1 month: February 2027 has no 29th, so Sun 28/2 [CC148]; Mon 1/3.
    ['2027-01-29 10:00', '01 tháng', undefined, '2027-03-01 17:00'],
    // Thu 29/1/2026 + 1 month: Sat 28/2/2026 (no 29th) [CC148, QĐ188]: Mon 2/3.
    ['2026-01-29 10:00', '01 tháng', undefined, '2026-03-02 17:00'],
    // Received Fri 30/4/2027, a holiday [LC112]: + 1 month = Sun 30/5 [QĐ188]: Mon 31/5.
    ['2027-04-30 10:00', '01 tháng', undefined, '2027-05-31 17:00'],
    // Mon 31/5/2027 + 1 month: June has no 31st, so Wed 30/6 [CC148].
    ['2027-05-31 10:00', '01 tháng', undefined, '2027-06-30 17:00'],
    // Mon 2/8/2027 + 1 month = Thu 2/9 [LC112]; Fri 3/9 [LC112]; Sat, Sun [QĐ188]: Mon 6/9.
    ['2027-08-02 10:00', '01 tháng', undefined, '2027-09-06 17:00'],
    // Wed 30/12/2026 + 2 months: February 2027 has no 30th, so Sun 28/2/2027 [CC148]: Mon 1/3.
    ['2026-12-30 10:00', '02 tháng', undefined, '2027-03-01 17:00'],
    // Tue 29/12/2026 + 1 month = Fri 29/1/2027, a working day.
    ['2026-12-29 10:00', '01 tháng', undefined, '2027-01-29 17:00'],
    // Tue 16/3/2027 + 1 month = Fri 16/4, Hùng Kings [LC112]; Sat, Sun [QĐ188]: Mon 19/4.
    ['2027-03-16 10:00', '01 tháng', undefined, '2027-04-19 17:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });

  it.each<Row>([
    // "Trong ngày" before 16:59 closes the same day; 17:01 is after closing, the next working day Thu 12/3/2026.
    ['2026-03-11 16:59', 'trong ngày', undefined, '2026-03-11 17:00'],
    ['2026-03-11 17:01', 'trong ngày', undefined, '2026-03-12 17:00'],
    // A noon cutoff (11:00): 11:00 sharp is not after it, the same day; 11:01 is, Thu 12/3.
    ['2026-03-11 11:00', 'trong ngày', '11:00', '2026-03-11 17:00'],
    ['2026-03-11 11:01', 'trong ngày', '11:00', '2026-03-12 17:00'],
    // A 12:00 cutoff inside the lunch break: 12:00 is not after it, counted from 13:00 that day; 12:01 is, Thu 12/3.
    ['2026-03-11 12:00', 'trong ngày', '12:00', '2026-03-11 17:00'],
    ['2026-03-11 12:01', 'trong ngày', '12:00', '2026-03-12 17:00'],
    // After an 11:00 cutoff on Thu 29/4/2027: Fri 30/4, Sat 1/5 [LC112], Sun 2/5 [QĐ188], Mon 3/5 [LC111]: Tue 4/5.
    ['2027-04-29 11:30', 'trong ngày', '11:00', '2027-05-04 17:00'],
    // Received on Wed 10/2/2027, in lieu of Tết [LC111] (off to Thu 11/2): Fri 12/2.
    ['2027-02-10 09:00', 'trong ngày', undefined, '2027-02-12 17:00'],
    // Received Sun 7/3/2027 [QĐ188]: Mon 8/3.
    ['2027-03-07 09:00', 'trong ngày', undefined, '2027-03-08 17:00'],
    // 17:00 on the make-up Saturday 22/8/2026 [9441], after a 15:00 cutoff: Sun 23/8 [QĐ188]: Mon 24/8.
    ['2026-08-22 17:00', 'trong ngày', '15:00', '2026-08-24 17:00'],
    // The morning after Thu 29/4/2027: Fri 30/4 – Mon 3/5 off [LC112, LC111, QĐ188]: Tue 4/5, the morning's close.
    ['2027-04-29 10:00', 'Buổi sáng ngày làm việc tiếp theo', undefined, '2027-05-04 11:30'],
    // The working day after Wed 1/9/2027: Thu 2/9, Fri 3/9 [LC112], the weekend [QĐ188]: Mon 6/9.
    ['2027-09-01 10:00', 'Trong ngày làm việc tiếp theo', undefined, '2027-09-06 17:00'],
    // The working day after Fri 9/1/2026 is the make-up Saturday 10/1 [12729].
    ['2026-01-09 10:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-01-10 17:00'],
  ])('received %s, limit "%s" (cutoff %s): due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });
});

// An office that also serves on Saturday mornings (07:30–11:30): those hours are office time for working hours and
// days (the office clock), but no working day in law (QĐ 188/1999/QĐ-TTg: Monday to Friday), so a same-day limit
// received when the office is closed counts from the next working day (Decree 23/2015/NĐ-CP, Art. 7(1)), and its
// start (where `time` plans the steps from) is that day's opening, as its due is that day's close.
describe('hand-counted starts and due dates: an office open on Saturday mornings', () => {
  const saturday = createCalendar({ saturday: ['07:30-11:30'] });
  type StartRow = [received: string, limit: string, cutoff: string | undefined, start: string, due: string];
  it.each<StartRow>([
    // Fri 4/12/2026 17:30, after closing: Sat 5/12 opens but is no working day, Sun 6/12 off: Mon 7/12.
    ['2026-12-04 17:30', 'trong ngày', undefined, '2026-12-07 07:30', '2026-12-07 17:00'],
    // After a 15:00 cutoff on Friday: the same Monday.
    ['2026-12-04 15:30', 'trong ngày', '15:00', '2026-12-07 07:30', '2026-12-07 17:00'],
    // Received during the Saturday morning: served that day, due at its close, 11:30.
    ['2026-12-05 09:00', 'trong ngày', undefined, '2026-12-05 09:00', '2026-12-05 11:30'],
    // After the Saturday close (12:00): Mon 7/12.
    ['2026-12-05 12:00', 'trong ngày', undefined, '2026-12-07 07:30', '2026-12-07 17:00'],
    // Fri 28/8/2026 17:30: the National Day break (Sat 29/8 – Wed 2/9, 9441/TB-BNV) closes the Saturday too: Thu 3/9.
    ['2026-08-28 17:30', 'trong ngày', undefined, '2026-09-03 07:30', '2026-09-03 17:00'],
    // Working hours run on the office clock, Saturday morning included: Sat 5/12 07:30 + 4 h ends 11:30.
    ['2026-12-04 17:30', '04 giờ làm việc', undefined, '2026-12-05 07:30', '2026-12-05 11:30'],
    // One working day (8 h): Sat 5/12 4 h, Mon 7/12 07:30 + 4 h.
    ['2026-12-04 17:30', '1 ngày làm việc', undefined, '2026-12-05 07:30', '2026-12-07 11:30'],
  ])('received %s, limit "%s" (cutoff %s): starts %s, due %s', (received, limit, cutoff, start, expected) => {
    const duration = parseDuration(limit)!;
    expect(show(receiptStart(saturday, at(received), cutoff, duration).start)).toBe(start);
    expect(show(limitDue(saturday, at(received), duration, cutoff))).toBe(expected);
  });
});
