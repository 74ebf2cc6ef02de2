import type { Lang } from '../i18n.js';
import type { Duration } from '../model/types.js';
import type { TimeAnalysis, WorkingTime } from './analyse.js';
import { limitWords } from './limit-words.js';
import { formatLimit, formatWorkingTime, readsInHours } from './units.js';

/**
 * Working time as the limit reads, in the words the document prints: in hours against a limit in hours or within a
 * day against a same-day limit ("4 giờ làm việc", not "0,5 ngày làm việc"; readsInHours); its size, with the days it
 * has (a slack's are the difference of the figures printed beside it); to the minute when two decimals cannot hold it
 * ("15 giờ 40 phút", never 15.666666666666666).
 */
export function formatTimeAgainst(limit: Duration, time: WorkingTime, hoursPerDay: number, lang: Lang): string {
  const hours = Math.abs(time.hours);
  return readsInHours(limit.unit, hours, hoursPerDay)
    ? formatLimit({ value: hours, unit: 'h' }, lang)
    : formatWorkingTime(hours, hoursPerDay, lang, Math.abs(time.days));
}

/**
 * A procedure's limit as the signed document publishes it: working days also in hours; hours and calendar days
 * exactly as written; then what the law says with it ("kể từ ngày nhận đủ hồ sơ hợp lệ"). Hours the law leaves open
 * ("24 giờ") are printed as written with how they are counted: a document says "tính theo giờ làm việc", not the
 * tool's name. `written`: the limit as the file writes it.
 */
export function formatDocumentLimit(
  analysis: Pick<TimeAnalysis, 'limit' | 'limitDuration' | 'hoursPerDay'>,
  written: string,
  lang: Lang,
): string {
  const head =
    analysis.limit && analysis.limitDuration.unit === 'd'
      ? formatWorkingTime(analysis.limit.hours, analysis.hoursPerDay, lang)
      : undefined;
  return limitWords(analysis.limitDuration, written, lang, { head, reader: 'document' });
}
