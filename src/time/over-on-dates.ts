import { buildFlow } from '../model/flow.js';
import type { Procedure } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import { dateSweep } from './report.js';

/**
 * How far steps overrun a limit over the receipts of a sweep: how many are late, on how many of the working days
 * tried (the figure lint gives), and the most office minutes.
 */
export interface DateOverrun {
  late: number;
  overDays: number;
  openDays: number;
  worst: number;
}

/**
 * How a procedure's steps overrun its limit (or a channel's, by kind) over the receipts of the window lint sweeps:
 * how calendar-day, month and same-day limits and steps are judged, as `within-time-limit` judges them.
 * Undefined when it cannot be said: nothing in dates to sweep, a flow with a cycle, or dates beyond the calendar.
 */
export function overOnDates(
  calendar: WorkingCalendar,
  procedure: Procedure,
  channel?: string,
): DateOverrun | undefined {
  const limit = procedure.channels?.find((item) => item.kind === channel)?.time_limit;
  const judged = limit === undefined ? procedure : { ...procedure, time_limit: limit };
  try {
    const sweep = dateSweep(judged, buildFlow(procedure.steps), calendar);
    return sweep === undefined
      ? undefined
      : { late: sweep.over, overDays: sweep.overDays, openDays: sweep.openDays, worst: sweep.worstOver };
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
