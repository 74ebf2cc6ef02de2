import fc from 'fast-check';
import { describe, it } from 'vitest';
import { createCalendar } from '../../src/time/calendar.js';
import { workingMinutesBetween } from '../../src/time/clock.js';
import { OfficeMinutes } from '../../src/time/office-index.js';
import { momentAt, parseDay } from '../../src/time/moment.js';

describe('OfficeMinutes', () => {
  const calendars = {
    vietnam: createCalendar(),
    saturdays: createCalendar({
      saturday: ['07:30-11:30'],
      holidays: [{ date: '2026-03-02', to: '2026-03-06' }],
      workdays: [{ date: '2026-03-08', hours: ['08:00-10:00'] }],
    }),
  };
  const base = parseDay('2025-06-01')!;
  const moment = fc
    .tuple(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 1439 }))
    .map(([day, minute]) => momentAt(base + day, minute));

  for (const [name, calendar] of Object.entries(calendars)) {
    it(`gives exactly what workingMinutesBetween gives (${name} calendar)`, () => {
      const index = new OfficeMinutes(calendar);
      fc.assert(
        fc.property(moment, moment, (a, b) => index.between(a, b) === workingMinutesBetween(calendar, a, b)),
        { numRuns: 2000 },
      );
    });
  }
});
