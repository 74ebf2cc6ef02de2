import type { Procedure } from '../model/types.js';
import type { CaseTime, WorkingTime } from './analyse.js';
import { workingReadingVerdict } from './case-readings.js';
import type { WorkingCalendar } from './calendar.js';
import { sweepCalendarExtension } from './extension-sweep.js';
import { parseDay, type Day } from './moment.js';
import type { Sweep } from './sweep.js';
import { sweepWindow } from './window.js';

// A case given bare days added to a limit in working days ("10 ngày làm việc; trường hợp phải xác minh thì tăng thêm
// 05 ngày") has two readings, which lint judges both (within-time-limit checkUnsettled): the days as more working days
// (the sum, "15 ngày làm việc"), or as calendar days after the general limit ends. `time` and 5.4 give the same two.

/** The working-days reading of a case's bare extension: its total against the sum; undefined without a total. */
export function extensionWorkingReading(
  own: CaseTime,
  hoursPerDay: number,
): { slack: WorkingTime; withinLimit: boolean } | undefined {
  // The working reading of any case's bare days, as `time` judges them (case-readings.ts), for this kind of case alone.
  return own.calendarExtension ? workingReadingVerdict(own, hoursPerDay) : undefined;
}

/**
 * The calendar-days reading of a case's bare extension swept over the receipts of the window, as lint sweeps it; marked
 * `metAsWorkingDays` (over as calendar days only) or `overAsWorkingDays` (over as working days only) where the two
 * readings give two verdicts, as a bare "15 ngày" limit's sweep is. Undefined for any other case, draft steps (their
 * 0h is no time) or a flow with a cycle.
 */
export function extensionSweep(
  procedure: Procedure,
  own: CaseTime,
  hoursPerDay: number,
  calendar: WorkingCalendar,
  asOf?: Day,
): Sweep | undefined {
  const added = own.calendarExtension;
  if (!added || procedure.steps.some((step) => step.draft === true)) return undefined;
  const window = sweepWindow(calendar, parseDay(procedure.effective), asOf);
  const sweep = sweepCalendarExtension(
    { ...procedure, time_limit: added.general },
    own.flow,
    calendar,
    window,
    added.days,
  );
  const working = extensionWorkingReading(own, hoursPerDay);
  if (!sweep || !working || sweep.tried === 0) return sweep;
  if (sweep.over > 0 && working.withinLimit) sweep.metAsWorkingDays = true;
  else if (sweep.over === 0 && !working.withinLimit) sweep.overAsWorkingDays = 'limit';
  return sweep;
}
