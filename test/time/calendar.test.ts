import { describe, expect, it } from 'vitest';
import { CalendarError, createCalendar, type CalendarConfig } from '../../src/time/calendar.js';
import {
  addWorkingMinutes,
  calendarDaysEnd,
  calendarMonthsEnd,
  nextOpening,
  workingMinutesBetween,
  ClosedCalendarError,
} from '../../src/time/clock.js';
import { formatDay, parseDay } from '../../src/time/moment.js';
import { calendarYear } from '../../src/time/year.js';
import { at, show } from './helpers.js';

const day = (text: string) => parseDay(text)!;

function calendarError(config: CalendarConfig): { path: (string | number)[]; message: string } {
  try {
    createCalendar(config);
  } catch (error) {
    if (error instanceof CalendarError) return { path: error.path, message: error.message };
    throw error;
  }
  throw new Error('no CalendarError');
}

describe('createCalendar', () => {
  it('defaults to 07:30–11:30 and 13:00–17:00 Monday to Friday, 8 hours a day', () => {
    const calendar = createCalendar();
    expect(calendar.hoursPerDay).toBe(8);
    expect(calendar.day(day('2026-03-09'))).toEqual({
      hours: [
        { start: 450, end: 690 },
        { start: 780, end: 1020 },
      ],
      working: true,
    });
    expect(calendar.day(day('2026-03-07'))).toEqual({ hours: [], working: false });
  });

  it('reads office hours as officers write them', () => {
    const written = createCalendar({ hours: ['7h30-11h30', '13 giờ - 17 giờ 00 phút'] });
    expect(written.day(day('2026-03-09'))).toEqual(createCalendar().day(day('2026-03-09')));
  });

  it('takes its working day from its hours, or from hours_per_day', () => {
    expect(createCalendar({ hours: ['07:30-10:30', '13:30-16:30'] }).hoursPerDay).toBe(6);
    expect(createCalendar({ hours: ['07:00-11:30', '13:00-17:00'], hours_per_day: 8 }).hoursPerDay).toBe(8);
    expect(createCalendar({ hours: ['07:30-10:30', '13:30-16:30'], hours_per_day: 6 }).hoursPerDay).toBe(6);
    expect(createCalendar({ hours: ['07:30-10:30', '13:30-16:30'], hours_per_day: 4 }).hoursPerDay).toBe(4);
  });

  it('refuses a working day longer than the office day, which would end N working days after N days', () => {
    // 6 office hours a day counted as 8: 5 working days (40 h) from Mon 13/4/2026 07:30 ended on Tue 21/4, the 7th.
    const config = { hours: ['07:30-10:30', '13:30-16:30'], hours_per_day: 8 };
    expect(calendarError(config)).toEqual({
      path: ['hours_per_day'],
      message:
        '"hours_per_day: 8" is more than the office\'s day (07:30-10:30, 13:30-16:30: 6 hours), so a limit of 5 working days would end on the 7th day the office opens, later than the law allows. Write "hours_per_day: 6" or less, or remove the line (one working day is then 6 hours)',
    });
    let vi = '';
    try {
      createCalendar({ hours: ['07:30-10:30', '13:30-16:45'], hours_per_day: 7.5 });
    } catch (error) {
      vi = (error as CalendarError).text('vi');
    }
    expect(vi).toBe(
      '"hours_per_day: 7.5" dài hơn ngày làm việc của cơ quan (07:30-10:30, 13:30-16:45: 6,25 giờ), nên thời hạn 5 ngày làm việc sẽ hết vào ngày làm việc thứ 6, muộn hơn luật cho phép. Hãy ghi "hours_per_day: 6.25" hoặc nhỏ hơn, hoặc xóa dòng này (một ngày làm việc khi đó là 6,25 giờ)',
    );
    // More than the default office day (8 h) is refused too; a section with no Monday–Friday hours has none to compare.
    expect(calendarError({ hours_per_day: 8.5 })?.path).toEqual(['hours_per_day']);
    expect(createCalendar({ hours: [], monday: ['07:30-11:30'], hours_per_day: 8 }).hoursPerDay).toBe(8);
  });

  it('serves on Saturday mornings without making Saturday a working day in law', () => {
    const calendar = createCalendar({ saturday: ['7:30 – 11:30'] });
    expect(calendar.day(day('2026-03-07'))).toEqual({ hours: [{ start: 450, end: 690 }], working: false });
  });

  it('lets a section close a weekday', () => {
    expect(createCalendar({ friday: [] }).day(day('2026-03-13')).hours).toEqual([]);
  });

  it('applies its own holidays and workdays over the built-in days, workdays strongest', () => {
    const calendar = createCalendar({
      holidays: ['2026-03-09', { date: '2026-06-01', to: '2026-06-02', name: 'Ngày nghỉ của cơ quan' }],
      workdays: [{ date: '2026-02-16', name: 'Trực Tết', hours: ['08:00-11:00'] }, '2026-03-07'],
    });
    expect(calendar.day(day('2026-06-02'))).toEqual({
      hours: [],
      working: false,
      name: 'Ngày nghỉ của cơ quan',
      source: 'config',
      // A range is the catalog's own break, listed once and as declared.
      break: { first: day('2026-06-01'), last: day('2026-06-02'), name: 'Ngày nghỉ của cơ quan' },
    });
    // A duty day in Tết opens the office for its hours, but 16/02 stays a public holiday in law (Civil Code Art. 148).
    expect(calendar.day(day('2026-02-16'))).toEqual({
      hours: [{ start: 480, end: 660 }],
      working: false,
      name: 'Trực Tết',
      source: 'config',
    });
    expect(calendar.day(day('2026-03-09')).working).toBe(false);
    expect(calendar.day(day('2026-03-07')).working).toBe(true);
    // Tết itself is untouched around the one workday.
    expect(calendar.day(day('2026-02-17')).working).toBe(false);
  });

  it('lets a period end on a swapped day off the office opens as a whole working day, no holiday in law', () => {
    // Friday 02/01/2026 is a working day the notice moved to Saturday 10/01 (12729/VPCP-KGVX), not a holiday of the
    // Labour Code (Art. 112(1) gives 1/1 only). Opened by workdays, it was still "a holiday in law", so 10 calendar days
    // from Tuesday 23/12/2025 (24/12 … 02/01, 10 days) ended at Monday 05/01's close, days later than the law allows.
    const calendar = createCalendar({ workdays: ['2026-01-02'] });
    expect(calendar.day(day('2026-01-02')).working).toBe(true);
    expect(show(calendarDaysEnd(calendar, day('2025-12-23'), 10))).toBe('2026-01-02 17:00');
    // Not opened, it is a day off and the period moves on to Monday 05/01 (Civil Code Art. 148).
    expect(show(calendarDaysEnd(createCalendar({}), day('2025-12-23'), 10))).toBe('2026-01-05 17:00');
    // 1/1 itself, a holiday of the Labour Code, stays one when opened for the whole day.
    expect(createCalendar({ workdays: ['2026-01-01'] }).day(day('2026-01-01')).working).toBe(false);
  });

  it('lets a period end on a swapped day off of a year the section announces, when the office opens on it', () => {
    // 2027 as the section announces it: Tết off Thu 04/02 – Sun 14/02, Friday 12/02 a working day moved to Saturday
    // 30/01 ("Làm bù cho ngày 12/02/2027"). The office keeps a desk open on 12/02 (08:00–11:00). 12/02 is no holiday
    // of the Labour Code (vietnam.md), so 10 calendar days from Tuesday 02/02/2027 (03/02 … 12/02, 10 days) end on
    // 12/02 at the desk's close, 11:00. Read as a holiday in law they ran on to Monday 15/02 at 17:00 (Art. 148).
    const config: CalendarConfig = {
      announced: { 2027: 'Thông báo 1234/TB-BNV ngày 20/10/2026' },
      holidays: [{ date: '2027-02-04', to: '2027-02-14', name: 'Nghỉ Tết' }],
      workdays: [
        { date: '2027-01-30', name: 'Làm bù cho ngày 12/02/2027' },
        { date: '2027-02-12', name: 'Trực', hours: ['08:00-11:00'] },
      ],
    };
    const calendar = createCalendar(config);
    expect(calendar.day(day('2027-02-12')).working).toBe(true);
    expect(show(calendarDaysEnd(calendar, day('2027-02-02'), 10))).toBe('2027-02-12 11:00');
    // The name without the year reads the make-up day's (30/01/2027): the same day.
    const yearless = createCalendar({
      ...config,
      workdays: [{ date: '2027-01-30', name: 'làm bù ngày 12/2' }, config.workdays![1]!],
    });
    expect(yearless.day(day('2027-02-12')).working).toBe(true);
    // Or with the weekday and the month in words, as a notice writes the day.
    const worded = createCalendar({
      ...config,
      workdays: [{ date: '2027-01-30', name: 'Làm bù cho thứ Sáu ngày 12 tháng 2 năm 2027' }, config.workdays![1]!],
    });
    expect(worded.day(day('2027-02-12')).working).toBe(true);
    // Another day of the break the office opens (Monday 08/02, a Tết holiday) stays a holiday in law: 10 calendar
    // days from Friday 29/01 (30/01 … 08/02) run on to Monday 15/02.
    const tet = createCalendar({
      ...config,
      workdays: [config.workdays![0]!, { date: '2027-02-08', name: 'Trực Tết', hours: ['08:00-11:00'] }],
    });
    expect(tet.day(day('2027-02-08')).working).toBe(false);
    expect(show(calendarDaysEnd(tet, day('2027-01-29'), 10))).toBe('2027-02-15 17:00');
  });

  it('keeps a public holiday a day off in law when the office opens on it for duty hours', () => {
    const duty = { date: '2026-02-16', name: 'Trực Tết', hours: ['08:00-11:00'] };
    const calendar = createCalendar({ workdays: [duty] });
    // Civil Code Art. 148: 10 calendar days from Friday 06/02 end on Monday 16/02, a Tết holiday: at the close of
    // the next working day, Monday 23/02, as from a Saturday with office hours. Months the same: 16/01 + 1 month.
    expect(show(calendarDaysEnd(calendar, day('2026-02-06'), 10))).toBe('2026-02-23 17:00');
    expect(show(calendarMonthsEnd(calendar, day('2026-01-16'), 1))).toBe('2026-02-23 17:00');
    // A day the section says is announced (its holidays copy the notice) is a holiday in law too.
    const announced = createCalendar({
      announced: { 2027: 'Thông báo 1234/TB-BNV ngày 20/10/2026' },
      holidays: [{ date: '2027-02-04', to: '2027-02-14', name: 'Nghỉ Tết' }],
      workdays: [{ date: '2027-02-08', name: 'Trực Tết', hours: ['08:00-11:00'] }],
    });
    expect(announced.day(day('2027-02-08')).working).toBe(false);
    expect(show(calendarDaysEnd(announced, day('2027-01-29'), 10))).toBe('2027-02-15 17:00');
    // A make-up Saturday is a working day; a day off of the office's own that a whole workday would undo says two
    // things of one day, and is refused at both entries, once however often the date is repeated.
    expect(createCalendar({ workdays: ['2026-09-05'] }).day(day('2026-09-05')).working).toBe(true);
    const both = () =>
      createCalendar({ holidays: ['2026-03-09'], workdays: ['2026-09-05', '2026-03-09', '2026-03-09'] });
    expect(both).toThrow(CalendarError);
    try {
      both();
    } catch (error) {
      expect((error as CalendarError).problems).toEqual([
        {
          path: ['workdays', 1],
          alsoAt: ['holidays', 0],
          message: expect.objectContaining({ en: expect.stringContaining('09/03/2026 is listed both under holidays') }),
        },
      ]);
    }
  });

  it("lists the section's working days in its year, on a weekday too (a duty day in Tết)", () => {
    const calendar = createCalendar({ workdays: [{ date: '2026-02-16', name: 'Trực Tết', hours: ['08:00-11:00'] }] });
    const open = calendarYear(calendar, 2026).days.filter((d) => d.kind !== 'off');
    // The duty day stays a holiday in law: listed as such, not as a make-up day.
    expect(open.map((d) => [formatDay(d.day), d.kind, d.name, d.source])).toEqual([
      ['2026-01-10', 'work', expect.stringContaining('Làm bù'), expect.stringContaining('12729/VPCP-KGVX')],
      ['2026-02-16', 'duty', 'Trực Tết', 'config'],
      ['2026-08-22', 'work', expect.stringContaining('Làm bù'), expect.stringContaining('9441/TB-BNV')],
    ]);
  });

  it('drops the built-in holidays with public_holidays: none', () => {
    const calendar = createCalendar({ public_holidays: 'none' });
    expect(calendar.day(day('2026-02-17')).working).toBe(true);
    expect(calendar.day(day('2026-01-10')).working).toBe(false);
    expect(calendar.holidaySource(2027)).toBe('none');
  });

  it('says which years come from the rule', () => {
    const calendar = createCalendar();
    expect([2025, 2026, 2027].map((year) => calendar.holidaySource(year))).toEqual(['announced', 'announced', 'rule']);
  });

  it.each([
    [{ hours: ['11:30-07:30'] }, ['hours', 0], '"11:30-07:30" ends before it starts'],
    [{ hours: ['7h5-11h30'] }, ['hours', 0], '"7h5-11h30" is not a span of office hours; write it like "07:30-11:30"'],
    [
      { saturday: ['07:30-25:00'] },
      ['saturday', 0],
      '"07:30-25:00" is not a span of office hours; write it like "07:30-11:30"',
    ],
    [{ hours: ['07:30-11:30', '11:00-17:00'] }, ['hours'], 'Office hours 07:30-11:30, 11:00-17:00 overlap'],
    [{ holidays: ['2026-02-30'] }, ['holidays', 0], '"2026-02-30" is not a date: month 2 of 2026 has 28 days'],
    [
      { holidays: [{ date: '2026-06-02', to: '2026-06-01' }] },
      ['holidays', 0, 'to'],
      'The last day (to:) 01/06/2026 is before the first day (date:) 02/06/2026: swap them',
    ],
    [
      { workdays: [{ date: '2026-02-14', hours: ['x'] }] },
      ['workdays', 0, 'hours', 0],
      '"x" is not a span of office hours; write it like "07:30-11:30"',
    ],
    [
      { hours: [], saturday: ['07:30-11:30'] },
      ['hours_per_day'],
      'Set `hours_per_day`: with no Monday–Friday `hours` procmap cannot tell how long a working day is',
    ],
    [
      { hours: [] },
      ['hours'],
      'The calendar has no office hours on any day of the week: write the Monday–Friday spans, e.g. hours: ["07:30-11:30", "13:00-17:00"], or remove "hours" for these default hours ([] closes the office that day)',
    ],
    [
      { saturday: [], monday: [], tuesday: [], wednesday: [], thursday: [], friday: [] },
      [],
      'The calendar has no office hours on any day of the week: write the Monday–Friday spans, e.g. hours: ["07:30-11:30", "13:00-17:00"], and remove the days written [] that the office opens',
    ],
  ] as [CalendarConfig, (string | number)[], string][])('refuses %j', (config, path, message) => {
    expect(calendarError(config)).toEqual({ path, message });
  });
});

describe('the office clock', () => {
  const calendar = createCalendar();

  it.each([
    ['2026-03-09 06:00', '2026-03-09 07:30'],
    ['2026-03-09 09:15', '2026-03-09 09:15'],
    ['2026-03-09 11:30', '2026-03-09 13:00'],
    ['2026-03-09 17:00', '2026-03-10 07:30'],
    ['2026-03-07 20:00', '2026-03-09 07:30'],
    ['2026-02-13 17:30', '2026-02-23 07:30'],
    ['2026-01-09 18:00', '2026-01-10 07:30'],
  ])('opens next after %s at %s', (moment, open) => {
    expect(show(nextOpening(calendar, at(moment)))).toBe(open);
  });

  it('adds working minutes across lunch, nights and weekends', () => {
    expect(show(addWorkingMinutes(calendar, at('2026-03-13 16:00'), 120))).toBe('2026-03-16 08:30');
    expect(show(addWorkingMinutes(calendar, at('2026-03-09 11:00'), 30))).toBe('2026-03-09 11:30');
    expect(show(addWorkingMinutes(calendar, at('2026-03-09 11:00'), 31))).toBe('2026-03-09 13:01');
    expect(show(addWorkingMinutes(calendar, at('2026-03-09 11:00'), 0))).toBe('2026-03-09 11:00');
  });

  it('counts working minutes between two moments', () => {
    expect(workingMinutesBetween(calendar, at('2026-03-13 16:00'), at('2026-03-16 08:30'))).toBe(120);
    expect(workingMinutesBetween(calendar, at('2026-02-13 07:30'), at('2026-02-23 17:00'))).toBe(16 * 60);
    expect(workingMinutesBetween(calendar, at('2026-03-10 08:00'), at('2026-03-09 08:00'))).toBe(0);
  });

  it('ends calendar-day periods by the Civil Code', () => {
    expect(show(calendarDaysEnd(calendar, day('2026-03-02'), 3))).toBe('2026-03-05 17:00');
    expect(show(calendarDaysEnd(calendar, day('2026-03-02'), 5))).toBe('2026-03-09 17:00');
    // A fraction of a day counts as a whole day.
    expect(show(calendarDaysEnd(calendar, day('2026-03-02'), 2.5))).toBe('2026-03-05 17:00');
  });

  it('stops instead of looping forever on a calendar that never opens again', () => {
    const closed = createCalendar({
      holidays: [
        { date: '2026-01-01', to: '2026-12-31' },
        { date: '2027-01-01', to: '2027-12-31' },
      ],
    });
    // Named by dates, never by procmap's day numbers, and a usage error (exit 2), not a crash.
    expect(() => nextOpening(closed, at('2026-01-01 08:00'))).toThrow(ClosedCalendarError);
    expect(() => nextOpening(closed, at('2026-01-01 08:00'))).toThrow(
      'The working calendar has no office hours from 01/01/2026 to 04/02/2027 (400 days)',
    );
    expect(() => addWorkingMinutes(closed, at('2026-01-01 08:00'), 60)).toThrow(
      'The working calendar has no office hours from 01/01/2026 to 04/02/2027 (400 days)',
    );
  });
});
