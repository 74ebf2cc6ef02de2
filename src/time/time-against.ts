import type { Lang } from '../i18n.js';
import type { Duration } from '../model/types.js';
import type { WorkingTime } from './analyse.js';
import { formatLimit, formatWorkingTime } from './units.js';

/**
 * Working time as the limit reads, in the words the document prints: in hours against a limit in hours ("4 giờ làm
 * việc", not "0,5 ngày làm việc"); its size, with the days it has (a slack's are the difference of the figures printed
 * beside it); to the minute when two decimals cannot hold it ("15 giờ 40 phút", never 15.666666666666666).
 */
export function formatTimeAgainst(limit: Duration, time: WorkingTime, hoursPerDay: number, lang: Lang): string {
  const hours = Math.abs(time.hours);
  return limit.unit === 'h'
    ? formatLimit({ value: hours, unit: 'h' }, lang)
    : formatWorkingTime(hours, hoursPerDay, lang, Math.abs(time.days));
}
