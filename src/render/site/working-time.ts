import { fill, type Lang } from '../../i18n.js';
import type { Duration } from '../../model/types.js';
import type { WorkingTime } from '../../time/analyse.js';
import { daysOrHours, formatDuration, limitsUnitText } from '../../time/units.js';
import { SITE_LABELS } from './labels.js';

/**
 * A total or a slack as the site's tables show it: working days, or working hours where two-decimal days would round
 * ("3 giờ làm việc", not "0,37 ngày làm việc") or against a limit in hours, as the documents and `procmap time` say it;
 * a slack below zero as the overrun it is ("vượt 1 ngày làm việc", not "-1 ngày làm việc"); `—` for none. `limitsUnit`:
 * always in the limit's unit (days unless it reads in hours), for a row whose figures are read side by side; days
 * that two decimals round with their hours ("0,88 ngày làm việc (7 giờ)").
 */
export function workingTimeText(
  time: WorkingTime | undefined,
  hoursPerDay: number,
  lang: Lang,
  limitUnit?: Duration['unit'],
  limitsUnit = false,
): string {
  if (time === undefined) return '—';
  const hours = Math.abs(time.hours);
  const days = Math.abs(time.days);
  const words = limitsUnit
    ? limitsUnitText(hours, days, hoursPerDay, limitUnit, lang)
    : formatDuration(daysOrHours(hours, hoursPerDay, limitUnit, days), lang);
  return time.hours < 0 ? fill(SITE_LABELS[lang].overBy, { time: words }) : words;
}

/** The hours of a working day: the catalog's, or each procedure file's own (a sub-catalog's office hours). */
export type HoursPerDay = number | ((file: string) => number);

/** The hours of the working day a procedure file's figures are said in. */
export function hoursPerDayOf(hoursPerDay: HoursPerDay, file: string): number {
  return typeof hoursPerDay === 'function' ? hoursPerDay(file) : hoursPerDay;
}
