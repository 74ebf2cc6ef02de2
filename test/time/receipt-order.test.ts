import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/model/duration.js';
import { createCalendar } from '../../src/time/calendar.js';
import { limitDue } from '../../src/time/due.js';
import { at, show } from './helpers.js';

// A dossier received later the same day never gets an earlier appointment: the cutoff and the close move a receipt to
// the next working day, never back to the Saturday morning or the duty desk before it. An office open on Saturday
// mornings gave Friday 17:30 that Saturday's 11:30 under "trong ngày" (and "4 giờ làm việc" with a cutoff), while
// Friday 15:30, after the 15:00 cutoff, was due on Monday. Across midnight the order may turn (a receipt on Saturday
// at 00:10 is served that Saturday morning, one on Friday at 23:50 after the cutoff on Monday): each day is its own.
const OFFICES = {
  'open on Saturday mornings': createCalendar({ saturday: ['07:30-11:30'] }),
  'with a duty desk in Tết (Mon 16/02/2026)': createCalendar({
    workdays: [{ date: '2026-02-16', name: 'Trực Tết', hours: ['08:00-11:00'] }],
  }),
  'with a half day (Thu 31/12/2026)': createCalendar({
    saturday: ['07:30-11:30'],
    workdays: [{ date: '2026-12-31', name: 'Nửa ngày', hours: ['07:30-11:30'] }],
  }),
};
const LIMITS = ['trong ngày', '4 giờ làm việc', '1 ngày làm việc', 'Trong ngày làm việc tiếp theo', '3 ngày lịch'];
// Weeks with a Friday before a Saturday morning, Tết 2026 with its duty day, and the year's end with the half day.
const WEEKS = ['2026-03-02', '2026-02-09', '2026-12-28'];

describe('a later receipt the same day is never due earlier', () => {
  for (const [office, calendar] of Object.entries(OFFICES))
    it.each(LIMITS.flatMap((limit) => [undefined, '15:00'].map((cutoff) => [limit, cutoff] as const)))(
      `office ${office}: "%s", cutoff %s`,
      (limit, cutoff) => {
        const duration = parseDuration(limit)!;
        for (const week of WEEKS)
          for (let day = 0; day < 7; day++) {
            const midnight = at(`${week} 00:00`) + day * 1440;
            let earlier = { received: midnight, due: limitDue(calendar, midnight, duration, cutoff) };
            for (let minute = 10; minute < 1440; minute += 10) {
              const received = midnight + minute;
              const due = limitDue(calendar, received, duration, cutoff);
              if (due < earlier.due)
                expect(`${show(received)} due ${show(due)}`).toBe(
                  `after ${show(earlier.received)} due ${show(earlier.due)}`,
                );
              earlier = { received, due };
            }
          }
      },
    );
});
