/**
 * Whether a dossier was late, and by how much: the law's reading of a limit in days (its period ends at 24:00 of its
 * last day, Civil Code 2015 Art. 148; on time when settled on or before the appointment date, QĐ 766/QĐ-TTg), the
 * office clock otherwise, and a return given as a date alone judged by that date.
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
 * Judges an end against a due moment. A limit in days (working or calendar days, months, the same day) ends at 24:00
 * of the due day, so an end on that day is on time whatever the hour (a return at 17:30 against 17:00). Otherwise an
 * end is late only when office time passes after the due moment, and late by that office time: a return at 13:00
 * against 11:30, the office closed for lunch between, is not late, and no dossier is ever late by nothing. A bare
 * return date says the day and not the hour, so it is judged by the day alone: on time on or before the due day,
 * else late by the working days after the due day up to the return day, at least one.
 */
export function judge(
  calendar: WorkingCalendar,
  office: OfficeMinutes,
  limit: Duration,
  due: Moment,
  end: Moment,
  bare: boolean,
): Lateness {
  const dueDay = dayOf(due);
  const endDay = dayOf(end);
  const earlierDay = endDay < dueDay;
  if (endDay <= dueDay && (bare || limit.unit !== 'h')) return { late: false, lateMinutes: 0, earlierDay };
  if (bare)
    return {
      late: true,
      lateMinutes: workingDaysAfter(calendar, dueDay, endDay) * calendar.hoursPerDay * 60,
      earlierDay,
    };
  const lateMinutes = office.between(due, end);
  return { late: lateMinutes > 0, lateMinutes, earlierDay };
}

/** Working days after `from` up to and including `to`, at least one (a return on a day off after the due day). */
function workingDaysAfter(calendar: WorkingCalendar, from: Day, to: Day): number {
  let days = 0;
  for (let day = from + 1; day <= to; day++) if (calendar.day(day).hours.length > 0) days++;
  return Math.max(1, days);
}
