import { UsageError } from '../errors.js';
import { vietnamNow } from '../node/calendar-loader.js';
import type { Period } from '../ontime/period.js';
import { momentRefusal, optionFaultText, wrongWeekdayText } from '../time/date-faults.js';
import { dayOf, MINUTES_PER_DAY, momentAt, readMoment, type Moment } from '../time/moment.js';
import { typedMomentText } from '../time/relative-day.js';
import { formatDmy } from '../time/units.js';

// The first minute of the day an option names, as --as-of reads a date (its hour, if written, is the day's).
function dayStart(option: '--from' | '--to', text: string): Moment {
  const reading = readMoment(typedMomentText(text, vietnamNow()));
  if (reading !== undefined && 'wrongWeekday' in reading)
    throw new UsageError(wrongWeekdayText(option, reading.wrongWeekday.written, reading.wrongWeekday.day));
  if (reading !== undefined && 'dateFault' in reading)
    throw new UsageError(optionFaultText(option, reading.dateFault.written, reading.dateFault.fault));
  if (reading === undefined) throw new UsageError(momentRefusal(option, text, 'asOf'));
  return momentAt(dayOf(reading.moment), 0);
}

/**
 * The reporting period of `--from` and `--to`, whole days, `--to` included; undefined without them. Both or neither:
 * a period with one end would be a guess. `--as-of` beside them is refused, since the period's end is the report's moment.
 */
export function reportPeriod(
  from: string | undefined,
  to: string | undefined,
  asOf: string | undefined,
): Period | undefined {
  if (from === undefined && to === undefined) return undefined;
  if (from === undefined || to === undefined)
    throw new UsageError({
      en: `a period takes both its first and its last day: write --from and --to, e.g. --from 01/09/2026 --to 30/09/2026`,
      vi: `kỳ báo cáo cần cả ngày đầu và ngày cuối: hãy ghi cả --from và --to, ví dụ --from 01/09/2026 --to 30/09/2026`,
    });
  if (asOf !== undefined)
    throw new UsageError({
      en: `--as-of and --to both say when open dossiers are judged: a period's report is as of the end of its last day; leave out --as-of`,
      vi: `--as-of và --to cùng chỉ thời điểm xét các hồ sơ đang giải quyết: báo cáo theo kỳ tính đến hết ngày cuối kỳ; hãy bỏ --as-of`,
    });
  const first = dayStart('--from', from);
  const last = dayStart('--to', to);
  if (first > last)
    throw new UsageError({
      en: `--from ${formatDmy(dayOf(first))} is after --to ${formatDmy(dayOf(last))}: write the period's first day with --from and its last with --to`,
      vi: `--from ${formatDmy(dayOf(first))} sau --to ${formatDmy(dayOf(last))}: hãy ghi ngày đầu kỳ ở --from và ngày cuối kỳ ở --to`,
    });
  return { from: first, to: last + MINUTES_PER_DAY - 1 };
}
