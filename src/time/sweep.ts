import type { Flow } from '../model/flow.js';
import type { Procedure } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import { workingMinutesBetween } from './clock.js';
import { momentAt, type Day } from './moment.js';
import { scheduler, type Schedule } from './schedule.js';

/** How a procedure fares against its time limit for every receipt over a span of dates. */
export interface Sweep {
  from: Day;
  days: number;
  /** Receipt moments tried: the first and the last minute of office hours of every day the office is open. */
  tried: number;
  /** Receipts whose steps end after the appointment. */
  over: number;
  /** The receipt that overruns its appointment by the most office time. */
  worst?: Schedule;
  /** Office minutes from the worst receipt's appointment to its finish. */
  worstOver: number;
}

/**
 * Schedules a dossier received at the opening and in the last minute of every open day from `from` on, and
 * counts those that finish after their appointment. This is how calendar-day steps and limits are judged: how
 * many working hours 15 calendar days hold depends on the date (Tết, 30/4), and a dossier received just before
 * closing gets a day less under the Civil Code than one received at opening.
 * Undefined when the flow has a cycle.
 */
export function sweepReceipts(procedure: Procedure, flow: Flow, calendar: WorkingCalendar, from: Day, days = 365): Sweep | undefined {
  const place = scheduler(procedure, flow, calendar);
  if (!place) return undefined;
  const sweep: Sweep = { from, days, tried: 0, over: 0, worstOver: 0 };
  for (let day = from; day < from + days; day++) {
    const hours = calendar.day(day).hours;
    if (hours.length === 0) continue;
    for (const minute of [hours[0]!.start, hours[hours.length - 1]!.end - 1]) {
      const schedule = place(momentAt(day, minute));
      sweep.tried++;
      if (schedule.finish <= schedule.appointment) continue;
      sweep.over++;
      const over = workingMinutesBetween(calendar, schedule.appointment, schedule.finish);
      if (!sweep.worst || over > sweep.worstOver) {
        sweep.worst = schedule;
        sweep.worstOver = over;
      }
    }
  }
  return sweep;
}
