import type { Interval, WorkingCalendar, YearInfo } from './calendar.js';
import type { DayAbout } from './day-names.js';
import { dayFromParts, weekday, type Day } from './moment.js';

/**
 * One day of a year that differs from the ordinary week: a weekday off, a weekend day made a working day, or a public
 * holiday the office opens for duty hours (`duty`: still a holiday in law, so no calendar-day or month period ends
 * on it, while its hours count as working time).
 */
export interface YearDay {
  day: Day;
  kind: 'off' | 'work' | 'duty';
  /** Undefined for a day of the catalog's calendar written without a name: named in the output's language. */
  name?: string;
  /** What a built-in day is, for each output to name it in its own language. */
  about?: DayAbout;
  /**
   * A working or duty day's own office hours, which working time, "trong ngày" and hour counts use (a make-up
   * Saturday works the Monday–Friday hours, a half day its own); undefined for a day off.
   */
  hours?: readonly Interval[];
  /** The notice or article of law it comes from; `config` for the catalog's own calendar section. */
  source?: string;
}

/** What `procmap calendar` shows for one year: office hours, status of the data, every day off and make-up day. */
export interface CalendarYear {
  year: number;
  info: YearInfo;
  hoursPerDay: number;
  week: readonly (readonly Interval[])[];
  days: YearDay[];
  /** The file the calendar section was read from, to name as the source of its days. */
  file?: string;
}

/**
 * The days of a year that differ from its ordinary week, with their reasons and sources. Weekend days inside a
 * break are ordinary days off and not listed, unless the week opens on them (a Saturday morning the break closes);
 * every day that is off although the week says open, or open although it is a weekend day, is, and every working
 * day of the calendar section's `workdays` (a duty day in Tết).
 */
export function calendarYear(calendar: WorkingCalendar, year: number): CalendarYear {
  const days: YearDay[] = [];
  const first = dayFromParts(year, 1, 1)!;
  const end = dayFromParts(year + 1, 1, 1)!;
  for (let day = first; day < end; day++) {
    const { hours, working, name, about, source } = calendar.day(day);
    const weekend = weekday(day) === 0 || weekday(day) === 6;
    // A working day the calendar section names is listed wherever it falls: a duty day in Tết is a weekday.
    const declared = hours.length > 0 && source === 'config';
    const weekOpens = calendar.week[weekday(day)]!.length > 0;
    const kind =
      !working && hours.length === 0 && (!weekend || weekOpens)
        ? 'off'
        : (working && weekend) || declared
          ? 'work'
          : undefined;
    if (kind === undefined || (name === undefined && source === undefined)) continue;
    // Opened on a holiday in law (a duty day in Tết): not a make-up day, whose day is a working day in law.
    const entry: YearDay = kind === 'off' ? { day, kind } : { day, kind: working ? 'work' : 'duty', hours };
    if (name !== undefined) entry.name = name;
    if (about !== undefined) entry.about = about;
    if (source !== undefined) entry.source = source;
    days.push(entry);
  }
  const result: CalendarYear = {
    year,
    info: calendar.yearInfo(year),
    hoursPerDay: calendar.hoursPerDay,
    week: calendar.week,
    days,
  };
  if (calendar.file !== undefined) result.file = calendar.file;
  return result;
}
