import { readDuration } from '../model/duration.js';
import type { WorkingCalendar } from './calendar.js';
import type { Duration } from '../model/types.js';
import { addWorkingMinutes, monthsLastDay } from './clock.js';
import { countingCutoff } from './cutoff-scope.js';
import { limitEnd, receiptStart } from './due.js';
import { dayOf, momentAt, parseDay, type Day, type Moment } from './moment.js';
import { shareLimits } from './share-time.js';
import { sweepWindow } from './window.js';

/**
 * The ends of a liên thông limit's shares counted one after another from a receipt (`start`: where counting starts):
 * calendar days from the day after the share before ends, as from a receipt (Civil Code 2015, Art. 147), working time
 * on from its end. Undefined when the limit gives no shares procmap can date.
 *
 * `end` is the safe reading: a share in calendar days or months after one in calendar days or months counts from the
 * last day of the share before as it fell, before a day off moved it (Art. 148(2) moves the end of a period, so
 * that the agency can still act, and gives the next agency no more days), as the steps are dated (schedule.ts), so
 * the shares end where the whole limit does. `inOrder` is the other reading, each share from the moved end of the one
 * before (the day the dossier may be handed over), never earlier: steps-within-share warns when it runs past the
 * appointment. Counting a middle share from the moved end gave it a later end than the text allows (15 ngày lịch,
 * three shares of 05, received Mon 24/08/2026: the second share ended Tue 08/09, the appointment, not Thu 03/09).
 */
export function sharesInOrder(
  text: string,
  calendar: WorkingCalendar,
  received: Moment,
  start: Moment,
): { agency: string; time: string; end: Moment; inOrder: Moment }[] | undefined {
  const limits = shareLimits(text, calendar.hoursPerDay);
  if (limits === undefined) return undefined;
  let [from, got] = [start, received];
  let [fromInOrder, gotInOrder] = [start, received];
  // The last day of the share before as it fell, when it was in calendar days or months.
  let asFell: Moment | undefined;
  return limits.map(({ agency, time, duration, hours }) => {
    const dated = duration.unit === 'cd' || duration.unit === 'month';
    const event = dated && asFell !== undefined ? asFell : got;
    from =
      hours === undefined
        ? limitEnd(calendar, event, from, duration)
        : addWorkingMinutes(calendar, from, Math.round(hours * 60));
    fromInOrder =
      hours === undefined
        ? limitEnd(calendar, gotInOrder, fromInOrder, duration)
        : addWorkingMinutes(calendar, fromInOrder, Math.round(hours * 60));
    asFell = dated ? momentAt(lastDayAsFell(dayOf(event), duration), 0) : undefined;
    // The end of the share before is when the next agency gets the dossier.
    [got, gotInOrder] = [from, fromInOrder];
    return { agency, time, end: from, inOrder: Math.max(from, fromInOrder) as Moment };
  });
}

/** The last day of a period in calendar days or months from an event's day, before a day off moves it (clock.ts). */
function lastDayAsFell(eventDay: Day, duration: Duration): Day {
  return duration.unit === 'month'
    ? monthsLastDay(eventDay, duration.value)
    : ((eventDay + Math.ceil(duration.value)) as Day);
}

/**
 * Whether a limit's shares, counted one after another, can end after the whole limit's appointment for some receipt
 * date: calendar-day shares that sum to the total still end later when one ends on a day off and is carried to the
 * next working day (30/4–1/5), the next counting from there. The first such receipt (tried at the opening of each
 * working day of the sweep's window), the last share's end and the appointment; undefined when they never do. The
 * total binds (it is the citizen's appointment), so the last share must end by it.
 */
export function sharesPastTotal(
  text: string,
  calendar: WorkingCalendar,
  effective: string | undefined,
  cutoff?: string,
): { agency: string; received: Moment; end: Moment; appointment: Moment } | undefined {
  const reading = readDuration(text);
  if (!reading.ok) return undefined;
  const total = { ...reading.duration };
  delete total.note;
  // Working time adds up exactly; only calendar days can be pushed past a day off.
  if (shareLimits(text, calendar.hoursPerDay)?.every(({ hours }) => hours !== undefined) !== false) return undefined;
  const window = sweepWindow(calendar, effective === undefined ? undefined : parseDay(effective));
  try {
    for (let day = window.from; day < window.from + window.days; day++) {
      const hours = calendar.day(day).hours;
      if (hours.length === 0) continue;
      const received = momentAt(day, hours[0]!.start);
      const { start } = receiptStart(calendar, received, countingCutoff(total, cutoff), total);
      const appointment = limitEnd(calendar, received, start, total);
      const shares = sharesInOrder(text, calendar, received, start);
      const last = shares?.at(-1);
      if (last !== undefined && last.inOrder > appointment)
        return { agency: last.agency, received, end: last.inOrder, appointment };
    }
  } catch (error) {
    // Dates beyond the lunar table: within-time-limit says so for the file.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
  return undefined;
}
