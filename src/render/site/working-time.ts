import type { Lang } from '../../i18n.js';
import type { Duration } from '../../model/types.js';
import type { WorkingTime } from '../../time/analyse.js';
import { daysOrHours, formatNumber } from '../../time/units.js';
import { SITE_LABELS } from './labels.js';

/**
 * A total or a slack as the site's tables show it: working days, or working hours where two-decimal days would round
 * ("3 giờ làm việc", not "0,37 ngày làm việc") or against a limit in hours, as the documents and `procmap time` say it;
 * `—` for none.
 */
export function workingTimeText(
  time: WorkingTime | undefined,
  hoursPerDay: number,
  lang: Lang,
  limitUnit?: Duration['unit'],
): string {
  if (time === undefined) return '—';
  const t = SITE_LABELS[lang];
  const { value, unit } = daysOrHours(time.hours, hoursPerDay, limitUnit);
  return `${formatNumber(value, lang)} ${unit === 'h' ? t.hours : t.days}`;
}
