/**
 * Whether a dossier was late, and by how much: against the due moment on the office clock, and a return given as a
 * date alone judged by that date (on time when settled on or before the appointment date, QĐ 766/QĐ-TTg).
 */
import type { WorkingCalendar } from '../time/calendar.js';
import { dayOf, MINUTES_PER_DAY, minuteOf, type Day, type Moment } from '../time/moment.js';
import type { OfficeMinutes } from '../time/office-index.js';

/** How a dossier stood against its due moment at an end (its return, or the as-of moment for an open one). */
export interface Lateness {
  late: boolean;
  /** Office minutes late; 0 when on time. */
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
 * Judges an end against a due moment: late when after it, by the office time between. A bare return date says the
 * day and not the hour, so it is judged by the day alone: on time on or before the due day, else late by the
 * working days after the due day up to the return day, at least one.
 */
export function judge(
  calendar: WorkingCalendar,
  office: OfficeMinutes,
  due: Moment,
  end: Moment,
  bare: boolean,
): Lateness {
  const dueDay = dayOf(due);
  const endDay = dayOf(end);
  const earlierDay = endDay < dueDay;
  if (bare && endDay <= dueDay) return { late: false, lateMinutes: 0, earlierDay };
  if (bare)
    return {
      late: true,
      lateMinutes: workingDaysAfter(calendar, dueDay, endDay) * calendar.hoursPerDay * 60,
      earlierDay,
    };
  return end > due
    ? { late: true, lateMinutes: office.between(due, end), earlierDay }
    : { late: false, lateMinutes: 0, earlierDay };
}

/** Working days after `from` up to and including `to`, at least one (a return on a day off after the due day). */
function workingDaysAfter(calendar: WorkingCalendar, from: Day, to: Day): number {
  let days = 0;
  for (let day = from + 1; day <= to; day++) if (calendar.day(day).hours.length > 0) days++;
  return Math.max(1, days);
}
