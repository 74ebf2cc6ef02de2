import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../src/model/flow.js';
import { createCalendar, type CalendarConfig } from '../../src/time/calendar.js';
import { parseDay } from '../../src/time/moment.js';
import { receiptStart, scheduleProcedure } from '../../src/time/schedule.js';
import { receiptPlacer } from '../../src/time/shifted-placement.js';
import { at, procedure, show } from './helpers.js';

const vietnam = createCalendar();

/** The appointment for a dossier received at a moment under a time limit (one step that uses all of it). */
function appointment(received: string, limit: string, options: { cutoff?: string; calendar?: CalendarConfig } = {}) {
  const p = procedure(limit, [['all', limit]], options.cutoff ? { cutoff: options.cutoff } : {});
  const calendar = options.calendar ? createCalendar(options.calendar) : vietnam;
  const schedule = scheduleProcedure(p, buildFlow(p.steps), calendar, at(received))!;
  // One step taking the whole limit must end exactly at the appointment: both walk the same calendar.
  expect(show(schedule.finish)).toBe(show(schedule.appointment));
  return { due: show(schedule.appointment), start: show(schedule.start), reason: schedule.startReason };
}

// Each row is counted by hand on the default calendar: 07:30–11:30 and 13:00–17:00, Monday to Friday (8 h).
describe('appointment (ngày hẹn trả kết quả) on the Vietnam calendar', () => {
  it.each([
    // Tết 2026 (off Sat 14/2 – Sun 22/2). Fri 13/2 from 09:00: 2.5 h + 4 h = 6.5 h; Mon 23 → 14.5; Tue 24 → 22.5;
    // Wed 25 → 30.5; Thu 26 → 38.5; Fri 27/2: the last 1.5 h from 07:30.
    ['2026-02-13 09:00', '5d', '2026-02-27 09:00'],
    // Same, 3 working days: 6.5 + 8 (Mon 23) + 8 (Tue 24) = 22.5; Wed 25/2 07:30 + 1.5 h.
    ['2026-02-13 09:00', '3 ngày làm việc', '2026-02-25 09:00'],
    // Tết 2025 (off Sat 25/1 – Sun 2/2). Fri 24/1 14:00–17:00 = 3 h; Mon 3/2 → 11; Tue 4/2 → 19; Wed 5/2: 4 h + 1 h.
    ['2025-01-24 14:00', '3d', '2025-02-05 14:00'],
    // New Year 2026: Thu 1/1 and Fri 2/1 off. Wed 31/12 from 10:00: 5.5 h; Mon 5/1 → 13.5; Tue 6/1 07:30 + 2.5 h.
    ['2025-12-31 10:00', '2d', '2026-01-06 10:00'],
    // The make-up Saturday 10/1/2026 is a full working day: Fri 9/1 13:00–17:00 = 4 h, Sat 10/1 07:30–11:30.
    ['2026-01-09 13:00', '1d', '2026-01-10 11:30'],
    // The make-up Saturday 26/4/2025: Fri 25/4 15:00–17:00 = 2 h; Sat 26/4 → 10; Sun off; Mon 28/4: 4 h + 2 h.
    ['2025-04-25 15:00', '2d', '2025-04-28 15:00'],
    // 30/4 – 4/5/2025 off (Fri 2/5 swapped): Tue 29/4 from 09:00 = 6.5 h; Mon 5/5 07:30 + 1.5 h.
    ['2025-04-29 09:00', '1d', '2025-05-05 09:00'],
    // 30/4 and 1/5/2026 (Thu, Fri): Wed 29/4 from 13:00 = 4 h; Mon 4/5 07:30 + 4 h.
    ['2026-04-29 13:00', '1d', '2026-05-04 11:30'],
    // Hùng Kings 2026 is Sunday 26/4, so Monday 27/4 is off: Fri 24/4 16:00 = 1 h; Tue 28/4 07:30 + 3 h.
    ['2026-04-24 16:00', '4h', '2026-04-28 10:30'],
    // National Day 2025 (off Sat 30/8 – Tue 2/9): Fri 29/8 16:00–17:00; Wed 3/9 07:30 + 3 h.
    ['2025-08-29 16:00', '4h', '2025-09-03 10:30'],
    // Half a day across lunch: 09:00–11:30 = 2.5 h, then 13:00–14:30.
    ['2026-03-09 09:00', '0.5d', '2026-03-09 14:30'],
    // A span that ends at closing time ends there, not at the next opening.
    ['2026-03-09 13:00', '4h', '2026-03-09 17:00'],
    ['2026-03-09 07:30', '1d', '2026-03-09 17:00'],
    // Received at lunch: counting starts at 13:00.
    ['2026-03-09 12:15', '2h', '2026-03-09 15:00'],
    // Received on a Saturday evening: counting starts Monday 07:30.
    ['2026-03-07 20:00', '1d', '2026-03-09 17:00'],
    // 2027 has no announced days: the rule gives Tết off Fri 5/2 (eve) – Tue 9/2 with Sat 6 and Sun 7 made up on
    // Wed 10 and Thu 11. Thu 4/2 from 09:00 = 6.5 h; Fri 12/2 → 14.5; Mon 15/2 07:30 + 1.5 h.
    ['2027-02-04 09:00', '2d', '2027-02-15 09:00'],
    // Hùng Kings 2027 is Friday 16/4: Thu 15/4 13:00–17:00 = 4 h; Mon 19/4 07:30 + 4 h.
    ['2027-04-15 13:00', '1d', '2027-04-19 11:30'],
    // 1/5/2027 is a Saturday: the day in lieu is Mon 3/5; 30/4 is Fri. Thu 29/4 from 15:00 = 2 h; Tue 4/5 + 2 h.
    ['2027-04-29 15:00', '4h', '2027-05-04 09:30'],
  ])('received %s with a limit of %s: due %s', (received, limit, due) => {
    expect(appointment(received, limit).due).toBe(due);
  });
});

describe('calendar-day limits (Civil Code 2015, Art. 147–148)', () => {
  it.each([
    // From Tue 3/3; the third day is Thu 5/3, a working day: due at its closing time.
    ['2026-03-02 10:00', '3cd', '2026-03-05 17:00'],
    // The fifth day is Sat 7/3: the period ends at the close of Mon 9/3.
    ['2026-03-02 10:00', '5 ngày', '2026-03-09 17:00'],
    // The tenth day is Sun 26/4/2026; Mon 27/4 is the Hùng Kings day in lieu; the close of Tue 28/4.
    ['2026-04-16 09:00', '10cd', '2026-04-28 17:00'],
    // The seventh day is Tết (Tue 17/2/2026); the break lasts to Sun 22/2: the close of Mon 23/2.
    ['2026-02-10 09:00', '7 calendar days', '2026-02-23 17:00'],
    // Received on a Saturday: received that day all the same (the safe reading; one-stop software counts from Monday's
    // opening, which would give Mon 16/3), so counting starts Sun 8/3 and day 5 is Thu 12/3.
    ['2026-03-07 10:00', '5cd', '2026-03-12 17:00'],
    // Received on Friday evening before Tết: day 1 is Sat 14/2, day 10 Mon 23/2, the first day after the break.
    ['2026-02-13 17:30', '10cd', '2026-02-23 17:00'],
    // Received after the cutoff: the cutoff moves the start of working time, not the day a calendar period counts from.
    ['2026-01-05 16:00', '15cd', '2026-01-20 17:00', { cutoff: '15:00' }],
    // A month from Sunday 31/8/2025 (the National Day break): 30/9, the month's last day, a working day.
    ['2025-08-31 10:00', '1 tháng', '2025-09-30 17:00'],
    // The 30th day from Mon 2/3/2026 is Wed 1/4: a working day.
    ['2026-03-02 09:00', '30cd', '2026-04-01 17:00'],
  ] as [string, string, string, { cutoff?: string }?][])('received %s with a limit of %s: due %s', (...row) => {
    const [received, limit, due, options] = row;
    expect(appointment(received, limit, options).due).toBe(due);
  });
});

describe('cutoff', () => {
  it('counts a dossier received after the cutoff from the next working day', () => {
    expect(appointment('2026-03-10 15:30', '1d', { cutoff: '15:00' })).toEqual({
      due: '2026-03-11 17:00',
      start: '2026-03-11 07:30',
      reason: 'cutoff',
    });
  });

  it('counts a dossier received at the cutoff itself from that moment', () => {
    // Tue 15:00–17:00 = 2 h; Wed 07:30–11:30 → 6 h; 13:00–15:00 → 8 h.
    expect(appointment('2026-03-10 15:00', '1d', { cutoff: '15:00' })).toEqual({
      due: '2026-03-11 15:00',
      start: '2026-03-10 15:00',
      reason: undefined,
    });
  });

  it('skips Tết when the next working day is after it', () => {
    expect(appointment('2026-02-13 15:30', '1d', { cutoff: '15:00' })).toEqual({
      due: '2026-02-23 17:00',
      start: '2026-02-23 07:30',
      reason: 'cutoff',
    });
  });

  it('does not move a limit in calendar days or months: its steps start at the receipt, as ontime counts them', () => {
    // Fri 04/12/2026 16:30, after a 16:00 cutoff. 5 calendar days count from Sat 05/12: 05, 06, 07, 08, 09 → Wed 09/12
    // at its close. The one step starts at the receipt, not at Monday's opening (ontime's time used starts there too).
    expect(appointment('2026-12-04 16:30', '5cd', { cutoff: '16:00' })).toEqual({
      due: '2026-12-09 17:00',
      start: '2026-12-04 16:30',
      reason: undefined,
    });
    // One month from Fri 04/12/2026 ends Mon 04/01/2027, a working day (1/1 is the Friday before), at its close.
    expect(appointment('2026-12-04 16:30', '1 tháng', { cutoff: '16:00' })).toEqual({
      due: '2027-01-04 17:00',
      start: '2026-12-04 16:30',
      reason: undefined,
    });
  });

  it('does not apply to a dossier received before opening', () => {
    expect(receiptStart(vietnam, at('2026-03-10 06:00'), '15:00')).toEqual({
      start: at('2026-03-10 07:30'),
      reason: 'closed',
    });
  });

  it('treats a receipt after closing as closed, not as past the cutoff', () => {
    expect(receiptStart(vietnam, at('2026-03-10 18:00'), '15:00')).toEqual({
      start: at('2026-03-11 07:30'),
      reason: 'closed',
    });
  });
});

describe('other calendars', () => {
  it('counts Saturday morning service hours', () => {
    // Fri 6/3/2026 15:00–17:00 = 2 h; Sat 7/3 07:30–11:30 → 6 h; Mon 9/3 07:30 + 2 h.
    expect(appointment('2026-03-06 15:00', '1d', { calendar: { saturday: ['07:30-11:30'] } }).due).toBe(
      '2026-03-09 09:30',
    );
  });

  it('counts a working day as the office hours of one day', () => {
    // 07:30–10:30 and 13:30–16:30 make a 6-hour day. Mon 10:00–10:30, 13:30–16:30 = 3.5 h; Tue 07:30 + 2.5 h.
    expect(appointment('2026-03-09 10:00', '1d', { calendar: { hours: ['07:30-10:30', '13:30-16:30'] } }).due).toBe(
      '2026-03-10 10:00',
    );
  });

  it('still ends a calendar-day period on Monday when the office serves on Saturday mornings', () => {
    // Saturday is still a weekend day in law: a period whose last day is Sat 7/3 ends at the close of Mon 9/3.
    expect(appointment('2026-03-02 10:00', '5cd', { calendar: { saturday: ['07:30-11:30'] } }).due).toBe(
      '2026-03-09 17:00',
    );
  });
});

describe('a whole flow on the calendar', () => {
  it('joins parallel branches on the slowest and follows it to the end', () => {
    const p = procedure('3d', [
      ['receive', '2h', ['fast', 'slow']],
      ['slow', '1d', ['join']],
      ['fast', '4h', ['join']],
      ['join', '2h', []],
    ]);
    const schedule = scheduleProcedure(p, buildFlow(p.steps), vietnam, at('2026-03-09 07:30'))!;
    const times = schedule.steps.map((t) => `${show(t!.start)} → ${show(t!.due)}`);
    expect(times).toEqual([
      '2026-03-09 07:30 → 2026-03-09 09:30',
      // 09:30–11:30, 13:00–17:00, then Tuesday 07:30–09:30.
      '2026-03-09 09:30 → 2026-03-10 09:30',
      '2026-03-09 09:30 → 2026-03-09 15:00',
      '2026-03-10 09:30 → 2026-03-10 11:30',
    ]);
    expect(schedule.path).toEqual([0, 1, 3]);
    expect(show(schedule.finish)).toBe('2026-03-10 11:30');
    // 3 working days from Mon 07:30: the close of Wed 11/3.
    expect(show(schedule.appointment)).toBe('2026-03-11 17:00');
  });

  it('considers every decision branch and finishes on the slowest', () => {
    const p = procedure('2d', [
      ['receive', '1h', { 'Hợp lệ': 'approve', 'Không hợp lệ': 'refuse' }],
      ['approve', '1d'],
      ['return', '1h', []],
      ['refuse', '2h', []],
    ]);
    const schedule = scheduleProcedure(p, buildFlow(p.steps), vietnam, at('2026-03-09 13:00'))!;
    expect(schedule.steps.map((t) => show(t!.due))).toEqual([
      '2026-03-09 14:00',
      '2026-03-10 14:00',
      '2026-03-10 15:00',
      '2026-03-09 16:00',
    ]);
    expect(schedule.path).toEqual([0, 1, 2]);
  });

  it('places a calendar-day step from the day its predecessor handed over', () => {
    const p = procedure('15 ngày', [
      ['receive', '4h'],
      ['publish', '10cd'],
      ['decide', '2d'],
    ]);
    const schedule = scheduleProcedure(p, buildFlow(p.steps), vietnam, at('2026-02-06 16:00'))!;
    // receive: Fri 6/2 16:00–17:00 and Mon 9/2 07:30–10:30. publish: day 10 from Mon 9/2 is Thu 19/2 (Tết), the break
    // ends Sun 22/2: the close of Mon 23/2. decide: Tue 24 and Wed 25. The appointment: day 15 from Fri 6/2 is Sat
    // 21/2, so the close of Mon 23/2; the steps overrun it.
    expect(schedule.steps.map((t) => show(t!.due))).toEqual([
      '2026-02-09 10:30',
      '2026-02-23 17:00',
      '2026-02-25 17:00',
    ]);
    expect(show(schedule.appointment)).toBe('2026-02-23 17:00');
    expect(schedule.finish > schedule.appointment).toBe(true);
  });

  it("ends the calendar-day parts of a calendar-day limit with the limit: a day off moves the period's end, not each part's", () => {
    // Officers' draft d07: "15 ngày lịch (trong đó: UBND xã 05 ngày lịch; Phòng TN&MT 10 ngày lịch)". Received Mon
    // 9/2/2026: day 5 is Sat 14/2 (Tết, off to Sun 22/2), moved to the close of Mon 23/2; the second part counts its
    // 10 days from Sat 14/2, as the limit's 15 run from Mon 9/2: both end Tue 24/2. Counted from Mon 23/2, it ended
    // Thu 5/3, 7 working days "late".
    const p = procedure('15 ngày lịch', [
      ['commune', '05 ngày lịch'],
      ['office', '10 ngày lịch'],
    ]);
    const schedule = scheduleProcedure(p, buildFlow(p.steps), vietnam, at('2026-02-09 07:30'))!;
    expect(schedule.steps.map((t) => show(t!.due))).toEqual(['2026-02-23 17:00', '2026-02-24 17:00']);
    expect(show(schedule.appointment)).toBe('2026-02-24 17:00');
    expect(show(schedule.finish)).toBe(show(schedule.appointment));
  });

  it('starts a calendar-day part that ends within the day off before it at the handover, never after its end', () => {
    // 5 days from Mon 9/2 end Sat 14/2 and 1 day from there Sun 15/2: both moved to the close of Mon 23/2.
    const p = procedure('6cd', [
      ['a', '5cd'],
      ['b', '1cd'],
    ]);
    const schedule = scheduleProcedure(p, buildFlow(p.steps), vietnam, at('2026-02-09 07:30'))!;
    expect(show(schedule.steps[1]!.start)).toBe('2026-02-23 17:00');
    expect(show(schedule.steps[1]!.due)).toBe('2026-02-23 17:00');
    expect(show(schedule.appointment)).toBe('2026-02-23 17:00');
  });

  it('leaves steps that cannot be reached without times and returns nothing for a cycle', () => {
    const unreachable = procedure('1d', [
      ['a', '1h', []],
      ['b', '1h'],
    ]);
    expect(
      scheduleProcedure(unreachable, buildFlow(unreachable.steps), vietnam, at('2026-03-09 08:00'))!.steps[1],
    ).toBeUndefined();
    const loop = procedure('1d', [
      ['a', '1h', ['b']],
      ['b', '1h', ['a']],
    ]);
    expect(scheduleProcedure(loop, buildFlow(loop.steps), vietnam, at('2026-03-09 08:00'))).toBeUndefined();
  });

  it('gives a zero-length step no time', () => {
    const p = procedure('1h', [
      ['a', '0h'],
      ['b', '1h'],
    ]);
    const schedule = scheduleProcedure(p, buildFlow(p.steps), vietnam, at('2026-03-09 08:00'))!;
    expect(schedule.steps.map((t) => show(t!.due))).toEqual(['2026-03-09 08:00', '2026-03-09 09:00']);
  });

  it('ends a zero-length step when the step before it hands over, even at closing time, and ends the path there', () => {
    // Mon 9/3/2026 09:00 + 1 d ends Tue 10/3 09:00; + 6.5 h (2.5 h + 4 h) ends Tue 17:00, closing. The 0h step ends then, not at
    // Wed 07:30; a step after it starts at the next opening, as it would without it.
    const p = procedure('2d', [
      ['a', '1d'],
      ['b', '6.5h'],
      ['draft', '0h'],
      ['c', '1h'],
    ]);
    const schedule = scheduleProcedure(p, buildFlow(p.steps), vietnam, at('2026-03-09 09:00'))!;
    expect(schedule.steps.map((t) => `${show(t!.start)} – ${show(t!.due)}`)).toEqual([
      '2026-03-09 09:00 – 2026-03-10 09:00',
      '2026-03-10 09:00 – 2026-03-10 17:00',
      '2026-03-10 17:00 – 2026-03-10 17:00',
      '2026-03-11 07:30 – 2026-03-11 08:30',
    ]);
    const last = procedure('2d', [
      ['a', '1d'],
      ['b', '6.5h'],
      ['draft', '0h'],
    ]);
    const ending = scheduleProcedure(last, buildFlow(last.steps), vietnam, at('2026-03-09 09:00'))!;
    expect(show(ending.finish)).toBe('2026-03-10 17:00');
    expect(ending.path).toEqual([0, 1, 2]);
  });

  it('ends a same-day step handed over at closing time that day, not the next', () => {
    // Limit "trong ngày", cutoff 15:00. Received Tue 8/12/2026 at 15:00 sharp (the cutoff itself counts the same day):
    // B1 2 h ends 17:00, the close; B2 "trong ngày" is done by that close. One minute earlier gave the same, and
    // 15:00 sharp a whole day late.
    const p = procedure(
      'trong ngày',
      [
        ['B1', '2h'],
        ['B2', 'trong ngày'],
      ],
      { cutoff: '15:00' },
    );
    const at1500 = scheduleProcedure(p, buildFlow(p.steps), vietnam, at('2026-12-08 15:00'))!;
    expect(at1500.steps.map((t) => `${show(t!.start)} – ${show(t!.due)}`)).toEqual([
      '2026-12-08 15:00 – 2026-12-08 17:00',
      '2026-12-08 17:00 – 2026-12-08 17:00',
    ]);
    expect(show(at1500.finish)).toBe(show(at1500.appointment));
    // Handed over at lunch, it still takes the rest of the afternoon; after the cutoff, the next day.
    const lunch = scheduleProcedure(p, buildFlow(p.steps), vietnam, at('2026-12-08 09:30'))!;
    expect(show(lunch.steps[1]!.start)).toBe('2026-12-08 13:00');
    expect(show(lunch.finish)).toBe('2026-12-08 17:00');
    const late = scheduleProcedure(p, buildFlow(p.steps), vietnam, at('2026-12-08 15:01'))!;
    expect(show(late.finish)).toBe('2026-12-09 17:00');
    expect(show(late.appointment)).toBe('2026-12-09 17:00');
  });

  it('never calls steps late that end after the appointment with no office minute between', () => {
    // Wednesday closed: a calendar day counted from Tuesday ends on Wednesday, at its end (no office hours), after the
    // appointment at Tuesday's close but with no office time between them: the same moment on the office clock.
    const calendar = createCalendar({ wednesday: [] });
    const p = procedure('1cd', [
      ['a', '1cd'],
      ['b', '1cd'],
    ]);
    const place = receiptPlacer(p, buildFlow(p.steps), calendar)!;
    const placement = place(parseDay('2026-03-09')!, 9 * 60);
    expect(show(placement.schedule().appointment)).toBe('2026-03-10 17:00');
    expect(placement.schedule().finish).toBeGreaterThan(placement.schedule().appointment);
    expect(placement).toMatchObject({ late: false, over: 0 });
  });
});
