import type { CalendarConfig, WorkingCalendar } from './calendar.js';
import { dayFromParts, formatDay, weekday } from './moment.js';

/** Days whose status two working calendars disagree on, each `YYYY-MM-DD`, in order. */
export interface CalendarDayChanges {
  /** Usual working days the revision's calendar closes (a holiday added). */
  holidaysAdded: string[];
  /** Usual working days the base's calendar closed and the revision's opens (a holiday removed). */
  holidaysRemoved: string[];
  /** Days off by the week (Saturdays, Sundays) the revision's calendar opens (a make-up working day added). */
  workdaysAdded: string[];
  /** Days off by the week the base's calendar opened and the revision's closes (a make-up working day removed). */
  workdaysRemoved: string[];
}

// The years a calendar section's days name ("2026-06-01", { date: 2026-12-24 }, announced: { 2027: … }): only these,
// with the years procmap holds announced days for, can differ, and checking every year of the century is slow.
const YEAR = /\b(20\d\d)\b/g;

/** The years where two calendars' days may differ: those their sections name, and their announced years. */
function yearsOf(calendars: readonly WorkingCalendar[], sections: readonly (CalendarConfig | undefined)[]): number[] {
  const years = new Set<number>(calendars.flatMap((calendar) => calendar.announcedYears));
  for (const section of sections) {
    const named = JSON.stringify([section?.holidays, section?.workdays, section?.announced, section?.as_of]);
    for (const match of named.matchAll(YEAR)) years.add(Number(match[1]));
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * The days a calendar change opens or closes, by what they were in the week: a weekday closed is a holiday added, a
 * weekend day opened a make-up working day, so that a report names them rather than calling it an office-hours change.
 */
export function calendarDayChanges(
  base: WorkingCalendar,
  revision: WorkingCalendar,
  sections: readonly (CalendarConfig | undefined)[],
): CalendarDayChanges {
  const changes: CalendarDayChanges = {
    holidaysAdded: [],
    holidaysRemoved: [],
    workdaysAdded: [],
    workdaysRemoved: [],
  };
  for (const year of yearsOf([base, revision], sections)) {
    const first = dayFromParts(year, 1, 1);
    const last = dayFromParts(year, 12, 31);
    if (first === undefined || last === undefined) continue;
    for (let day = first; day <= last; day++) {
      const [was, now] = [base.day(day).hours.length > 0, revision.day(day).hours.length > 0];
      if (was === now) continue;
      const usual = revision.week[weekday(day)]!.length > 0;
      const list = usual ? (now ? 'holidaysRemoved' : 'holidaysAdded') : now ? 'workdaysAdded' : 'workdaysRemoved';
      changes[list].push(formatDay(day));
    }
  }
  return changes;
}

/** Whether any day changed. */
export function hasDayChanges(changes: CalendarDayChanges | undefined): changes is CalendarDayChanges {
  return changes !== undefined && Object.values(changes).some((days: string[]) => days.length > 0);
}
