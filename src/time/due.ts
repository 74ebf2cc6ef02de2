import type { Duration } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import { addWorkingMinutes, calendarDaysEnd } from './clock.js';
import { dayOf, type Moment } from './moment.js';
import { receiptStart } from './schedule.js';

/**
 * The due moment (appointment) of a limit for a dossier received at `received`: counting starts as `receiptStart`
 * says (next opening; after the cutoff, the next working day), working hours and days run on the office clock,
 * calendar days follow the Civil Code. Stand-in for h, d and cd written by the `ontime` branch; the `time` branch's
 * version (with `sameday` and `month`) replaces this file at merge.
 */
export function limitDue(calendar: WorkingCalendar, received: Moment, limit: Duration, cutoff?: string): Moment {
  const { start } = receiptStart(calendar, received, cutoff);
  if (limit.value <= 0) return start;
  if (limit.unit === 'cd') return calendarDaysEnd(calendar, dayOf(start), limit.value);
  if (limit.unit === 'h' || limit.unit === 'd') {
    const hours = limit.unit === 'h' ? limit.value : limit.value * calendar.hoursPerDay;
    return addWorkingMinutes(calendar, start, Math.round(hours * 60));
  }
  throw new RangeError(`procmap cannot count a limit in "${String(limit.unit)}" yet`);
}
