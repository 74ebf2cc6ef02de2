import type { CalendarConfig, WorkingCalendar } from '../time/calendar.js';
import { calendarDayChanges, hasDayChanges } from '../time/calendar-day-changes.js';
import { limitOrder, limitShares } from '../time/limit-order.js';
import { officeHoursText } from '../time/office-hours.js';
import { overOnDates } from '../time/over-on-dates.js';
import { classify, type Change } from './classify.js';
import { compareCatalogs, type DiffSide } from './compare.js';

/** The working calendar of each side of a diff. */
export interface DiffCalendars {
  base: WorkingCalendar;
  revision: WorkingCalendar;
  /** The calendar sections they were built from, base's then revision's: the years their days name are compared. */
  sections?: readonly (CalendarConfig | undefined)[];
  /** The calendar file the revision's calendar was read from, where it was one: its changes are labelled by it. */
  file?: string | undefined;
}

/**
 * Compares two catalogs and judges each change, each side's times counted on its own calendar, as lint counts them
 * there. `changed` says the calendars differ: procedures the same on both sides are then judged too, and one the new
 * calendar puts over its limit (or back within it) is reported as the calendar's change.
 */
export function judgeCatalogs(
  base: readonly DiffSide[],
  revision: readonly DiffSide[],
  calendars: DiffCalendars,
  changed: boolean,
): Change[] {
  const days = { base: calendars.base.hoursPerDay, revision: calendars.revision.hoursPerDay };
  // The days off and make-up days that changed, for the report to name: office hours alike say nothing of them.
  const dayChanges = changed
    ? calendarDayChanges(calendars.base, calendars.revision, calendars.sections ?? [])
    : undefined;
  return classify(
    compareCatalogs(base, revision, days, changed),
    days.revision,
    // Two limits are ordered on the dates of each side's calendar; classify says where the two disagree.
    (b, a, side = 'revision') => limitOrder(calendars[side], b, a),
    (procedure, channel, side = 'revision') => overOnDates(calendars[side], procedure, channel),
    changed
      ? {
          baseHoursPerDay: days.base,
          before: officeHoursText(calendars.base),
          after: officeHoursText(calendars.revision),
          ...(hasDayChanges(dayChanges) ? { days: dayChanges } : {}),
          ...(calendars.file === undefined ? {} : { file: calendars.file }),
        }
      : undefined,
    // Limits no sweep orders: how often the new one is longer, on the calendar the revision is judged by.
    (b, a) => limitShares(calendars.revision, b, a),
  );
}
