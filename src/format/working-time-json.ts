import type { WorkingTime } from '../time/analyse.js';
import { round2 } from '../time/units.js';

/**
 * Working time as the JSON reports give it: hours to two decimals, as the workbook and the text round them (the
 * figures are to the minute, so 20 minutes would be 0.3333333333333333), and days to two, as computed.
 */
export function workingTimeJson(time: WorkingTime): WorkingTime {
  return { hours: round2(time.hours), days: round2(time.days) };
}
