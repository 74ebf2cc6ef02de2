import { readDuration } from '../model/duration.js';
import { explicitDays } from '../model/explicit-days.js';
import type { Procedure } from '../model/types.js';
import { analyseTime } from './analyse.js';
import type { WorkingCalendar } from './calendar.js';
import { verdictOn } from './verdict.js';

/** Whether the steps overrun a bare "15 ngày" limit read as working days, and read as calendar days. */
export interface BareLimitOverruns {
  working: boolean;
  calendar: boolean;
}

/**
 * For a procedure whose own limit is a bare "15 ngày" (ambiguous-days asks which days), whether its steps overrun it
 * under each reading, each with its steps as that reading counts them (bare step days are working days under working
 * days): no verdict rests on the reading the officer has not settled. Undefined for a limit that says its days.
 */
export function bareLimitOverruns(procedure: Procedure, calendar: WorkingCalendar): BareLimitOverruns | undefined {
  const reading = readDuration(procedure.time_limit);
  if (!reading.ok || !reading.bare) return undefined;
  // The general limit alone: a way of filing with a limit of its own is judged by its own words.
  const channels = procedure.channels?.map(({ time_limit: _own, ...channel }) => channel);
  const over = (days: 'working' | 'calendar') => {
    const read = {
      ...procedure,
      time_limit: explicitDays(procedure.time_limit, days),
      ...(channels === undefined ? {} : { channels }),
    };
    return verdictOn(read, analyseTime(read, calendar), calendar).withinLimit === false;
  };
  return { working: over('working'), calendar: over('calendar') };
}

/**
 * Whether the steps meet a bare "15 ngày" limit (the procedure's own, or a channel's given as `time_limit`) read as
 * working days, with bare step days as working days under it; false for a limit that says its days.
 */
export function bareLimitMetAsWorkingDays(procedure: Procedure, calendar: WorkingCalendar): boolean {
  const reading = readDuration(procedure.time_limit);
  if (!reading.ok || !reading.bare) return false;
  const channels = procedure.channels?.map(({ time_limit: _own, ...channel }) => channel);
  const read = {
    ...procedure,
    time_limit: explicitDays(procedure.time_limit, 'working'),
    ...(channels === undefined ? {} : { channels }),
  };
  return verdictOn(read, analyseTime(read, calendar), calendar).withinLimit === true;
}
