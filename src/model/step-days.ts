import { readDuration } from './duration.js';
import { readStepDuration } from './step-duration-words.js';
import type { Duration } from './types.js';

/**
 * A step's duration as procmap counts it: a bare "N ngày" (ambiguous-days) in working days when the procedure's limit
 * says working days, as the officer who split that limit into steps means it, else as read (calendar days, the law's
 * word). Undefined when the text is no duration.
 */
export function stepDuration(text: string | number, limit: string): Duration | undefined {
  return stepDurationIn(text, stepsInWorkingDays(limit));
}

/** stepDuration for a caller that knows whether the limit is in working days (a limit read as 'd' always says so). */
export function stepDurationIn(text: string | number, workingLimit: boolean): Duration | undefined {
  const reading = readStepDuration(text);
  if (!reading.ok) return undefined;
  if (!reading.bare || reading.duration.unit !== 'cd') return reading.duration;
  // A step table's days are the limit's share out: read in calendar days under a working-day limit, "1 ngày; 3 ngày;
  // 1 ngày" of "05 ngày làm việc" was an error over a Tết week that no officer wrote, on a reading lint asks about.
  return workingLimit ? { ...reading.duration, unit: 'd' } : reading.duration;
}

/** Whether a limit says working days in words of its own, so that the bare days of its steps are working days too. */
export function stepsInWorkingDays(limit: string): boolean {
  const own = readDuration(limit);
  return own.ok && !own.bare && own.duration.unit === 'd';
}
