import { describe, expect, it } from 'vitest';
import { nextDayDue } from '../../src/model/next-day-due.js';
import { parseDuration, readDuration } from '../../src/model/duration.js';
import { createCalendar } from '../../src/time/calendar.js';
import { judge } from '../../src/ontime/judge.js';
import { limitDue, receiptStart } from '../../src/time/due.js';
import { dueAtNamedHour } from '../../src/time/next-day-end.js';
import { OfficeMinutes } from '../../src/time/office-index.js';
import { at, dueOf, show } from './helpers.js';

// The default calendar: 07:30–11:30, 13:00–17:00, Monday to Friday. Mon 07/12/2026 and Tue 08/12/2026 are working days.
const vietnam = createCalendar();
const due = (received: string, limit: string, cutoff?: string) => dueOf(vietnam, received, limit, cutoff);

const TEN = 'Trong ngày; nếu tiếp nhận sau 15h thì trả kết quả trước 10 giờ ngày làm việc tiếp theo';
const MORNING =
  'Trong ngày làm việc; trường hợp tiếp nhận sau 15 giờ 30 phút thì trả kết quả vào buổi sáng ngày làm việc tiếp theo';

describe('a same-day limit whose next-day clause gives an hour', () => {
  it.each([
    // After the cutoff: the hour the clause names on the next working day, never that day's close.
    ['2026-12-07 16:00', TEN, '15:00', '2026-12-08 10:00'],
    ['2026-12-07 16:00', MORNING, '15:30', '2026-12-08 11:30'],
    ['2026-12-07 16:00', TEN.replace('10 giờ', '9 giờ 30'), '15:00', '2026-12-08 09:30'],
    ['2026-12-07 16:00', TEN.replace('10 giờ', '9h30'), '15:00', '2026-12-08 09:30'],
    ['2026-12-07 16:00', TEN.replace('10 giờ', '2 giờ chiều'), '15:00', '2026-12-08 14:00'],
    // After the office closed, still after the cutoff: the same hour of the next working day.
    ['2026-12-07 18:00', TEN, '15:00', '2026-12-08 10:00'],
    // Friday evening: Monday.
    ['2026-12-11 16:00', TEN, '15:00', '2026-12-14 10:00'],
    // Before the cutoff: the same day's close.
    ['2026-12-07 14:00', TEN, '15:00', '2026-12-07 17:00'],
    // A Saturday morning, before the cutoff's hour: counted on Monday as a receipt of Monday, to its close.
    ['2026-12-12 09:00', TEN, '15:00', '2026-12-14 17:00'],
    // The law's own words (Decree 23/2015/NĐ-CP, Art. 7) give no hour: the next working day's close.
    [
      '2026-12-07 16:00',
      'Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ',
      '15:00',
      '2026-12-08 17:00',
    ],
  ])('received %s, limit %s, cutoff %s: due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });

  it('reads the morning as the close of the morning office hours of the calendar', () => {
    const early = createCalendar({ hours: ['08:00-12:00', '13:30-17:30'] });
    const end = limitDue(early, at('2026-12-07 16:00'), parseDuration(MORNING)!, '15:30');
    expect(show(end)).toBe('2026-12-08 12:00');
  });

  it('refuses a clause whose hour of return it cannot read, saying what to write', () => {
    for (const said of ['vào buổi trưa', 'trước 3 giờ', 'trước giờ nghỉ trưa']) {
      const reading = readDuration(TEN.replace('trước 10 giờ', said));
      expect(reading.ok).toBe(false);
      expect(!reading.ok && reading.problem.code).toBe('nextDayUnread');
    }
    expect(nextDayDue('(nếu tiếp nhận sau 15h thì trả kết quả trước 10 giờ ngày làm việc tiếp theo)')).toEqual({
      kind: 'clock',
      minute: 600,
      cutoff: 900,
    });
    // No cutoff named: no next-day clause.
    expect(nextDayDue('kể từ khi nhận đủ hồ sơ')).toBeUndefined();
  });
});

describe('a same-day limit whose next-day clause gives a span of working days', () => {
  const TWO = 'Trong ngày; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong 02 ngày làm việc tiếp theo';
  // Counted by hand (docs: vietnam.md, 2025 holidays): the days after the receipt's that the office works.
  it.each([
    // Mon 03/03/2025 after the cutoff: Tue 04/03 and Wed 05/03.
    ['2025-03-03 16:00', TWO, '2025-03-05 17:00'],
    // Before the cutoff: the same day.
    ['2025-03-03 14:00', TWO, '2025-03-03 17:00'],
    // Thu 06/03: Fri 07/03, then over the weekend to Mon 10/03.
    ['2025-03-06 16:00', TWO, '2025-03-10 17:00'],
    // Thu 03/04: Fri 04/04, then over the weekend and Hùng Kings day (Mon 07/04) to Tue 08/04.
    ['2025-04-03 16:00', TWO, '2025-04-08 17:00'],
    // In words, and three days: Tue 04/03, Wed 05/03, Thu 06/03.
    ['2025-03-03 16:00', TWO.replace('02', 'hai'), '2025-03-05 17:00'],
    [
      '2025-03-03 16:00',
      TWO.replace('02 ngày làm việc tiếp theo', '03 (ba) ngày làm việc kế tiếp'),
      '2025-03-06 17:00',
    ],
    // One day is the next working day.
    ['2025-03-03 16:00', TWO.replace('02', '01'), '2025-03-04 17:00'],
  ])('received %s, limit %s: due %s', (received, limit, expected) => {
    expect(due(received, limit, '15:00')).toBe(expected);
  });

  it('reads the span with the cutoff', () => {
    expect(nextDayDue('trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong 02 ngày làm việc tiếp theo')).toEqual({
      kind: 'close',
      cutoff: 900,
      days: 2,
    });
    expect(nextDayDue('received after 15:00: within the next 2 working days')).toMatchObject({ days: 2 });
  });
});

describe('dueAtNamedHour, and the verdict it gives judge', () => {
  const office = new OfficeMinutes(vietnam);
  const named = (received: string, limit: string, cutoff?: string) => {
    const moment = at(received);
    return dueAtNamedHour(moment, receiptStart(vietnam, moment, cutoff).start, parseDuration(limit)!);
  };

  it.each([
    // After the cutoff, under a clause that names the next day's hour or morning: the law ends the period then.
    ['2026-12-04 16:00', TEN, '15:00', true],
    ['2026-12-07 16:00', MORNING, '15:30', true],
    // Before the cutoff, the same day's close: a day limit's 24:00.
    ['2026-12-07 14:00', TEN, '15:00', false],
    // A clause that names no hour, "Trong ngày" with a cutoff alone, and a plain day limit: 24:00 of the due day.
    [
      '2026-12-07 16:00',
      'Trong ngày; nếu tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
      '15:00',
      false,
    ],
    ['2026-12-07 16:00', 'Trong ngày', '15:00', false],
    ['2026-12-04 10:00', '01 ngày làm việc', undefined, false],
  ])('received %s under %s (cutoff %s): %s', (received, limit, cutoff, expected) => {
    expect(named(received, limit, cutoff)).toBe(expected);
  });

  it('makes a return later on the due day late at a named hour, on time at 24:00 of a day limit', () => {
    const limit = parseDuration(TEN)!;
    const due = at('2026-12-07 10:00');
    const returned = at('2026-12-07 16:00');
    expect(judge(vietnam, office, limit, true, due, returned, false)).toMatchObject({ late: true, lateMinutes: 270 });
    expect(judge(vietnam, office, limit, false, due, returned, false)).toMatchObject({ late: false });
    const day = parseDuration('01 ngày làm việc')!;
    expect(judge(vietnam, office, day, false, due, returned, false)).toMatchObject({ late: false });
  });
});

describe('the next-day limit ("Trong ngày làm việc tiếp theo")', () => {
  it.each([
    // Counted by hand: the close (17:00) of the first working day after the day of receipt.
    ['2026-12-07 09:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-12-08 17:00'],
    ['2026-12-07 09:00', 'Buổi sáng ngày làm việc tiếp theo', undefined, '2026-12-08 11:30'],
    // Friday: over the weekend to Monday.
    ['2026-12-11 09:00', 'Ngày làm việc tiếp theo', undefined, '2026-12-14 17:00'],
    // Wed 29/04/2026: 30/4 and 1/5 are holidays, 2–3/5 the weekend: Monday 04/05.
    ['2026-04-29 10:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-05-04 17:00'],
    // Fri 13/02/2026, the last working day before Tết (off 14/2 – 22/2): Monday 23/02, its morning.
    ['2026-02-13 09:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-02-23 17:00'],
    ['2026-02-13 09:00', 'Buổi sáng ngày làm việc tiếp theo', undefined, '2026-02-23 11:30'],
    // A cutoff does not move it: the law names the day after receipt whatever the hour.
    ['2026-12-07 16:00', 'Trong ngày làm việc tiếp theo', '15:00', '2026-12-08 17:00'],
    // Received when the office is closed, the day of receipt is still that day, as after a cutoff: Monday 07/12 at
    // 18:00 is due Tuesday 08/12; Saturday 12/12 (online), Monday 14/12, the first working day after it.
    ['2026-12-07 18:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-12-08 17:00'],
    ['2026-12-12 09:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-12-14 17:00'],
    // Saturday 29/08/2026, the first day of the National Day break (off to Wed 2/9, 9441/TB-BNV): Thursday 03/09.
    ['2026-08-29 09:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-09-03 17:00'],
    ['2026-08-29 09:00', 'Buổi sáng ngày làm việc tiếp theo', undefined, '2026-09-03 11:30'],
    // Saturday 14/02/2026, inside Tết (off 14/2 – 22/2): Monday 23/02.
    ['2026-02-14 09:00', 'Trong ngày làm việc tiếp theo', undefined, '2026-02-23 17:00'],
  ])('received %s under "%s" (cutoff %s) is due %s', (received, limit, cutoff, expected) => {
    expect(due(received, limit, cutoff)).toBe(expected);
  });

  it('ends the period at the hour for the morning, at the day for the close', () => {
    const start = receiptStart(vietnam, at('2026-12-07 09:00')).start;
    expect(dueAtNamedHour(at('2026-12-07 09:00'), start, parseDuration('Buổi sáng ngày làm việc tiếp theo')!)).toBe(
      true,
    );
    expect(dueAtNamedHour(at('2026-12-07 09:00'), start, parseDuration('Ngày làm việc tiếp theo')!)).toBe(false);
  });
});
