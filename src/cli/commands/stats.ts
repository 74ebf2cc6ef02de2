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
import { countedCatalog, leftOutOfCount } from '../../catalog/counted.js';
import { catalogStats } from '../../catalog/stats.js';
import { stylish } from '../../format/stylish.js';
import { statsJson } from '../../format/stats-json.js';
import { statsText } from '../../format/stats-text.js';
import { lint } from '../../lint/linter.js';
import { loadCatalogWithCalendars } from '../../node/file-calendars.js';
import { settingsOfEach } from '../../node/lint-settings.js';
import { EXIT } from '../../errors.js';
import type { Io } from '../../node/io.js';
import { useColor } from '../../node/output.js';
import { escapeControlsDeep } from '../../model/quote.js';
import { parseWholeNumber } from '../whole-number.js';
import { formatOption } from '../format-names.js';
import { noteHiddenFiles, noteLookAlikeFiles } from '../hidden-notes.js';

const HELP = helpTexts({
  en: {
    description:
      'Summarise a catalog: counts by level, agency and field, four-on-the-spot share, totals against limits',
    catalog: 'catalog folder (default: the current folder)',
    format: 'output format',
    top: 'how many least-slack procedures to name',
    after:
      '\nExit codes: 0 done, 1 some files have errors (listed on standard error; left out of the figures, except a procedure over its time limit, counted as over), 2 bad usage.\n\nExamples:\n  procmap stats procedures\n  procmap stats procedures --format json',
  },
  vi: {
    description:
      'Tóm tắt bộ quy trình: số quy trình theo cấp, cơ quan và lĩnh vực, tỷ lệ "4 tại chỗ", tổng thời gian so với thời hạn giải quyết',
    catalog: 'thư mục bộ quy trình (mặc định: thư mục hiện tại)',
    format: 'định dạng báo cáo',
    top: 'nêu tên bao nhiêu quy trình ít thời gian dự phòng nhất',
    after:
      '\nMã thoát: 0 xong, 1 có tệp bị lỗi (liệt kê riêng ở stderr; không tính vào số liệu, trừ quy trình vượt thời hạn, được tính là vượt thời hạn), 2 sai cách dùng lệnh.\n\nVí dụ:\n  procmap stats procedures\n  procmap stats procedures --format json',
  },
});

/** `procmap stats` on the command line: arguments, options, help and examples, in the language of help. */
function declareStats(program: Command, lang: Lang) {
  const help = HELP[lang];
  return program
    .command('stats')
    .description(help.description)
    .argument('[catalog]', help.catalog)
    .addOption(formatOption(help.format, ['text', 'json'] as const, 'text'))
    .option('--top <n>', help.top, '10')
    .addOption(configOption(lang, 'catalog'))
    .addOption(calendarOption(lang))
    .addOption(langOption(lang))
    .addHelpText('after', help.after);
}

/** Options of `procmap stats`, as commander parses them. */
export type StatsCommandOptions = Settled<ReturnType<ReturnType<typeof declareStats>['opts']>>;

/**
 * `procmap stats [catalog]`: the catalog summary without building the site, with the rules as the catalog's config
 * sets them. Errors are reported on standard error (exit 1); a file with errors is left out of the figures, so a
 * summary never silently counts a broken procedure, unless its one fault is the one the summary counts: over its limit.
 */
export async function statsCommand(catalog: string | undefined, options: StatsCommandOptions, io: Io): Promise<number> {
  const root = catalog ?? '.';
  // Read before any work: a bad --top is refused, not quietly turned into 10 (or, for "-1", into 1).
  const top = parseWholeNumber('--top', options.top, { min: 1, example: 10 });
  // Each file is counted on its own configuration's calendar and rules (a sub-catalog's office hours), as lint does;
  // days are said in the catalog's working day.
  const read = loadCatalogWithCalendars([root], { config: options.config, calendar: options.calendar }, options.lang);
  noteHiddenFiles(read.hidden, io, options.lang);
  noteLookAlikeFiles(read.lookAlike, io, options.lang);
  const { sources, unreadable, calendarOf } = read;
  const calendar = calendarOf('');
  const { settingsFor, calendarFor } = settingsOfEach(read, io.cwd);
  const { diagnostics, procedures } = lint(sources, { lang: options.lang, calendarFor, settingsFor, errorsOnly: true });
  const problems = [...unreadable, ...diagnostics.filter((d) => d.severity === 'error')];
  // Over or within is judged by the figures themselves, as lint judges it, whatever severity the rule has here.
  const listed = countedCatalog(procedures, problems, calendarOf);
  // Text goes to a terminal: control characters in names must not act on it (JSON escapes them itself).
  const list = options.format === 'json' ? listed : escapeControlsDeep(listed);
  const stats = catalogStats(list, top);
  // Both reports name the files the figures do not count (a text report may be saved without its stderr); the
  // errors themselves go to stderr.
  const leftOut = leftOutOfCount(procedures, problems);
  io.stdout.write(
    options.format === 'json'
      ? statsJson(stats, leftOut)
      : statsText(stats, {
          color: useColor(io.stdout, io.env),
          lang: options.lang,
          hoursPerDay: calendar.hoursPerDay,
          leftOut: escapeControlsDeep(leftOut),
        }),
  );
  if (problems.length > 0)
    io.stderr.write(
      stylish(
        { diagnostics: problems, files: sources.length + unreadable.length },
        { color: useColor(io.stderr, io.env), lang: options.lang, fixedBy: 'lint' },
      ),
    );
  if (unreadable.length > 0) return EXIT.failure;
  return problems.length > 0 ? EXIT.problems : EXIT.ok;
}

/** Defines `procmap stats` on the program; main loads this module only when the command is run or listed. */
export function defineStatsCommand(program: Command, { io, setExit, lang }: CommandContext): void {
  declareStats(program, lang).action(async (catalog, options) =>
    setExit(await statsCommand(catalog, settled(options), io)),
  );
}
