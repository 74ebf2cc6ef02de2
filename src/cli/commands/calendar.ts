import { calendarIcs, calendarJson, calendarText } from '../../format/calendar.js';
import type { Lang } from '../../i18n.js';
import { LUNAR_YEARS } from '../../time/data/lunar.js';
import { dayParts } from '../../time/moment.js';
import { calendarYear } from '../../time/year.js';
import { loadCalendar, localToday } from '../../node/calendar-loader.js';
import { loadConfig } from '../../node/config-loader.js';
import { EXIT, UsageError } from '../../errors.js';
import type { Io } from '../../node/io.js';

/** Options of `procmap calendar`, as commander parses them. */
export interface CalendarCommandOptions {
  format: string;
  lang: Lang;
  config?: string;
  calendar?: string;
}

/**
 * `procmap calendar [YEAR]`: the office hours, every day off and every make-up working day of a year (this year by
 * default) with its reason and source, and whether the year's days off are announced, provisional or computed.
 */
export async function calendarCommand(yearText: string | undefined, options: CalendarCommandOptions, io: Io): Promise<number> {
  const year = yearText === undefined ? dayParts(localToday()).year : Number(yearText);
  if (!/^\d{4}$/.test(yearText ?? String(year)) || year < LUNAR_YEARS.first || year > LUNAR_YEARS.last) {
    throw new UsageError(`The year must be a year from ${LUNAR_YEARS.first} to ${LUNAR_YEARS.last}, such as 2026, not "${yearText}"`);
  }
  const calendar = loadCalendar(options.calendar, loadConfig(options.config, io.cwd));
  const view = calendarYear(calendar, year);
  io.stdout.write(options.format === 'json' ? calendarJson(view) : options.format === 'ics' ? calendarIcs(view, options.lang) : calendarText(view, options.lang));
  return EXIT.ok;
}
