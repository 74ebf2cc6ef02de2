import { describe, expect, it } from 'vitest';
import { daysOrHours, formatDuration, formatLimit, formatWorkingTime } from '../../src/time/units.js';

describe('formatWorkingTime', () => {
  it('prints days with their hours when two-decimal days hold the time', () => {
    expect(formatWorkingTime(44, 8, 'vi')).toBe('5,5 ngày làm việc (44 giờ)');
    expect(formatWorkingTime(4, 8, 'vi')).toBe('0,5 ngày làm việc (4 giờ)');
    expect(formatWorkingTime(2, 8, 'en')).toBe('0.25 working days (2 h)');
    expect(formatWorkingTime(8, 8, 'en')).toBe('1 working day (8 h)');
  });

  it('prints less than a day in hours when days would round: 1 hour is not "0,13 ngày"', () => {
    expect(formatWorkingTime(1, 8, 'vi')).toBe('1 giờ làm việc');
    // Under an hour, in minutes as officers say it, working minutes as hours are working hours.
    expect(formatWorkingTime(0.5, 8, 'vi')).toBe('30 phút làm việc');
    expect(formatWorkingTime(1 / 3, 8, 'en')).toBe('20 working minutes');
    expect(formatWorkingTime(3.5, 8, 'vi')).toBe('3 giờ 30 phút làm việc');
    expect(formatWorkingTime(1, 8, 'en')).toBe('1 working hour');
    expect(formatWorkingTime(7, 8, 'en')).toBe('7 working hours');
    expect(formatWorkingTime(1 + 59 / 60, 8, 'vi')).toBe('1 giờ 59 phút làm việc');
    expect(formatWorkingTime(1 / 60, 8, 'en')).toBe('1 working minute');
  });

  it('keeps days for a day or more, and hours of another working day', () => {
    expect(formatWorkingTime(9, 8, 'vi')).toBe('1,13 ngày làm việc (9 giờ)');
    expect(formatWorkingTime(1, 7, 'vi')).toBe('1 giờ làm việc');
    expect(formatWorkingTime(3.5, 7, 'vi')).toBe('0,5 ngày làm việc (3 giờ 30 phút)');
  });

  it('prints a time to the minute in hours and minutes alone: "3 ngày làm việc (23 giờ 59 phút)" contradicts itself', () => {
    expect(formatWorkingTime(23 + 59 / 60, 8, 'vi')).toBe('23 giờ 59 phút làm việc');
    expect(formatWorkingTime(23 + 59 / 60, 8, 'en')).toBe('23 working hours 59 minutes');
    expect(formatWorkingTime(44 + 1 / 60, 8, 'vi')).toBe('44 giờ 1 phút làm việc');
    // Tables with their own words say it in hours too, not "3 ngày làm việc".
    expect(daysOrHours(23 + 59 / 60, 8)).toEqual({ value: 23 + 59 / 60, unit: 'h' });
    // Hours that two decimals hold keep their days.
    expect(formatWorkingTime(24, 8, 'vi')).toBe('3 ngày làm việc (24 giờ)');
    expect(daysOrHours(24, 8)).toEqual({ value: 3, unit: 'd' });
  });
});

describe('formatDuration', () => {
  it('prints a limit the law wrote in years in years, and one in months in months', () => {
    expect(formatDuration({ value: 12, unit: 'month', years: true }, 'vi')).toBe('1 năm');
    expect(formatDuration({ value: 18, unit: 'month', years: true }, 'vi')).toBe('1,5 năm');
    expect(formatDuration({ value: 24, unit: 'month', years: true }, 'en')).toBe('2 years');
    expect(formatLimit({ value: 12, unit: 'month' }, 'vi')).toBe('12 tháng');
    expect(formatLimit({ value: 18, unit: 'month' }, 'en')).toBe('18 months');
  });

  it('says "working" in full in English, as Vietnamese does: "2 d" beside "45 calendar days" reads as calendar days', () => {
    expect(formatDuration({ value: 2, unit: 'd' }, 'en')).toBe('2 working days');
    expect(formatDuration({ value: 4, unit: 'h' }, 'en')).toBe('4 working hours');
    expect(formatDuration({ value: 2, unit: 'd' }, 'vi')).toBe('2 ngày làm việc');
    // Minutes are working minutes too: a step table's "15 phút" beside "1 giờ làm việc" reads as another kind of time.
    expect(formatDuration({ value: 1 / 3, unit: 'h' }, 'en')).toBe('20 working minutes');
    expect(formatDuration({ value: 0.25, unit: 'h' }, 'vi')).toBe('15 phút làm việc');
    // A limit's words are the same words.
    expect(formatLimit({ value: 10, unit: 'd' }, 'en')).toBe(formatDuration({ value: 10, unit: 'd' }, 'en'));
  });

  it('puts one of anything, or minus one, in the singular', () => {
    expect(formatDuration({ value: 1, unit: 'd' }, 'en')).toBe('1 working day');
    expect(formatDuration({ value: 1, unit: 'h' }, 'en')).toBe('1 working hour');
    expect(formatDuration({ value: -1, unit: 'd' }, 'en')).toBe('-1 working day');
    expect(formatDuration({ value: 1, unit: 'cd' }, 'en')).toBe('1 calendar day');
    expect(formatDuration({ value: 1, unit: 'month' }, 'en')).toBe('1 month');
    expect(formatDuration({ value: 12, unit: 'month', years: true }, 'en')).toBe('1 year');
    expect(formatDuration({ value: 0.5, unit: 'd' }, 'en')).toBe('0.5 working days');
    expect(formatWorkingTime(-8, 8, 'en')).toBe('-1 working day (-8 h)');
  });
});
