import { type Command, Option } from '@commander-js/extra-typings';
import { calendarOption, type CommandContext, langOption, settled, type Settled } from '../define.js';
import { calendarIcs, calendarJson, calendarText } from '../../format/calendar.js';
import { LUNAR_YEARS } from '../../time/data/lunar.js';
import { dayParts } from '../../time/moment.js';
import { calendarYear } from '../../time/year.js';
import { loadCalendar, localToday } from '../../node/calendar-loader.js';
import { loadConfig } from '../../node/config-loader.js';
import { EXIT, UsageError } from '../../errors.js';
import type { Io } from '../../node/io.js';

/** `procmap calendar` on the command line: arguments, options, help and examples. */
function declareCalendar(program: Command) {
  return program
    .command('calendar')
    .description('Show the working calendar of a year: office hours, every day off and make-up day with its source')
    .argument('[year]', 'the year, e.g. 2026 (default: this year)')
    .addOption(
      new Option('-f, --format <name>', 'output format; ics loads into calendar apps')
        .choices(['text', 'json', 'ics'])
        .default('text'),
    )
    .option(
      '-c, --config <file>',
      'configuration file (default: the nearest procmap.config.yaml above the current folder)',
    )
    .addOption(calendarOption('whose root is a calendar section'))
    .addOption(langOption())
    .addHelpText(
      'after',
      "\nSays whether the year's days off are announced (with the notice), provisional, or computed from the Labour\nCode. The calendar: docs/calendar.md.\n\nExamples:\n  procmap calendar 2026\n  procmap calendar 2026 --format ics > nghi-le-2026.ics\n  procmap calendar 2027 --format json --lang vi",
    );
}

/** Options of `procmap calendar`, as commander parses them. */
export type CalendarCommandOptions = Settled<ReturnType<ReturnType<typeof declareCalendar>['opts']>>;

/**
 * `procmap calendar [YEAR]`: the office hours, every day off and every make-up working day of a year (this year by
 * default) with its reason and source, and whether the year's days off are announced, provisional or computed.
 */
export async function calendarCommand(
  yearText: string | undefined,
  options: CalendarCommandOptions,
  io: Io,
): Promise<number> {
  const year = yearText === undefined ? dayParts(localToday()).year : Number(yearText);
  if (!/^\d{4}$/.test(yearText ?? String(year)) || year < LUNAR_YEARS.first || year > LUNAR_YEARS.last) {
    const { first, last } = LUNAR_YEARS;
    throw new UsageError({
      en: `The year must be a year from ${first} to ${last}, such as 2026, not "${yearText}"`,
      vi: `Năm phải là một năm từ ${first} đến ${last}, ví dụ 2026, không phải "${yearText}"`,
    });
  }
  const calendar = loadCalendar(options.calendar, loadConfig(options.config, io.cwd));
  const view = calendarYear(calendar, year);
  io.stdout.write(
    options.format === 'json'
      ? calendarJson(view)
      : options.format === 'ics'
        ? calendarIcs(view, options.lang)
        : calendarText(view, options.lang),
  );
  return EXIT.ok;
}

/** Defines `procmap calendar` on the program; main loads this module only when the command is run or listed. */
export function defineCalendarCommand(program: Command, { io, setExit }: CommandContext): void {
  declareCalendar(program).action(async (year, options) => setExit(await calendarCommand(year, settled(options), io)));
}
