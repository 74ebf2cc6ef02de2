import type { WorkingCalendar } from './calendar.js';
import { dayFromParts, dayParts, type Day } from './moment.js';

/** The receipt dates a sweep tries, and why those: the announced years, a chosen `as_of`, or the procedure's start. */
export interface SweepWindow {
  from: Day;
  /** Number of days tried, from `from` on. */
  days: number;
  basis: 'announced' | 'as-of' | 'effective';
  /** Who chose the first day of an `as-of` window: `--as-of`, or the calendar's `as_of` (said in plain words in documents). */
  chosenBy?: 'option' | 'calendar';
  /**
   * The last day an appointment or a finish may reach for its receipt to be judged (the end of the last announced
   * year), for the receipts after the first year of the window: those from the first whose dossier would reach past
   * it on are left out, so that the announced years add no receipt judged on days off that procmap computed. The
   * first year is tried whole whatever it reaches: a procedure effective late in the last announced year is checked
   * against next Tết, on the days off the Labour Code gives (the verdict says so).
   */
  until?: Day;
}

// Only for a procedure without `effective` (the schema requires it) and a calendar without built-in holidays.
const FALLBACK_FROM = dayFromParts(2025, 1, 1)!;

/**
 * The number of days in the year from a day: to the day before the same date next year, leap days included
 * (01/03/2027 runs to 29/02/2028); a year from 29 February runs to 28 February.
 */
export function yearDays(from: Day): number {
  const { year, month, date } = dayParts(from);
  const next = dayFromParts(year + 1, month, date) ?? dayFromParts(year + 1, 3, 1)!;
  return next - from;
}

/** The window of a year from a day: what a sweep of the announced years becomes when no receipt of theirs can be judged. */
export function yearWindow(from: Day, basis: 'as-of' | 'effective'): SweepWindow {
  return { from, days: yearDays(from), basis };
}

/**
 * The receipts a date-dependent check tries, fixed by the data and never by the clock, so the same files give the
 * same answer on any day: a year from `asOf` (`--as-of`, else the calendar's `as_of`) when given; else every year
 * whose days off are announced (2025–2026), from the day the procedure takes effect if that is later, when they hold
 * a year from that day, on as far as the appointments stay in those years (see `until`); else a year from that day.
 * Never less than a year: a few receipts of late December would pass a procedure that next Tết makes late.
 */
export function sweepWindow(calendar: WorkingCalendar, effective: Day | undefined, asOf?: Day): SweepWindow {
  const chosen = asOf ?? calendar.asOf;
  if (chosen !== undefined)
    return {
      ...yearWindow(Math.max(chosen, effective ?? chosen), 'as-of'),
      chosenBy: asOf === undefined && !calendar.asOfByOption ? 'calendar' : 'option',
    };
  const years = calendar.announcedYears;
  if (years.length > 0) {
    const first = dayFromParts(years[0]!, 1, 1)!;
    const end = dayFromParts(years[years.length - 1]! + 1, 1, 1)!;
    const from = Math.max(first, effective ?? first);
    // Years that hold less than a year from the effective date give way to that year (the same `from` then).
    if (from + yearDays(from) <= end) return { from, days: end - from, basis: 'announced', until: end - 1 };
  }
  return yearWindow(effective ?? FALLBACK_FROM, 'effective');
}

/** The years a window or a span of days touches whose days off are not announced and checked: provisional or rule-computed. */
export function unsureYears(calendar: WorkingCalendar, from: Day, to: Day): { provisional: number[]; rule: number[] } {
  const result = { provisional: [] as number[], rule: [] as number[] };
  for (let year = dayParts(from).year; year <= dayParts(to).year; year++) {
    const status = calendar.holidaySource(year);
    if (status === 'provisional' || status === 'rule') result[status].push(year);
  }
  return result;
}
