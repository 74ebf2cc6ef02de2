import { readDuration } from '../model/duration.js';
import { explicitDays } from '../model/explicit-days.js';
import { readStepDuration } from '../model/step-duration-words.js';
import type { Procedure } from '../model/types.js';
import { analyseTime } from './analyse.js';
import type { WorkingCalendar } from './calendar.js';
import { verdictOn } from './verdict.js';

/** Whether the steps overrun the limit with every bare "ngày" read as working days, and read as calendar days. */
export interface BareLimitOverruns {
  working: boolean;
  calendar: boolean;
}

/**
 * For a procedure whose own limit is a bare "15 ngày", or whose counted steps say a bare "3 ngày" (ambiguous-days asks
 * which days), whether its steps overrun the limit under each reading, the limit's bare days and its steps' read alike:
 * no verdict rests on the reading the officer has not settled. Undefined when neither the limit nor a step is bare.
 */
export function bareLimitOverruns(procedure: Procedure, calendar: WorkingCalendar): BareLimitOverruns | undefined {
  const reading = readDuration(procedure.time_limit);
  const limitBare = reading.ok && reading.bare;
  const stepsBare = procedure.steps.some((step) => step.draft !== true && bareStep(step.duration));
  if (!limitBare && !stepsBare) return undefined;
  // The general limit alone: a way of filing with a limit of its own is judged by its own words.
  const channels = procedure.channels?.map(({ time_limit: _own, ...channel }) => channel);
  const over = (days: 'working' | 'calendar') => {
    const read = {
      ...procedure,
      time_limit: limitBare ? explicitDays(procedure.time_limit, days) : procedure.time_limit,
      // A step's bare days said in the reading's words: under a limit in working days stepDuration would read them as
      // working days whatever the reading.
      steps: procedure.steps.map((step) =>
        bareStep(step.duration) ? { ...step, duration: explicitDays(String(step.duration), days) } : step,
      ),
      ...(channels === undefined ? {} : { channels }),
    };
    return verdictOn(read, analyseTime(read, calendar), calendar).withinLimit === false;
  };
  return { working: over('working'), calendar: over('calendar') };
}

/** Whether a step's time is a bare "3 ngày" (ambiguous-days asks which days). */
function bareStep(duration: string | number): boolean {
  const reading = readStepDuration(duration);
  return reading.ok && reading.bare && reading.duration.unit === 'cd';
}

/**
 * Whether the steps exceed the limit only when its bare days, or its steps', are read as working days: procmap counts
 * calendar days (the earlier due date; a step's bare days under a limit in calendar days) and finds them within.
 */
export function overAsWorkingDaysOnly(procedure: Procedure, calendar: WorkingCalendar): boolean {
  const over = bareLimitOverruns(procedure, calendar);
  return over !== undefined && over.working && !over.calendar;
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
