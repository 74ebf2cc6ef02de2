import { parseDuration, readDuration, toWorkingHours } from '../model/duration.js';
import { explicitDays } from '../model/explicit-days.js';
import type { Duration, Procedure } from '../model/types.js';
import { difference, type CaseTime, type WorkingTime } from './analyse.js';
import type { WorkingCalendar } from './calendar.js';
import { calendarDaysEnd } from './clock.js';
import { dayOf, type Moment } from './moment.js';
import { dueAtNamedHour } from './next-day-end.js';
import { scheduleProcedure } from './schedule.js';
import { formatDuration } from './units.js';

// A case whose own limit is bare days ("thời hạn không quá 15 ngày", or "tăng thêm 05 ngày" after working days) has
// two readings, which lint (within-time-limit) and 5.4 of the document both judge. `time` judges the same two: as
// working days and as calendar days, each with its own limit, and with a receipt its own appointment.

/** One reading of a case's bare days: the words to write for it, and the limit it gives. */
export interface CaseReading {
  reading: 'working' | 'calendar';
  /** The case's limit in this reading's words: "thời hạn không quá 15 ngày làm việc", "tăng thêm 05 ngày lịch". */
  words: string;
  /**
   * The limit this reading gives as one duration ("15 ngày làm việc", "15 ngày lịch"); undefined for bare days added
   * as calendar days after working days, which are the general limit (`counted`) and then `added` calendar days.
   */
  duration?: Duration;
  /** The limit counted from a receipt: the reading's whole limit, or for `added` the general one it follows. */
  counted: string;
  /** For calendar days added after working days: the days added after the general limit (Civil Code Art. 147–148). */
  added?: number;
}

/** The working-days and calendar-days readings of a case's bare days, in that order; undefined for a settled case. */
export function caseReadings(own: CaseTime): [CaseReading, CaseReading] | undefined {
  if (!own.unsettled) return undefined;
  const added = own.calendarExtension;
  if (added)
    return [
      {
        reading: 'working',
        words: added.working,
        duration: own.limitDuration,
        counted: formatDuration(own.limitDuration, 'vi'),
      },
      { reading: 'calendar', words: added.calendar, counted: added.general, added: added.days },
    ];
  // Bare days added to a limit in another unit ("15 ngày lịch, tăng thêm 05 ngày") give no sum to judge either way.
  const read = readDuration(own.text);
  if (!read.ok || !read.bare || read.duration.unit !== 'cd') return undefined;
  const { value } = read.duration;
  const [working, calendar] = (['working', 'calendar'] as const).map((reading) => {
    const words = explicitDays(own.text, reading);
    return { reading, words, duration: { value, unit: reading === 'working' ? 'd' : 'cd' } as const, counted: words };
  });
  return [working!, calendar!];
}

/**
 * A case's bare days with no reading procmap can count ("10 ngày lịch, tăng thêm 05 ngày": no sum either way): lint
 * judges it against nothing (ambiguous-days asks which days), `time` says "not judged", 5.4 "chưa xét", and the
 * procedure's verdict (stats, the site) stays open rather than say "within" past a case no one judged.
 */
export function judgedAgainstNothing(own: CaseTime): boolean {
  return own.unsettled === true && caseReadings(own) === undefined;
}

/** The working-days reading's verdict on the case's total: its slack against the limit; undefined without a total. */
export function workingReadingVerdict(
  own: CaseTime,
  hoursPerDay: number,
): { slack: WorkingTime; withinLimit: boolean } | undefined {
  const duration = caseReadings(own)?.[0].duration;
  const limit = duration ? toWorkingHours(duration, hoursPerDay) : undefined;
  if (limit === undefined || !own.total) return undefined;
  return { slack: difference(limit, own.total.hours, hoursPerDay), withinLimit: own.total.hours <= limit + 1e-9 };
}

/** A reading's appointment for one receipt, and when the case's steps end under it. */
export interface ReadingAppointment {
  reading: 'working' | 'calendar';
  appointment: Moment;
  /** The appointment is an hour the law names, which ends the period then, not at 24:00 of its day. */
  atNamedHour: boolean;
  finish: Moment;
}

/**
 * With a receipt, each reading's appointment for a case's bare days: its limit counted from the receipt on the case's
 * own paths; for calendar days added after working days, the close of the `days`-th day after the working days end,
 * or of the next working day (Art. 147–148). Undefined for a settled case or a flow with a cycle.
 */
export function readingAppointments(
  procedure: Procedure,
  own: CaseTime,
  calendar: WorkingCalendar,
  received: Moment,
): ReadingAppointment[] | undefined {
  const readings = caseReadings(own);
  if (!readings) return undefined;
  const out: ReadingAppointment[] = [];
  for (const { reading, duration, counted, added } of readings) {
    const schedule = scheduleProcedure({ ...procedure, time_limit: counted }, own.flow, calendar, received);
    if (!schedule) return undefined;
    if (added !== undefined) {
      const appointment = calendarDaysEnd(calendar, dayOf(schedule.appointment), added);
      out.push({ reading, appointment, atNamedHour: false, finish: schedule.finish });
      continue;
    }
    const atNamedHour = dueAtNamedHour(received, schedule.start, duration ?? parseDuration(counted)!);
    out.push({ reading, appointment: schedule.appointment, atNamedHour, finish: schedule.finish });
  }
  return out;
}
