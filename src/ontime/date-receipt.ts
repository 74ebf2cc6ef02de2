/** Where a receipt written as a date alone counts from: the date reading of the law, never a day early. */
import type { Duration } from '../model/types.js';
import type { WorkingCalendar } from '../time/calendar.js';
import { dayOf, momentAt, minuteOf, type Moment } from '../time/moment.js';

/** A receipt read as its midnight: the export gave its date and no hour (a time of 00:00 reads the same). */
export function isDateOnlyReceipt(received: Moment): boolean {
  return minuteOf(received) === 0;
}

/**
 * The moment a receipt counts from for a limit: the receipt itself when it has an hour; for a date alone, the latest
 * moment of that day's office hours, so that the due moment is the date reading. The law counts a period in days from
 * the day after receipt (Civil Code Art. 147), so N working days from a date end with the N-th working day after it:
 * counted from the office's first hour instead, they ended a day early and a return on the due date read late. Counted
 * from closing time, working days, hours and parts of a day end as late as any hour of that day could make them (the
 * hour is unknown: never late by an hour nobody wrote). A same-day limit counts from the last open minute instead:
 * from closing time it would run into the next working day, later than the date reading; that minute is past any
 * cutoff, so a limit whose late receipts run to the next working day runs there. On a day off the hour changes
 * nothing (counting starts at the next opening), and calendar days and months count from the date whatever the hour.
 */
export function countedReceipt(calendar: WorkingCalendar, received: Moment, limit: Duration): Moment {
  if (!isDateOnlyReceipt(received)) return received;
  const day = dayOf(received);
  const hours = calendar.day(day).hours;
  if (hours.length === 0) return received;
  const closing = momentAt(day, hours[hours.length - 1]!.end);
  return limit.unit === 'sameday' ? closing - 1 : closing;
}

/**
 * For a same-day limit and a receipt written as a date alone, the earliest moment it may have been received: the day's
 * first office minute. With a cutoff the law's due date depends on the hour not written (that day's close before it,
 * the next working day's after it), so the dossier is judged against both readings (evaluate). Undefined for a receipt
 * with its hour, another limit, or a day off (counting starts at the next opening whatever the hour).
 */
export function earliestReceipt(calendar: WorkingCalendar, received: Moment, limit: Duration): Moment | undefined {
  if (limit.unit !== 'sameday' || !isDateOnlyReceipt(received)) return undefined;
  const day = dayOf(received);
  const hours = calendar.day(day).hours;
  return hours.length === 0 ? undefined : momentAt(day, hours[0]!.start);
}
