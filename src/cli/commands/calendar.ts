import { docsUrl } from '../../docs-url.js';
import { withoutInvisible } from '../../model/quote.js';
import { readYear } from '../../time/declared-years.js';
import { asciiLookalikes } from '../../model/lookalikes.js';
import type { Command } from '@commander-js/extra-typings';
import {
  calendarOption,
  type CommandContext,
  configOption,
  helpTexts,
  langOption,
  settled,
  type Settled,
} from '../define.js';
import type { Lang } from '../../i18n.js';
import { calendarIcs, calendarJson, calendarText } from '../../format/calendar.js';
import { LUNAR_YEARS } from '../../time/data/lunar.js';
import { dayParts } from '../../time/moment.js';
import { calendarYear } from '../../time/year.js';
import { yearAdvice } from '../../time/year-advice.js';
import { loadCalendar, vietnamToday } from '../../node/calendar-loader.js';
import { loadConfig } from '../../node/config-loader.js';
import { EXIT, UsageError } from '../../errors.js';
import type { Io } from '../../node/io.js';
import { formatOption } from '../format-names.js';

const HELP = helpTexts({
  en: {
    description: 'Show the working calendar of a year: office hours, every day off and make-up day with its source',
    year: 'the year, e.g. 2026 (default: this year)',
    format: 'output format; ics loads into calendar apps',
    after:
      "\nSays whether the year's days off are announced (with the notice), provisional, or computed from the Labour\nCode. The calendar: " +
      docsUrl('docs/calendar.md') +
      '.\n\nExamples:\n  procmap calendar 2026\n  procmap calendar 2026 --format ics > nghi-le-2026.ics\n  procmap calendar 2027 --format json --lang vi',
  },
  vi: {
    description: 'Xem lịch làm việc của một năm: giờ làm việc, từng ngày nghỉ và ngày làm bù, kèm nguồn của từng ngày',
    year: 'năm cần xem, ví dụ 2026 (mặc định: năm nay)',
    format: 'định dạng in ra; ics nhập được vào các ứng dụng lịch',
    after:
      '\nCho biết lịch nghỉ của năm đã được công bố (kèm số và ngày của thông báo), chỉ là tạm tính, hay được tính theo\nBộ luật Lao động. Về lịch làm việc: xem ' +
      docsUrl('docs/calendar.md') +
      '.\n\nVí dụ:\n  procmap calendar 2026\n  procmap calendar 2026 --format ics > nghi-le-2026.ics\n  procmap calendar 2027 --format json',
  },
});

/** `procmap calendar` on the command line: arguments, options, help and examples, in the language of help. */
function declareCalendar(program: Command, lang: Lang) {
  const help = HELP[lang];
  return program
    .command('calendar')
    .description(help.description)
    .argument('[year]', help.year)
    .addOption(formatOption(help.format, ['text', 'json', 'ics'] as const, 'text'))
    .addOption(configOption(lang, 'cwd'))
    .addOption(calendarOption(lang, 'section'))
    .addOption(langOption(lang))
    .addHelpText('after', help.after);
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
  // "năm 2027" says the year as a notice heads it: read like 2027; "２０２７" from an IME in full-width mode too.
  const year =
    yearText === undefined
      ? dayParts(vietnamToday()).year
      : (readYear(asciiLookalikes(withoutInvisible(yearText))) ?? NaN);
  if (!(year >= LUNAR_YEARS.first && year <= LUNAR_YEARS.last)) {
    const { first, last } = LUNAR_YEARS;
    // A year in digits outside the table (1999, 2100, a slip such as 2206): the years procmap knows, and the one meant.
    const digits =
      yearText === undefined ? undefined : /^\d{1,5}$/.exec(asciiLookalikes(withoutInvisible(yearText)).trim());
    if (digits) {
      const advice = yearAdvice(digits[0], dayParts(vietnamToday()).year);
      throw new UsageError({
        en: `No working calendar for ${digits[0]}: ${advice.en}`,
        vi: `Không có lịch làm việc năm ${digits[0]}: ${advice.vi}`,
      });
    }
    throw new UsageError({
      en: `The year must be a year from ${first} to ${last}, such as 2026, not "${yearText}"`,
      vi: `Năm phải là một năm từ ${first} đến ${last}, ví dụ 2026, không phải "${yearText}"`,
    });
  }
  // The year asked for is the one a date written without its year in a calendar file is told to add.
  const calendar = loadCalendar(
    options.calendar,
    loadConfig(options.config, io.cwd),
    yearText === undefined ? undefined : year,
  );
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
export function defineCalendarCommand(program: Command, { io, setExit, lang }: CommandContext): void {
  declareCalendar(program, lang).action(async (year, options) =>
    setExit(await calendarCommand(year, settled(options), io)),
  );
}
