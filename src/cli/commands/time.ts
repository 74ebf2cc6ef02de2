import { docsUrl } from '../../docs-url.js';
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
import { stylish } from '../../format/stylish.js';
import { timeJson } from '../../format/time-json.js';
import { timeText } from '../../format/time-text.js';
import { lint, sortDiagnostics, type CatalogEntry } from '../../lint/linter.js';
import { RULES_BY_ID } from '../../rules/index.js';
import { dayOf, dayParts, momentAt, readMoment, type Moment, type MomentReading } from '../../time/moment.js';
import { receiptMinute } from '../../time/receipt-minute.js';
import { yearAdvice } from '../../time/year-advice.js';
import { momentRefusal, optionFaultText, wrongWeekdayText } from '../../time/date-faults.js';
import { OutOfCalendarError } from '../../time/vietnam.js';
import { procedureTime, type ProcedureTime } from '../../time/report.js';
import { outOfCalendarDiagnostic } from '../out-of-calendar.js';
import { parseAsOf, takeCalendarDiagnostics, vietnamNow } from '../../node/calendar-loader.js';
import { typedMomentText } from '../../time/relative-day.js';
import { loadCatalogWithCalendars } from '../../node/file-calendars.js';
import type { WorkingCalendar } from '../../time/calendar.js';
import { EXIT, UsageError } from '../../errors.js';
import type { Io } from '../../node/io.js';
import { useColor } from '../../node/output.js';
import { escapeControlsDeep } from '../../model/quote.js';
import { formatOption } from '../format-names.js';
import { noteHiddenFiles, noteLookAlikeFiles } from '../hidden-notes.js';

const HELP = helpTexts({
  en: {
    description:
      'Time procedures on the working calendar: totals against the limit, critical path, due dates of every step',
    paths: 'procedure files or folders (searched recursively)',
    received:
      'when the complete dossier was received, local time: "13/02/2026 09:00" (also 13-02-2026, 13.02.2026, 2026-02-13T09:00; 9h30, 09h00\', 09.30, (09:30), 2:30 CH, 12 giờ trưa; "9 giờ 00 phút, ngày 13/02/2026" as a receipt slip writes it; (GMT+7); from today: "hôm nay 9h", "9h sáng mai", "chiều nay 2h", "bây giờ"); a date alone counts from its opening',
    format: 'output format',
    asOf: 'without --received: try the receipts of the year from this date (default: the years with announced days off)',
    after:
      "\nDurations: h working hours and d working days run on the office clock (1 d = one full day of office hours,\n8 h by default; lunch, nights, weekends and holidays skipped); cd calendar days follow the Civil Code (from\nthe day after the day of receipt, whatever its hour; a last day off moves to the next working day). Working\ntime of a receipt outside office hours counts from the next opening; after a procedure's `cutoff`, from the\nnext working day. The calendar: " +
      docsUrl('docs/calendar.md') +
      '.\n\nExit codes: 0 done, also when the steps run over the limit (that is what the report finds; `procmap lint`\nexits 1 for it, rule within-time-limit), 1 a file has problems that stop timing it (printed on standard\nerror), 2 bad usage.\n\nExamples:\n  procmap time procedures/\n  procmap time procedures/xa/chung-thuc-ban-sao.yaml --received "2026-02-13 15:30"\n  procmap time procedures/ --received 2026-02-13T09:00 --format json\n  procmap time procedures/ --calendar saturday-mornings.yaml --lang vi',
  },
  vi: {
    description:
      'Tính thời gian của quy trình theo lịch làm việc: tổng thời gian so với thời hạn giải quyết, đường găng, hạn của từng bước',
    paths: 'tệp quy trình hoặc thư mục (tìm cả trong thư mục con)',
    received:
      'thời điểm tiếp nhận hồ sơ đầy đủ, theo giờ địa phương: "13/02/2026 09:00" (cũng nhận 13-02-2026, 13.02.2026, 2026-02-13T09:00; 9h30, 09h00\', 09.30, (09:30), 2:30 CH, 12 giờ trưa; "9 giờ 00 phút, ngày 13/02/2026" như giấy tiếp nhận ghi; (GMT+7); tính từ hôm nay: "hôm nay 9h", "9h sáng mai", "chiều nay 2h", "bây giờ"); chỉ ghi ngày thì tính từ đầu giờ làm việc ngày đó',
    format: 'định dạng báo cáo',
    asOf: 'khi không có --received: thử mọi thời điểm tiếp nhận trong một năm kể từ ngày này (mặc định: các năm đã công bố ngày nghỉ)',
    after:
      '\nThời gian: h (giờ làm việc) và d (ngày làm việc) tính theo giờ làm việc của cơ quan (1 d = trọn một ngày làm\nviệc, mặc định 8 giờ; không tính nghỉ trưa, ban đêm, ngày nghỉ cuối tuần, ngày lễ, Tết); cd (ngày lịch) theo\nBộ luật Dân sự: bắt đầu từ ngày tiếp theo ngày tiếp nhận dù nhận lúc mấy giờ, ngày cuối trùng ngày nghỉ thì kết\nthúc vào ngày làm việc tiếp theo. Giờ làm việc của hồ sơ tiếp nhận ngoài giờ được tính từ đầu giờ làm việc tiếp\ntheo; tiếp nhận sau giờ `cutoff` của quy trình thì tính từ ngày làm việc tiếp theo. Về lịch làm việc: xem\n' +
      docsUrl('docs/calendar.md') +
      '.\n\nMã thoát: 0 xong, kể cả khi các bước VƯỢT thời hạn (đó là điều báo cáo tìm ra; `procmap lint` trả mã 1 cho\nviệc này, quy tắc within-time-limit), 1 có tệp gặp vấn đề nên không tính được thời gian (các vấn đề in riêng\nra stderr), 2 sai cách dùng lệnh.\n\nVí dụ:\n  procmap time procedures/\n  procmap time procedures/xa/chung-thuc-ban-sao.yaml --received "13/02/2026 15:30"\n  procmap time procedures/ --received 2026-02-13T09:00 --format json\n  procmap time procedures/ --calendar lam-sang-thu-bay.yaml',
  },
});

/** `procmap time` on the command line: arguments, options, help and examples, in the language of help. */
function declareTime(program: Command, lang: Lang) {
  const help = HELP[lang];
  return program
    .command('time')
    .description(help.description)
    .argument('<paths...>', help.paths)
    .option('-r, --received <moment>', help.received)
    .addOption(formatOption(help.format, ['text', 'json'] as const, 'text'))
    .addOption(configOption(lang, 'eachFile'))
    .addOption(calendarOption(lang, 'section'))
    .option('--as-of <date>', help.asOf)
    .addOption(langOption(lang))
    .addHelpText('after', help.after);
}

/** Options of `procmap time`, as commander parses them. */
export type TimeCommandOptions = Settled<ReturnType<ReturnType<typeof declareTime>['opts']>>;

// The rules without which a flow cannot be timed; the other rules (the time limit included) are `lint`'s business.
// A step table's total row pasted as a step would count the total twice.
const STRUCTURE_RULES = ['unique-step-id', 'known-body', 'known-step', 'reachable', 'acyclic', 'total-row'].map((id) =>
  RULES_BY_ID.get(id)!,
);

/**
 * `procmap time`: totals, limit, slack and critical path of each procedure and, with `--received`, the due moment
 * of every step and the appointment. Exit 1 when a file cannot be timed (its problems go to standard error), 2 on
 * bad usage or an unreadable path.
 */
export async function timeCommand(paths: string[], options: TimeCommandOptions, io: Io): Promise<number> {
  // "hôm nay 9h", "bây giờ": the day (and time) the command runs, in Vietnam.
  const reading =
    options.received === undefined ? undefined : readMoment(typedMomentText(options.received, vietnamNow()));
  if (reading !== undefined && 'wrongWeekday' in reading) {
    const { written, day } = reading.wrongWeekday;
    throw new UsageError(wrongWeekdayText('--received', written, day));
  }
  if (reading !== undefined && 'dateFault' in reading)
    throw new UsageError(optionFaultText('--received', reading.dateFault.written, reading.dateFault.fault));
  const given = reading?.moment;
  if (options.received !== undefined && given === undefined) {
    throw new UsageError(momentRefusal('--received', options.received));
  }
  const asOf = parseAsOf(options.asOf);
  // Each file on its own configuration's calendar (`time a/x.yaml b/y.yaml`: b's file on b's office hours).
  const { sources, unreadable, calendarOf, hidden, lookAlike } = loadCatalogWithCalendars(
    paths,
    { config: options.config, calendar: options.calendar },
    options.lang,
  );
  noteHiddenFiles(hidden, io, options.lang);
  noteLookAlikeFiles(lookAlike, io, options.lang);
  // A date without a time is no receipt at midnight: it is counted from that day's opening, the earliest receipt
  // (and the report says so), or from the next opening when the office is closed that day.
  const dateOnly = reading !== undefined && 'moment' in reading && reading.dateOnly === true;
  // Each calendar places the receipt by its own hours (a date alone opens at 07:30 in one catalog, 08:00 in
  // another), all before anything is timed: a receipt in a year a calendar cannot count is the command line's problem.
  const receipts = new Map<WorkingCalendar, Moment | undefined>();
  for (const file of [...sources.map((source) => source.file), '']) {
    const calendar = calendarOf(file);
    if (!receipts.has(calendar)) receipts.set(calendar, placeReceipt(reading, calendar));
  }
  const { diagnostics, procedures } = lint(sources, {
    rules: STRUCTURE_RULES,
    lang: options.lang,
    calendarFor: calendarOf,
  });
  const problems = [...unreadable, ...diagnostics.filter((d) => d.severity === 'error')];
  const broken = new Set(problems.map((d) => d.file));
  const reports: ProcedureTime[] = [];
  // Text goes to a terminal: control characters in names must not act on it (JSON escapes them itself).
  const safe = (entry: CatalogEntry) =>
    options.format === 'json' ? entry : { ...entry, procedure: escapeControlsDeep(limitsOnOneLine(entry.procedure)) };
  for (const entry of procedures) {
    if (broken.has(entry.file)) continue;
    const calendar = calendarOf(entry.file);
    const received = receipts.get(calendar);
    try {
      reports.push(procedureTime(safe(entry), calendar, received === undefined ? { asOf } : { received, dateOnly }));
    } catch (error) {
      // Dates that run past the years the calendar knows (Tết after 2099): this file cannot be timed, the others are.
      if (!(error instanceof OutOfCalendarError)) throw error;
      problems.push(outOfCalendarDiagnostic(entry, error, calendar, { received, asOf }, options.lang));
    }
  }
  if (reports.length > 0) {
    const text =
      options.format === 'json'
        ? timeJson(reports, takeCalendarDiagnostics(options.lang))
        : timeText(reports, { color: useColor(io.stdout, io.env), lang: options.lang });
    io.stdout.write(text);
  }
  if (problems.length > 0)
    io.stderr.write(
      stylish(
        { diagnostics: sortDiagnostics(problems), files: sources.length + unreadable.length },
        { color: useColor(io.stderr, io.env), lang: options.lang, fixedBy: 'lint' },
      ),
    );
  if (unreadable.length > 0) return EXIT.failure;
  return problems.length > 0 ? EXIT.problems : EXIT.ok;
}

/**
 * The receipt as a calendar counts it: 16:59:30 came in while the office was open, so at 16:59, not at its closing;
 * a date alone at that day's opening. A receipt in a year the calendar cannot count is bad usage: no file could be
 * timed for it.
 */
function placeReceipt(reading: MomentReading, calendar: WorkingCalendar): Moment | undefined {
  if (reading === undefined || !('moment' in reading)) return undefined;
  let received = reading.moment;
  try {
    // 23:59:30 is on its own day, and so in its year when that is the calendar's last.
    if (reading.pastMinute) received = receiptMinute(calendar, received);
    const opening = calendar.day(dayOf(received)).hours[0];
    if (reading.dateOnly === true && opening) received = momentAt(dayOf(received), opening.start);
  } catch (error) {
    // Named by its option, as every other refusal of --received is.
    if (error instanceof OutOfCalendarError) {
      // The years procmap knows, and the year a slip (2206 for 2026) most likely meant, rather than the bare refusal.
      const year = String(dayParts(dayOf(received)).year);
      const advice = yearAdvice(year, dayParts(dayOf(vietnamNow())).year);
      throw new UsageError(
        {
          en: `--received: a dossier received in ${year}: ${advice.en}`,
          vi: `--received: hồ sơ tiếp nhận năm ${year}: ${advice.vi}`,
        },
        { cause: error },
      );
    }
    throw error;
  }
  return received;
}

/** Defines `procmap time` on the program; main loads this module only when the command is run or listed. */
export function defineTimeCommand(program: Command, { io, setExit, lang }: CommandContext): void {
  declareTime(program, lang).action(async (paths, options) => setExit(await timeCommand(paths, settled(options), io)));
}

/**
 * A procedure with its limits' line breaks read as spaces, as a duration reads them: escaped, a limit written over
 * several lines would print its note with a literal "\n" ("Theo văn bản: đối với …\n…").
 */
function limitsOnOneLine(procedure: CatalogEntry['procedure']): CatalogEntry['procedure'] {
  const oneLine = <T>(text: T): T => (typeof text === 'string' ? (text.replace(/\s+/g, ' ').trim() as T) : text);
  const channels = procedure.channels?.map((channel) =>
    channel.time_limit === undefined ? channel : { ...channel, time_limit: oneLine(channel.time_limit) },
  );
  return { ...procedure, time_limit: oneLine(procedure.time_limit), ...(channels ? { channels } : {}) };
}
