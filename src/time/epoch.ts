/**
 * Dates as JSON services write them: milliseconds since 1970-01-01 UTC, as a number of 13 digits (1775638800000) or
 * in .NET's wrapper ("/Date(1775638800000)/", "/Date(1775638800000+0700)/"); and the 10-digit count of seconds that
 * Unix tools write, which procmap names but does not read (see secondsSinceEpoch).
 */

// procmap's calendar counts 2000–2099: the milliseconds of 2000-01-01 and 2100-01-01, UTC.
const FIRST_MS = 946_684_800_000;
const END_MS = 4_102_444_800_000;
// The .NET wrapper: its count is UTC whatever the offset after it, which only says the writer's zone.
const DOTNET_DATE = /^\/Date\((\d+)(?:[+-]\d{4})?\)\/$/;
// The same 13 digits as text: a CSV cell is always text, and many JSON services quote their numbers.
const THIRTEEN_DIGITS = /^\d{13}$/;

/**
 * The instant, in milliseconds since 1970 UTC, of a number of 13 digits (or its digits as text) or a .NET "/Date(…)/" text in the years
 * 2000–2099; undefined for anything else. 13 digits say milliseconds and nothing else a date column holds: a count of
 * seconds has 10, an Excel serial 5, a compact date (202604081600, yyyyMMddHHmm: cells.ts reads it) 12 or 14.
 */
export function epochMs(value: number | string): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1e12 || value >= 1e13) return undefined;
    return value >= FIRST_MS && value < END_MS ? value : undefined;
  }
  const text = value.trim();
  if (THIRTEEN_DIGITS.test(text)) return epochMs(Number(text));
  const wrapped = DOTNET_DATE.exec(text);
  if (!wrapped) return undefined;
  const ms = Number(wrapped[1]);
  return ms >= FIRST_MS && ms < END_MS ? ms : undefined;
}

// Ten digits: seconds since 1970 from 2001-09-09 on, or a compact date and hour (2026040809, yyyyMMddHH).
const TEN_DIGITS = /^\d{10}$/;

/**
 * The milliseconds since 1970 UTC that a 10-digit count would be if it counted seconds, in the years 2000–2099: for a
 * message only. procmap does not read it, since ten digits are also a compact date and hour (2026040809).
 */
export function secondsSinceEpoch(value: string): number | undefined {
  const text = value.trim();
  if (!TEN_DIGITS.test(text)) return undefined;
  const ms = Number(text) * 1000;
  return ms >= FIRST_MS && ms < END_MS ? ms : undefined;
}
