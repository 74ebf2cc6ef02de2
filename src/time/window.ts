import type { WorkingCalendar } from './calendar.js';
import { dayFromParts, dayParts, type Day } from './moment.js';

/** The receipt dates a sweep tries, and why those: the announced years, a chosen `as_of`, or the procedure's start. */
export interface SweepWindow {
  from: Day;
  /** Number of days tried, from `from` on. */
  days: number;
  basis: 'announced' | 'as-of' | 'effective';
}

const YEAR = 365;
// Only for a procedure without `effective` (the schema requires it) and a calendar without built-in holidays.
const FALLBACK_FROM = dayFromParts(2025, 1, 1)!;

/**
 * The receipts a date-dependent check tries, fixed by the data and never by the clock, so the same files give the
 * same answer on any day: a year from `asOf` (`--as-of`, else the calendar's `as_of`) when given; else every year
 * whose days off are announced (2025–2026), from the day the procedure takes effect if that is later; else a year
 * from that day.
 */
export function sweepWindow(calendar: WorkingCalendar, effective: Day | undefined, asOf?: Day): SweepWindow {
  const chosen = asOf ?? calendar.asOf;
  if (chosen !== undefined) return { from: Math.max(chosen, effective ?? chosen), days: YEAR, basis: 'as-of' };
  const years = calendar.announcedYears;
  if (years.length > 0) {
    const first = dayFromParts(years[0]!, 1, 1)!;
    const end = dayFromParts(years[years.length - 1]! + 1, 1, 1)!;
    const from = Math.max(first, effective ?? first);
    if (from < end) return { from, days: end - from, basis: 'announced' };
  }
  return { from: effective ?? FALLBACK_FROM, days: YEAR, basis: 'effective' };
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
