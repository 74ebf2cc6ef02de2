/**
 * Whether a dossier was late, and by how much: the law's reading of a limit in whole days (its period ends at 24:00 of
 * its last day, Civil Code 2015 Art. 148; on time when settled on or before the appointment date, QĐ 766/QĐ-TTg), the
 * office clock otherwise and at an hour the law names, a later day always late, and a return given as a date alone
 * judged by that date.
 */
import type { Duration } from '../model/types.js';
import type { WorkingCalendar } from '../time/calendar.js';
import { dayOf, MINUTES_PER_DAY, minuteOf, type Day, type Moment } from '../time/moment.js';
import type { OfficeMinutes } from '../time/office-index.js';

/** How a dossier stood against its due moment at an end (its return, or the as-of moment for an open one). */
export interface Lateness {
  late: boolean;
  /** Office minutes late: more than 0 when late, 0 when not. */
  lateMinutes: number;
  /** The end lies on an earlier day than the due moment. */
  earlierDay: boolean;
}

/** A return written as a date with no time (read as its midnight): the return of that day, time unknown. */
export function isBareDate(moment: Moment): boolean {
  return minuteOf(moment) === 0;
}

/** The end of a day: 24:00, the next day's midnight. */
export function endOfDay(day: Day): Moment {
  return (day + 1) * MINUTES_PER_DAY;
}

/**
 * Whether a limit is counted in whole days (working or calendar days, months, the same day): its period ends at 24:00
 * of its last day. A limit whose due moment falls inside a day, in hours or a part of a day (`nửa ngày`, `1,5 ngày`),
 * is not: it is judged by its due moment, as the same time written in hours is; nor is a due moment at an hour the law
 * names (`atNamedHour`, a next-day clause's "trước 9 giờ": dueAtNamedHour), which the law ends at that hour.
 */
export function endsWithItsDay(limit: Duration, atNamedHour: boolean): boolean {
  if (atNamedHour) return false;
  return limit.unit === 'd' ? Number.isInteger(limit.value) : limit.unit !== 'h';
}

/**
 * Whether steps that end at `finish` end after the appointment's hour but on its day, under a limit that runs to 24:00
 * of that day (endsWithItsDay): on time by the law, and by `ontime`, though later than the hour the receipt slip gives.
 */
export function endsOnItsDay(limit: Duration, atNamedHour: boolean, appointment: Moment, finish: Moment): boolean {
  return finish > appointment && endsWithItsDay(limit, atNamedHour) && dayOf(finish) === dayOf(appointment);
}

/**
 * Whether a dossier is past its due moment at a moment, by the verdict's rule: on a later day than the due day always;
 * on the due day, for a limit of whole days never (it ends at 24:00), otherwise once office time has passed after the
 * due moment.
 */
export function pastDue(
  office: OfficeMinutes,
  limit: Duration,
  atNamedHour: boolean,
  due: Moment,
  at: Moment,
): boolean {
  const dueDay = dayOf(due);
  const day = dayOf(at);
  if (day !== dueDay) return day > dueDay;
  return !endsWithItsDay(limit, atNamedHour) && office.between(due, at) > 0;
}

/**
 * Judges an end against a due moment (pastDue): late by the office time after the due moment, and at least a minute,
 * since an end on a later day than the due day is late even before the office opens again (a return on Saturday
 * against Friday 17:00). A bare return date says the day and not the hour, so it is judged by the day alone: on time
 * on or before the due day, else late by the working days after the due day up to the return day, at least one.
 */
export function judge(
  calendar: WorkingCalendar,
  office: OfficeMinutes,
  limit: Duration,
  atNamedHour: boolean,
  due: Moment,
  end: Moment,
  bare: boolean,
): Lateness {
  const dueDay = dayOf(due);
  const endDay = dayOf(end);
  const earlierDay = endDay < dueDay;
  if (bare)
    return endDay <= dueDay
      ? { late: false, lateMinutes: 0, earlierDay }
      : { late: true, lateMinutes: workingDaysAfter(calendar, dueDay, endDay) * calendar.hoursPerDay * 60, earlierDay };
  if (!pastDue(office, limit, atNamedHour, due, end)) return { late: false, lateMinutes: 0, earlierDay };
  return { late: true, lateMinutes: Math.max(1, office.between(due, end)), earlierDay };
}

/** Working days after `from` up to and including `to`, at least one (a return on a day off after the due day). */
function workingDaysAfter(calendar: WorkingCalendar, from: Day, to: Day): number {
  let days = 0;
  for (let day = from + 1; day <= to; day++) if (calendar.day(day).hours.length > 0) days++;
  return Math.max(1, days);
}
