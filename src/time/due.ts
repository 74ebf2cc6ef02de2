import type { Duration } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import {
  addWorkingMinutes,
  calendarDaysEnd,
  calendarMonthsEnd,
  closingTime,
  nextWorkingDayOpening,
  nextOpening,
} from './clock.js';
import { dayOf, minuteOf, parseClock, type Moment } from './moment.js';
import { followingDayEnd, nextDayEnd } from './next-day-end.js';

/** Why counting did not start at the moment the dossier was received. */
export type StartReason = 'closed' | 'cutoff';

/** When counting starts for a dossier received at some moment. */
export interface ReceiptStart {
  start: Moment;
  /** Absent when counting starts at the moment of receipt. */
  reason?: StartReason;
}

/**
 * When counting starts for a dossier received at a moment: then if the office is open, else at the next opening;
 * received after the procedure's cutoff (`"15:00"`: later than 15:00), at the opening of the next working day, even
 * when the office has closed by then and opens before it (a Saturday morning). Given the limit, a same-day limit
 * received while the office is closed counts from the next working day too (sameDayStart), so that the plan's start
 * and the appointment tell one story.
 */
export function receiptStart(
  calendar: WorkingCalendar,
  received: Moment,
  cutoff?: string,
  limit?: Pick<Duration, 'unit'>,
): ReceiptStart {
  const open = nextOpening(calendar, received);
  const cutoffMinute = cutoff === undefined ? undefined : parseClock(cutoff);
  if (cutoffMinute !== undefined && minuteOf(received) > cutoffMinute) {
    // Received after the cutoff and the close too, it is still after the cutoff: the office opening next may be a
    // Saturday morning or a holiday's duty hours, no working day, where a receipt at 15:30 already counted from Monday.
    const next = nextWorkingDayOpening(calendar, received);
    if (dayOf(open) === dayOf(received) || next > open) return { start: next, reason: 'cutoff' };
  }
  if (open === received) return { start: open };
  return { start: limit === undefined ? open : sameDayStart(calendar, received, open, limit), reason: 'closed' };
}

/**
 * When a span of time that begins at `start` ends, for every unit. Working hours and days run on the office clock
 * (1 d is `hoursPerDay` office hours, so 0.5 d from 09:00 ends at 13:30 with the lunch break skipped). Calendar
 * days and months follow the Civil Code (Art. 147–148) from the day of `event`, the moment the previous step
 * handed over or the dossier counted as received. Same day ends at the close of the day of `start`.
 */
export function durationEnd(calendar: WorkingCalendar, start: Moment, event: Moment, duration: Duration): Moment {
  if (duration.value <= 0) return start;
  switch (duration.unit) {
    case 'cd':
      return calendarDaysEnd(calendar, dayOf(event), duration.value);
    case 'month':
      return calendarMonthsEnd(calendar, dayOf(event), duration.value);
    case 'sameday':
      return duration.nextDay === undefined
        ? closingTime(calendar, dayOf(start))
        : followingDayEnd(calendar, start, duration.nextDay);
    case 'h':
    case 'd': {
      const hours = duration.unit === 'h' ? duration.value : duration.value * calendar.hoursPerDay;
      return addWorkingMinutes(calendar, start, Math.round(hours * 60));
    }
  }
}

/**
 * The end of a limit for a dossier received at `received` whose counting starts at `start` (receiptStart). Working
 * time runs from `start`; calendar days and months from the day of the receipt itself, whatever its hour or the
 * cutoff: the Civil Code (Art. 147) counts from the day after the event, and a dossier received on Friday evening or
 * on a Sunday was received that day. Counting from the next opening instead gave a date days later (a limit of 10
 * calendar days for a dossier received the evening before Tết ended 10 days after Tết), the unsafe reading. A same-day
 * limit whose words give a later receipt an hour of the next working day ends then (nextDayEnd); a next-day limit at
 * the close (or the morning's close) of the working day after the day of receipt.
 */
export function limitEnd(calendar: WorkingCalendar, received: Moment, start: Moment, limit: Duration): Moment {
  // The next working day is the one after the day of receipt, whatever the hour, the cutoff or the office's hours:
  // the law names the day after the day of receipt itself. Counting from the next opening instead put a dossier
  // received on Saturday 29/08/2026 (online) on Friday 04/09, a day after the Thursday the law gives.
  if (limit.unit === 'sameday' && limit.nextDay !== undefined)
    return followingDayEnd(calendar, received, limit.nextDay);
  const from = sameDayStart(calendar, received, start, limit);
  const nextDay = nextDayEnd(calendar, received, from, limit);
  if (nextDay !== undefined) return nextDay;
  return durationEnd(calendar, from, limit.unit === 'cd' || limit.unit === 'month' ? received : from, limit);
}

/**
 * Where a same-day limit counts from for a dossier received when the office is closed: the next working day (Decree
 * 23/2015/NĐ-CP, Art. 7), as after the cutoff, never the Saturday morning or the duty hours on a holiday the office
 * opens next, which are no working day in law. Received on Friday at 17:30 it was due at that Saturday's 11:30, while
 * one received at 15:30, after a 15:00 cutoff, was due on Monday: a later receipt, an earlier appointment.
 */
function sameDayStart(
  calendar: WorkingCalendar,
  received: Moment,
  start: Moment,
  limit: Pick<Duration, 'unit'>,
): Moment {
  if (limit.unit !== 'sameday' || dayOf(start) === dayOf(received) || calendar.day(dayOf(start)).working) return start;
  return nextWorkingDayOpening(calendar, received);
}

/**
 * The due moment (ngày hẹn trả kết quả) of a limit for a dossier received at `received`: counting starts at the
 * receipt, the next opening, or the next working day after the cutoff, and the limit runs from there in its unit
 * (same day: the close of that working day; past the cutoff, of the next one; calendar days and months: limitEnd).
 */
export function limitDue(calendar: WorkingCalendar, received: Moment, limit: Duration, cutoff?: string): Moment {
  return limitEnd(calendar, received, receiptStart(calendar, received, cutoff, limit).start, limit);
}
