import { UsageError } from '../errors.js';

// 31/12/2107 23:59:59 UTC.
const LATEST_SECONDS = Date.UTC(2107, 11, 31, 23, 59, 59) / 1000;

/**
 * The date `SOURCE_DATE_EPOCH` sets (seconds since 1970-01-01 UTC, the reproducible-builds convention) for the dates
 * a Word or Excel file or a PDF records, or undefined when it is not set. A value that is not a whole number of seconds stops
 * the run, as the convention asks, rather than being quietly ignored.
 */
export function sourceDate(env: NodeJS.ProcessEnv): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,12}$/.test(value.trim()))
    throw new UsageError({
      en: `SOURCE_DATE_EPOCH is "${value}": write the date as a number of seconds since 1970-01-01 UTC (what "date +%s" prints, e.g. 1751328000 for 2025-07-01), or unset it`,
      vi: `SOURCE_DATE_EPOCH là "${value}": hãy ghi ngày dưới dạng số giây tính từ 01/01/1970 UTC (như lệnh "date +%s" in ra, ví dụ 1751328000 cho ngày 01/07/2025), hoặc bỏ biến đó đi`,
    });
  const seconds = Number(value.trim());
  // A zip entry's date ends with 2107, and a Word file's properties need a four-digit year.
  if (seconds > LATEST_SECONDS)
    throw new UsageError({
      en: `SOURCE_DATE_EPOCH is "${value}", a date after 31/12/2107, the last one a Word or Excel file can hold: write an earlier date (e.g. 1751328000 for 2025-07-01), or unset it`,
      vi: `SOURCE_DATE_EPOCH là "${value}", một ngày sau 31/12/2107, ngày cuối cùng tệp Word hay Excel ghi được: hãy ghi một ngày sớm hơn (ví dụ 1751328000 cho ngày 01/07/2025), hoặc bỏ biến đó đi`,
    });
  return new Date(seconds * 1000);
}
