import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/time/calendar.js';
import { calendarDayChanges, hasDayChanges } from '../../src/time/calendar-day-changes.js';

describe('calendarDayChanges', () => {
  const base = createCalendar({ holidays: ['2027-03-01'], workdays: ['2027-03-06'] });

  it('names a weekday closed or opened as a day off, a weekend day as a make-up day, in the years the sections name', () => {
    const revision = createCalendar({ holidays: ['2027-03-02'], workdays: ['2027-03-13'] });
    expect(calendarDayChanges(base, revision, [{ holidays: ['2027-03-01'] }, { holidays: ['2027-03-02'] }])).toEqual({
      holidaysAdded: ['2027-03-02'],
      holidaysRemoved: ['2027-03-01'],
      workdaysAdded: ['2027-03-13'],
      workdaysRemoved: ['2027-03-06'],
    });
  });

  it('finds nothing where only the office hours changed', () => {
    const revision = createCalendar({
      hours: ['07:30-11:30', '13:30-16:30'],
      holidays: ['2027-03-01'],
      workdays: ['2027-03-06'],
    });
    expect(hasDayChanges(calendarDayChanges(base, revision, [{ holidays: ['2027-03-01'] }]))).toBe(false);
  });
});
