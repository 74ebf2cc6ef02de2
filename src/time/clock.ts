import { UsageError } from '../errors.js';
import type { WorkingCalendar } from './calendar.js';
import { dayFromParts, dayOf, dayParts, minuteOf, momentAt, MINUTES_PER_DAY, type Day, type Moment } from './moment.js';

// A run of closed days this long means the calendar can never open again (every day listed as a holiday).
const MAX_CLOSED_DAYS = 400;

/** A working calendar closed for so long that no time limit can end: the user's calendar to correct, not a crash. */
export class ClosedCalendarError extends UsageError {
  override name = 'ClosedCalendarError';
}

/** dd/mm/yyyy, as officers write dates. */
function dateText(day: Day): string {
  const { year, month, date } = dayParts(day);
  return `${String(date).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

// Named by its file and its dates, never by procmap's day numbers: every weekday listed as a holiday, office hours empty.
function closedTooLong(calendar: WorkingCalendar, from: Day): ClosedCalendarError {
  const [start, end] = [dateText(from), dateText(from + MAX_CLOSED_DAYS - 1)];
  const file = calendar.file;
  return new ClosedCalendarError({
    en: `The working calendar${file === undefined ? '' : ` of "${file}"`} has no office hours from ${start} to ${end} (${MAX_CLOSED_DAYS} days): every day is a day off, so no time limit can end. Remove days from holidays, or give working days (workdays) or office hours (hours)`,
    vi: `Lịch làm việc${file === undefined ? '' : ` trong "${file}"`} không có giờ làm việc nào từ ${start} đến ${end} (${MAX_CLOSED_DAYS} ngày): ngày nào cũng là ngày nghỉ nên không thời hạn nào kết thúc được. Hãy bỏ bớt ngày nghỉ (holidays), hoặc ghi ngày làm việc (workdays) hay giờ làm việc (hours)`,
  });
}

/** The moment itself when the office is open then, else the next opening (after lunch, the next morning, after Tết). */
export function nextOpening(calendar: WorkingCalendar, moment: Moment): Moment {
  const first = dayOf(moment);
  for (let day = first; day < first + MAX_CLOSED_DAYS; day++) {
    const minute = day === first ? minuteOf(moment) : 0;
    const span = calendar.day(day).hours.find((interval) => interval.end > minute);
    if (span) return momentAt(day, Math.max(span.start, minute));
  }
  throw closedTooLong(calendar, first);
}

/**
 * The opening of the first working day after the moment's day: Monday to Friday not a holiday, or a make-up day. A
 * Saturday or a holiday the office opens for a few hours (reception on Saturday mornings) is not one: the working
 * week is Monday to Friday (Decision 188/1999/QĐ-TTg, 40 hours), so a result due "the next working day" after Friday
 * is due on Monday, as one-stop software dates it.
 */
export function nextWorkingDayOpening(calendar: WorkingCalendar, moment: Moment): Moment {
  const first = dayOf(moment) + 1;
  for (let day = first; day < first + MAX_CLOSED_DAYS; day++) {
    const { working, hours } = calendar.day(day);
    if (working && hours.length > 0) return momentAt(day, hours[0]!.start);
  }
  throw closedTooLong(calendar, first);
}

/**
 * The moment a number of working minutes after `from`, counting only office hours. A span that ends exactly at
 * closing time ends there (17:00), not at the next opening.
 */
export function addWorkingMinutes(calendar: WorkingCalendar, from: Moment, minutes: number): Moment {
  let left = minutes;
  let cursor = from;
  let closedSince = dayOf(from);
  while (left > 0) {
    const day = dayOf(cursor);
    const minute = minuteOf(cursor);
    let moved = false;
    for (const { start, end } of calendar.day(day).hours) {
      if (end <= minute) continue;
      const begin = Math.max(start, minute);
      if (left <= end - begin) return momentAt(day, begin + left);
      left -= end - begin;
      moved = true;
    }
    if (moved) closedSince = day + 1;
    else if (day - closedSince >= MAX_CLOSED_DAYS) throw closedTooLong(calendar, closedSince);
    cursor = momentAt(day + 1, 0);
  }
  return from;
}

/** Office minutes between two moments (0 when `to` is not after `from`). */
export function workingMinutesBetween(calendar: WorkingCalendar, from: Moment, to: Moment): number {
  let total = 0;
  for (let day = dayOf(from); day <= dayOf(to); day++) {
    const low = day === dayOf(from) ? minuteOf(from) : 0;
    const high = day === dayOf(to) ? minuteOf(to) : MINUTES_PER_DAY;
    for (const { start, end } of calendar.day(day).hours)
      total += Math.max(0, Math.min(end, high) - Math.max(start, low));
  }
  return total;
}

/** The end of office hours on a day (24:00 when it has none). */
export function closingTime(calendar: WorkingCalendar, day: Day): Moment {
  const hours = calendar.day(day).hours;
  return momentAt(day, hours.length > 0 ? hours[hours.length - 1]!.end : MINUTES_PER_DAY);
}

/**
 * The end of a period of calendar days (Civil Code 2015, Art. 147–148): counting starts the day after the event,
 * the period ends on its last day, and a last day that is a weekend day or holiday moves to the next working day.
 * The law says 24:00; procmap gives the closing time of that day, the last moment anyone can act on it.
 * A fraction of a day counts as a whole day.
 */
export function calendarDaysEnd(calendar: WorkingCalendar, eventDay: Day, days: number): Moment {
  return periodEnd(calendar, eventDay + Math.ceil(days));
}

/** The close of a period's last day, or of the next working day when that day is a weekend day or holiday (Art. 148(2)). */
export function periodEnd(calendar: WorkingCalendar, lastDay: Day): Moment {
  let last = lastDay;
  for (let i = 0; !calendar.day(last).working; i++, last++)
    if (i >= MAX_CLOSED_DAYS) throw closedTooLong(calendar, lastDay);
  return closingTime(calendar, last);
}

/**
 * The end of a period of months (Civil Code 2015, Art. 147–148): it ends on the corresponding day of the last month,
 * on that month's last day when it has no such day (31/1 + 1 month = 28/2 or 29/2), moved to the next working day
 * when that day is a weekend day or holiday; at the closing time of that day, as for calendar days.
 */
export function calendarMonthsEnd(calendar: WorkingCalendar, eventDay: Day, months: number): Moment {
  return periodEnd(calendar, monthsLastDay(eventDay, months));
}

/** The last day of a period of months from an event's day, before a day off moves it (Art. 147–148). */
export function monthsLastDay(eventDay: Day, months: number): Day {
  const { year, month, date } = dayParts(eventDay);
  const index = year * 12 + (month - 1) + months;
  const [endYear, endMonth] = [Math.floor(index / 12), (index % 12) + 1];
  const lastOfMonth = dayFromParts(endMonth === 12 ? endYear + 1 : endYear, endMonth === 12 ? 1 : endMonth + 1, 1)! - 1;
  return Math.min(dayFromParts(endYear, endMonth, 1)! + date - 1, lastOfMonth);
}
