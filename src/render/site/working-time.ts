import { fill, type Lang } from '../../i18n.js';
import type { Duration } from '../../model/types.js';
import type { WorkingTime } from '../../time/analyse.js';
import { daysOrHours, formatDuration } from '../../time/units.js';
import { SITE_LABELS } from './labels.js';

/**
 * A total or a slack as the site's tables show it: working days, or working hours where two-decimal days would round
 * ("3 giờ làm việc", not "0,37 ngày làm việc") or against a limit in hours, as the documents and `procmap time` say it;
 * a slack below zero as the overrun it is ("vượt 1 ngày làm việc", not "-1 ngày làm việc"); `—` for none.
 */
export function workingTimeText(
  time: WorkingTime | undefined,
  hoursPerDay: number,
  lang: Lang,
  limitUnit?: Duration['unit'],
): string {
  if (time === undefined) return '—';
  const words = formatDuration(daysOrHours(Math.abs(time.hours), hoursPerDay, limitUnit, Math.abs(time.days)), lang);
  return time.hours < 0 ? fill(SITE_LABELS[lang].overBy, { time: words }) : words;
}

/** The hours of a working day: the catalog's, or each procedure file's own (a sub-catalog's office hours). */
export type HoursPerDay = number | ((file: string) => number);

/** The hours of the working day a procedure file's figures are said in. */
export function hoursPerDayOf(hoursPerDay: HoursPerDay, file: string): number {
  return typeof hoursPerDay === 'function' ? hoursPerDay(file) : hoursPerDay;
}
