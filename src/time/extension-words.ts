/** A document's words for a case's bare extension: procmap's readings in its own words, never quoted as law. */
import { parseDuration } from '../model/duration.js';
import type { Lang } from '../i18n.js';
import type { Duration } from '../model/types.js';
import type { ExceptionCase } from './limit-cases.js';
import { formatDuration, plural } from './units.js';

type Extension = NonNullable<ExceptionCase['calendarExtension']>;

// "10 ngày làm việc, tăng thêm 05 ngày" and "tăng thêm 05 ngày lịch" are procmap's Vietnamese shorthand, not the law's
// text ("thời gian giải quyết được tăng thêm 05 ngày"): quoted, or in the law's own words, they read as a quotation of
// the law. Each document says them in its own words, unquoted; the law's own words stay under the limit, where the
// Vietnamese document prints the limit as written and the English one "as the law says: …".

/** The case's limit: "10 working days plus 5 days, not said whether working or calendar days". */
export function extensionLimitEnglish(added: Extension): string {
  const general = parseDuration(added.general);
  const head = general ? formatDuration(general, 'en') : added.general;
  return `${head} plus ${added.days} ${plural(added.days, 'day')}, not said whether working or calendar days`;
}

/** The case's limit in Vietnamese: "10 ngày làm việc cộng 5 ngày, không ghi rõ là ngày làm việc hay ngày lịch". */
export function extensionLimitVietnamese(added: Extension): string {
  const general = parseDuration(added.general);
  const head = general ? formatDuration(general, 'vi') : added.general;
  return `${head} cộng ${added.days} ngày, không ghi rõ là ngày làm việc hay ngày lịch`;
}

/** The case's limit in the document's language (see above). */
export function extensionLimitWords(added: Extension, lang: Lang): string {
  return lang === 'en' ? extensionLimitEnglish(added) : extensionLimitVietnamese(added);
}

/** Its two readings in Vietnamese: "15 ngày làm việc" and "10 ngày làm việc và 5 ngày lịch sau đó". */
export function extensionReadingsVietnamese(added: Extension, sum: Duration): { working: string; calendar: string } {
  const general = parseDuration(added.general);
  const head = general ? formatDuration(general, 'vi') : added.general;
  return {
    working: formatDuration(sum, 'vi'),
    calendar: `${head} và ${added.days} ngày lịch sau đó`,
  };
}

/** Its two readings in the document's language (see above). */
export function extensionReadingsWords(
  added: Extension,
  sum: Duration,
  lang: Lang,
): { working: string; calendar: string } {
  return lang === 'en' ? extensionReadingsEnglish(added, sum) : extensionReadingsVietnamese(added, sum);
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
