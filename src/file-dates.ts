import type { Procedure } from './model/types.js';
import { parseDay, type Day } from './time/moment.js';

/** The dates a Word or Excel file records of itself (File › Properties) and stamps its zip entries with. */
export interface FileDates {
  created: Date;
  modified: Date;
}

const MS_PER_DAY = 86_400_000;

// The earliest date a zip entry can hold (MS-DOS time): the date of a file made from nothing that names a date.
const NO_DATE = new Date(Date.UTC(1980, 0, 1));

/** A day as midnight UTC: the same calendar date in Vietnam (07:00) and wherever the file is opened west of it. */
function dayDate(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

/** One date for both: `SOURCE_DATE_EPOCH`'s, or a report's own date. */
export function sameDates(date: Date): FileDates {
  return { created: date, modified: date };
}

/**
 * The dates of a file made from procedures, never the time of the run, so that the same procedures give the same
 * bytes: created on the earliest of their effective and amendment (history) dates, modified on the latest, the
 * dates a secretary reads as the document's; `source` (SOURCE_DATE_EPOCH) instead when it is set.
 */
export function procedureDates(procedures: readonly Procedure[], source?: Date): FileDates {
  if (source) return sameDates(source);
  const days = procedures
    .flatMap((p) => [p.effective, ...(p.history ?? []).map((entry) => entry.date)])
    .flatMap((text) => (typeof text === 'string' ? [parseDay(text)] : []))
    .filter((day): day is Day => day !== undefined);
  if (days.length === 0) return sameDates(NO_DATE);
  return { created: dayDate(Math.min(...days)), modified: dayDate(Math.max(...days)) };
}

/** The dates of a report about one day (the on-time report's "as of"): that day, or `source` when it is set. */
export function reportDates(day: Day, source?: Date): FileDates {
  return sameDates(source ?? dayDate(day));
}
