/**
 * How pauses (waiting for the applicant's supplement, QĐ 766/QĐ-TTg) stop a dossier's clock: which part of a pause
 * counts, the office time it takes, and how far it moves the due moment, on the office clock or in dates.
 */
import type { Duration } from '../model/types.js';
import type { WorkingCalendar } from '../time/calendar.js';
import { addWorkingMinutes, monthsLastDay, nextOpening, periodEnd } from '../time/clock.js';
import { dayOf, MINUTES_PER_DAY, type Day, type Moment } from '../time/moment.js';
import type { OfficeMinutes } from '../time/office-index.js';
import type { Pause } from './cells.js';

/** A pause with both its ends, as counted. */
export interface Span {
  from: Moment;
  to: Moment;
}

/** Pauses as counted, and whether any ran past the end of the count (a pause recorded after the result). */
export interface CountedPauses {
  spans: Span[];
  afterEnd: boolean;
}

/**
 * The pauses that stop the clock before `end` (the result, or the report's moment for an open dossier), merged where
 * they overlap: an open pause runs to `end`, and the part of a pause after the result does not count, since the clock
 * stops only while the office waits for the applicant before the result (QĐ 766/QĐ-TTg). Counted, a pause recorded
 * after the result moved the due moment and turned "on time" into "early".
 */
export function countedPauses(pauses: readonly Pause[], end: Moment): CountedPauses {
  let afterEnd = false;
  const spans: Span[] = [];
  for (const pause of pauses) {
    const to = pause.to ?? Math.max(pause.from, end);
    // Whole days end some time on their last day: one whose last day is the result's ran to the result, not past it.
    if (((pause.wholeDays || pause.wholeLastDay) && to !== undefined ? to - MINUTES_PER_DAY : to) > end)
      afterEnd = true;
    if (pause.from < end) spans.push({ from: pause.from, to: Math.min(to, end) });
  }
  spans.sort((a, b) => a.from - b.from);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return { spans: merged, afterEnd };
}

/** Office minutes of the pauses inside [from, to). */
export function pausedWithin(office: OfficeMinutes, spans: readonly Span[], from: Moment, to: Moment): number {
  let total = 0;
  for (const span of spans) total += office.between(Math.max(span.from, from), Math.min(span.to, to));
  return total;
}

/**
 * The due moment moved on by the pauses on the office clock (working days and hours, the same day): each pause that
 * starts while the dossier is in time by `late` (the verdict's rule, against the due moment moved so far) and takes
 * office time stops the clock with the office time then left before the due moment, none when it starts past the due
 * hour on the due day of a limit in whole days, still in time until 24:00. The clock resumes at the next opening from
 * the pause's end, as counting starts for a receipt, and runs that time out: a dossier paused in time resumes in time.
 * A pause that takes no office time (an evening's) changes nothing: it would otherwise give the next day. A pause that
 * starts when the dossier is already late moves nothing: asking for a supplement does not make it on time.
 */
export function extendOnClock(
  calendar: WorkingCalendar,
  office: OfficeMinutes,
  start: Moment,
  due: Moment,
  spans: readonly Span[],
  late: (due: Moment, at: Moment) => boolean,
): Moment {
  let moved = due;
  for (const span of spans) {
    const from = Math.max(span.from, start);
    if (late(moved, from) || span.to <= from || office.between(from, span.to) === 0) continue;
    moved = addWorkingMinutes(calendar, nextOpening(calendar, span.to), office.between(from, moved));
  }
  return moved;
}

/**
 * The end of a period in calendar days or months moved on by the pauses, counted in dates as the Civil Code counts the
 * period (Art. 147–148): the days used before a pause count from the day after the receipt, the days from the pause's
 * first day to the day before it ends do not count, and the days left run on from the day it ends. Only the final last
 * day moves off a day off: carrying office time over a weekend the unpaused period ended on gave a date days after the
 * law's. A pause that starts once every day is used (in the days off the last day was moved over) leaves the dossier due
 * on the day the pause ends; one that starts after the due day moves nothing.
 */
export function extendInDates(
  calendar: WorkingCalendar,
  limit: Duration,
  received: Moment,
  spans: readonly Span[],
): Moment {
  return periodInDates(calendar, limit, received, spans).due;
}

/**
 * The calendar days left of a period in calendar days or months when a pause stops it at `pausedAt` (the pauses before
 * it in `earlier`), and the day the period then ran to: the days from the pause's first counted day to its last day,
 * and that day moved off a day off as `time` moves the due date (Civil Code Art. 148), so that the day named is never
 * a Sunday or a holiday. 15 calendar days from Fri 13/11/2026 paused on 16/11: 2 used, 13 left, to 28/11 (a
 * Saturday), due Mon 30/11.
 */
export function daysLeftInDates(
  calendar: WorkingCalendar,
  limit: Duration,
  received: Moment,
  earlier: readonly Span[],
  pausedAt: Moment,
): { days: number; last: Day } {
  const { last, due } = periodInDates(calendar, limit, received, earlier);
  const firstPaused = Math.max(dayOf(pausedAt), dayOf(received) + 1);
  // The days left are the law's count to the period's last day; the day named is the due date it ends on.
  return { days: Math.max(0, last - firstPaused + 1), last: dayOf(due) };
}

/** A period in calendar days or months moved on by pauses (extendInDates): its last day, and its end off days off. */
function periodInDates(
  calendar: WorkingCalendar,
  limit: Duration,
  received: Moment,
  spans: readonly Span[],
): { last: Day; due: Moment } {
  const receiptDay = dayOf(received);
  let last: Day = limit.unit === 'month' ? monthsLastDay(receiptDay, limit.value) : receiptDay + Math.ceil(limit.value);
  let due = periodEnd(calendar, last);
  for (const span of spans) {
    const from = Math.max(span.from, received);
    if (span.to <= from || dayOf(from) > dayOf(due)) continue;
    const firstPaused = Math.max(dayOf(from), receiptDay + 1);
    const resumed = dayOf(span.to);
    if (resumed <= firstPaused) continue;
    last = firstPaused <= last ? last + (resumed - firstPaused) : Math.max(last, resumed);
    due = periodEnd(calendar, last);
  }
  return { last, due };
}
