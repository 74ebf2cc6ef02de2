/** The appointment a same-day limit's next-day clause gives a dossier received after its cutoff. */
import { nextDayDue, type NextDayDue } from '../model/next-day-due.js';
import type { Duration } from '../model/types.js';
import type { Interval, WorkingCalendar } from './calendar.js';
import { closingTime, nextWorkingDayOpening } from './clock.js';
import { dayOf, minuteOf, momentAt, type Day, type Moment } from './moment.js';

// The morning ends at noon at the latest: an office open without a lunch break has no morning close of its own.
const NOON = 12 * 60;

/** The minute a day's morning office hours end: the end of the hours that start before noon, by noon. */
export function morningEnd(hours: readonly Interval[]): number {
  const morning = hours.filter((span) => span.start < NOON);
  return morning.length > 0 ? Math.min(morning[morning.length - 1]!.end, NOON) : NOON;
}

/** The close of a day's morning office hours ("vào buổi sáng"), never after the day's close. */
export function morningClose(calendar: WorkingCalendar, day: Day): Moment {
  return Math.min(momentAt(day, morningEnd(calendar.day(day).hours)), closingTime(calendar, day));
}

/**
 * The appointment of a same-day limit whose words give the next working day a time of their own ("… nếu tiếp nhận sau
 * 15h thì trả kết quả trước 10 giờ ngày làm việc tiếp theo", "… vào buổi sáng ngày làm việc tiếp theo") or a span of
 * next working days ("… thì trả kết quả trong 02 ngày làm việc tiếp theo": the close of the second), for a dossier
 * received after that cutoff and so counted from `start` on a later day; undefined otherwise, when the limit ends at
 * the close of the day counting starts.
 */
export function nextDayEnd(
  calendar: WorkingCalendar,
  received: Moment,
  start: Moment,
  limit: Duration,
): Moment | undefined {
  const due = clauseFor(received, start, limit);
  if (due === undefined) return undefined;
  // The day counting starts on is the first of the span; each further one is the next working day.
  let opening = start;
  for (let more = (due.days ?? 1) - 1; more > 0; more--) opening = nextWorkingDayOpening(calendar, opening);
  const day = dayOf(opening);
  const close = closingTime(calendar, day);
  if (due.kind === 'clock') return Math.max(start, Math.min(momentAt(day, due.minute), close));
  if (due.kind === 'morning') return Math.max(start, morningClose(calendar, day));
  return due.days === undefined ? undefined : close;
}

/**
 * The end of a next-day limit ("Trong ngày làm việc tiếp theo") counted from `start`: the close, or the close of the
 * morning, of the first working day after the day of `start`; never a Saturday the office opens, which is no working
 * day (nextWorkingDayOpening).
 */
export function followingDayEnd(calendar: WorkingCalendar, start: Moment, kind: 'close' | 'morning'): Moment {
  const day = dayOf(nextWorkingDayOpening(calendar, start));
  return kind === 'morning' ? morningClose(calendar, day) : closingTime(calendar, day);
}

/**
 * Whether a limit's due moment for a dossier received at `received` and counted from `start` is an hour its next-day
 * clause names ("trước 9 giờ", the morning): the law ends the period at that hour, not at 24:00 of the day, so a
 * result later that day is late, as lint judges it.
 */
export function dueAtNamedHour(received: Moment, start: Moment, limit: Duration): boolean {
  if (limit.nextDay === 'morning') return true;
  const kind = clauseFor(received, start, limit)?.kind;
  return kind === 'clock' || kind === 'morning';
}

/** The next-day clause that gives this receipt its due moment: a same-day limit's, received after its cutoff. */
function clauseFor(received: Moment, start: Moment, limit: Duration): NextDayDue | undefined {
  if (limit.unit !== 'sameday' || limit.nextDay !== undefined || dayOf(start) === dayOf(received)) return undefined;
  const due = nextDayDue(limit.note);
  if (due === undefined || due.cutoff === undefined || minuteOf(received) <= due.cutoff) return undefined;
  return due;
}
