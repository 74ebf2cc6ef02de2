/** An English document's words for a case's bare extension: procmap's readings in its own words, never quoted as law. */
import { parseDuration } from '../model/duration.js';
import type { Duration } from '../model/types.js';
import type { ExceptionCase } from './limit-cases.js';
import { formatDuration, plural } from './units.js';

type Extension = NonNullable<ExceptionCase['calendarExtension']>;

// "10 ngày làm việc, tăng thêm 05 ngày" and "tăng thêm 05 ngày lịch" are procmap's Vietnamese shorthand, not the law's
// text ("thời gian giải quyết được tăng thêm 05 ngày"): quoted in an English document they read as a quotation of the
// law. English says them in English; the law's own words stay under the limit ("as the law says: …").

/** The case's limit: "10 working days plus 5 days, not said whether working or calendar days". */
export function extensionLimitEnglish(added: Extension): string {
  const general = parseDuration(added.general);
  const head = general ? formatDuration(general, 'en') : added.general;
  return `${head} plus ${added.days} ${plural(added.days, 'day')}, not said whether working or calendar days`;
}

/** Its two readings: the sum ("15 working days") and "10 working days and 5 calendar days after it". */
export function extensionReadingsEnglish(added: Extension, sum: Duration): { working: string; calendar: string } {
  const general = parseDuration(added.general);
  const head = general ? formatDuration(general, 'en') : added.general;
  return {
    working: formatDuration(sum, 'en'),
    calendar: `${head} and ${formatDuration({ value: added.days, unit: 'cd' }, 'en')} after it`,
  };
}
