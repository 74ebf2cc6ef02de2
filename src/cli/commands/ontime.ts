import { docsUrl } from '../../docs-url.js';
import { MAX_WORKBOOK_DOSSIERS, tooManyForWorkbook } from '../../ontime/row-ceiling.js';
import { rowPlace, sheetPlace } from '../../ontime/row-place.js';
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
import { statSync } from 'node:fs';
import { ontimeJson } from '../../format/ontime-json.js';
import { badRowText, formatCount, ONTIME_LABELS } from '../../format/ontime-labels.js';
import { ontimeMarkdown } from '../../format/ontime-markdown.js';
import { ontimeText } from '../../format/ontime-text.js';
import { statusCodeNote } from '../../format/ontime-status-notes.js';
import { fileNotes, hiddenRowsNote, hiddenSheetNote, pauseDaysOnlyNote } from '../../format/ontime-file-notes.js';
import { unreadColumnNote } from '../../format/ontime-column-notes.js';
import { stylish } from '../../format/stylish.js';
import { fill, type Lang } from '../../i18n.js';
import { lint } from '../../lint/linter.js';
import { escapeControls } from '../../model/quote.js';
import { closest } from '../../model/suggest.js';
import { OntimeAggregator, type OntimeReport, type UnreadColumn } from '../../ontime/aggregate.js';
import { isStatusCode, statusCodeKey } from '../../ontime/status-code.js';
import { columnKey, EXAMPLE_HEADERS, type ColumnMapping, type DossierField } from '../../ontime/columns.js';
import { CsvError } from '../../ontime/csv.js';
import { EncodingError, isNotZip, SheetError } from '../../interchange/read-error.js';
import { said } from '../../interchange/import-messages.js';
import { DossierEvaluator } from '../../ontime/evaluate.js';
import { JsonRecordError } from '../../ontime/json-records.js';
import { judgedShare } from '../../ontime/rate.js';
import { measureTable, namesRequiredColumns } from '../../ontime/measure.js';
import { unmappedNote } from '../../format/ontime-unmapped-notes.js';
import {
  measuredCatalog,
  ProcedureIndex,
  unmeasuredProcedures,
  type MeasuredProcedure,
  type UnmeasuredProcedure,
} from '../../ontime/procedures.js';
import { ontimePage } from '../../render/site/ontime-page.js';
import type { WorkingCalendar } from '../../time/calendar.js';
import { dayOf, MINUTES_PER_DAY, momentAt, readMoment, type Moment } from '../../time/moment.js';
import { momentRefusal, optionFaultText, wrongWeekdayText } from '../../time/date-faults.js';
import { vietnamNow } from '../../node/calendar-loader.js';
import { typedMomentText } from '../../time/relative-day.js';
import { loadCatalogWithCalendars, type CatalogWithCalendars } from '../../node/file-calendars.js';
import { readMapSource } from '../../node/map-file.js';
import { procedureAsMap } from '../../config/not-a-config.js';
import { dossierFileKind, dossierRecords } from '../../node/dossier-files.js';
import { EXIT, InputError, UsageError } from '../../errors.js';
import { dirname } from 'node:path';
import type { Period } from '../../ontime/period.js';
import { reportPeriod } from '../report-period.js';
import {
  displayPath,
  inputRefusal,
  isFolder,
  isInput,
  isSpecialFile,
  protectInputs,
  readSettingsFile,
  specialFileRefusal,
} from '../../node/files.js';
import { lstatOrNone } from '../../node/output-record.js';
import { LIMITS } from '../../model/limits.js';
import type { Io } from '../../node/io.js';
import type { LoadedFile } from '../../model/load.js';
import type { NodePath } from '../../model/types.js';
import { EXTENSIONS, singleOutputFile, useColor, writeReport } from '../../node/output.js';
import { reportInFolderRefusal } from '../../node/output-overlap.js';
import { inRunFolder } from '../../node/run-context.js';
import { ontimeXlsx } from '../../format/ontime-xlsx.js';
import { sourceDate } from '../../node/source-date.js';
import { formatOption } from '../format-names.js';
import { ontimeFormat } from '../ontime-format.js';
import { noteHiddenFiles, noteLookAlikeFiles } from '../hidden-notes.js';
import { asciiLookalikes } from '../../model/lookalikes.js';
import { foldToAscii } from '../../model/fold.js';

const HELP = helpTexts({
  en: {
    description:
      'Measure dossier exports (CSV, XLSX, JSON) against the mapped procedures: on-time rate, late dossiers, where the time goes',
    dossiers: 'dossier exports from the one-stop software: .csv, .xlsx or .json files',
    catalog: 'the procedures to measure against (default: the current folder)',
    format: 'output format',
    output:
      'write the report to a file (atomically) instead of standard output, in the format its name ends in (.xlsx, .json, .md, .html) unless --format is given; required for xlsx',
    force: 'replace the --output file even when procmap did not write it, or it was changed since',
    map: "column mapping (YAML or JSON): field: header, e.g. received: Ngày nhận (default: the configuration's ontime section)",
    asOf: 'judge open dossiers as of this moment, Vietnam time (default: now in Vietnam), e.g. "2026-03-31 17:00"; a date alone is through that day, to 23:59',
    from: 'report the period from this day: the dossiers settled in it and those still open at its end, e.g. 01/09/2026',
    to: 'the last day of the period, itself included; open dossiers are judged at its end, 23:59',
    failUnder: 'exit 1 when the on-time rate is below this: 95%, 95 or 0.95',
    after:
      "\nEach row is one dossier: the procedure (its code or id), when it was received and, once settled, when the\nresult was ready; optionally the vendor's appointment, the channel, pauses (tạm dừng: the clock stops) and\nper-step times. Common Vietnamese headers are recognised with or without diacritics (số hồ sơ, mã thủ tục,\nngày tiếp nhận, ngày hẹn trả, ngày có kết quả, trạng thái, kênh, tạm dừng). Dates and times: 13/02/2026\n09:00, also 13-02-2026, 13.02.2026 or 2026-02-13T09:00; 9h30, 09h00', 2:30 CH, 12 giờ trưa; \"9 giờ 00 phút,\nngày 13/02/2026\" as a receipt slip writes it; a zone such as (GMT+7); a spreadsheet's own date cells.\nRows that cannot be measured are listed on standard error with their row number and counted; they never stop\nthe run. See " +
      docsUrl('docs/ontime.md') +
      '.\n\nExit codes: 0 done, 1 a file is not a table of dossiers, nothing could be measured, or the rate is below\n--fail-under, 2 bad usage.\n\nExamples:\n  procmap ontime ho-so-2026.csv --catalog procedures\n  procmap ontime q1.xlsx q2.xlsx --catalog procedures --format html -o ontime.html --lang vi\n  procmap ontime export.json --catalog procedures --map columns.yaml --fail-under 95%',
  },
  vi: {
    description:
      'Đối chiếu hồ sơ xuất từ phần mềm (CSV, XLSX, JSON) với các quy trình đã lập: tỷ lệ đúng hạn, hồ sơ quá hạn, thời gian tốn ở bước nào',
    dossiers: 'tệp hồ sơ xuất từ phần mềm một cửa: tệp .csv, .xlsx hoặc .json',
    catalog: 'bộ quy trình dùng để đối chiếu (mặc định: thư mục hiện tại)',
    format: 'định dạng báo cáo',
    output:
      'ghi báo cáo ra tệp thay vì ra màn hình (không bao giờ để lại tệp ghi dở), theo định dạng mà tên tệp chỉ ra (.xlsx, .json, .md, .html) nếu không ghi --format; bắt buộc với xlsx',
    force: 'ghi đè tệp --output cả khi tệp đó không do procmap tạo, hoặc đã được sửa sau khi procmap tạo',
    map: 'bảng ghép cột (YAML hoặc JSON): trường: tiêu đề cột, ví dụ received: Ngày nhận (mặc định: mục ontime của tệp cấu hình)',
    asOf: 'xét các hồ sơ đang giải quyết tính đến thời điểm này, theo giờ Việt Nam (mặc định: lúc chạy lệnh, giờ Việt Nam), ví dụ "31/03/2026 17:00"; chỉ ghi ngày là tính hết ngày đó, đến 23:59',
    from: 'báo cáo theo kỳ từ ngày này: các hồ sơ giải quyết xong trong kỳ và các hồ sơ còn đang giải quyết cuối kỳ, ví dụ 01/09/2026',
    to: 'ngày cuối kỳ, tính cả ngày đó; hồ sơ đang giải quyết được xét đến cuối ngày này, 23:59',
    failUnder: 'thoát với mã 1 khi tỷ lệ đúng hạn thấp hơn mức này: 95%, 95 hoặc 0,95',
    after:
      '\nMỗi dòng là một hồ sơ: thủ tục (mã thủ tục hoặc id của quy trình), thời điểm tiếp nhận và, nếu đã giải quyết\nxong, thời điểm có kết quả; có thể có thêm ngày hẹn trả do phần mềm tính, kênh tiếp nhận, các lần tạm dừng\n(không tính vào thời hạn) và thời điểm xong của từng bước. Các tiêu đề cột thường gặp được nhận ra dù viết có\ndấu hay không dấu (số hồ sơ, mã thủ tục, ngày tiếp nhận, ngày hẹn trả, ngày có kết quả, trạng thái, kênh, tạm\ndừng). Ngày giờ: 13/02/2026 09:00, cũng nhận 13-02-2026, 13.02.2026 hoặc 2026-02-13T09:00; 9h30, 09h00\',\n2:30 CH, 12 giờ trưa; "9 giờ 00 phút, ngày 13/02/2026" như giấy tiếp nhận ghi; múi giờ như (GMT+7); ô ngày của\nbảng tính. Dòng nào không đo được thì in riêng ra stderr kèm số thứ tự dòng và có đếm tổng số; lệnh vẫn chạy\ntiếp. Xem ' +
      docsUrl('docs/ontime.md') +
      '.\n\nMã thoát: 0 xong, 1 có tệp không phải bảng hồ sơ, không đo được dòng nào, hoặc tỷ lệ đúng hạn thấp hơn\n--fail-under, 2 sai cách dùng lệnh.\n\nVí dụ:\n  procmap ontime ho-so-2026.csv --catalog procedures\n  procmap ontime quy-1.xlsx quy-2.xlsx --catalog procedures --format html -o dung-han.html\n  procmap ontime export.json --catalog procedures --map columns.yaml --fail-under 95%',
  },
});

// A procedure's file, which a dossier export never is.
const PROCEDURE_FILE = /\.ya?ml$/i;
/** `procmap ontime` on the command line: arguments, options, help and examples, in the language of help. */
function declareOntime(program: Command, lang: Lang) {
  const help = HELP[lang];
  return program
    .command('ontime')
    .description(help.description)
    .argument('<dossiers...>', help.dossiers)
    .option('--catalog <dir>', help.catalog)
    .addOption(formatOption(help.format, ['text', 'json', 'markdown', 'xlsx', 'html'] as const, 'text'))
    .option('-o, --output <file>', help.output)
    .option('--force', help.force)
    .option('--map <file>', help.map)
    .option('--as-of <moment>', help.asOf)
    .option('--from <date>', help.from)
    .option('--to <date>', help.to)
    .option('--fail-under <rate>', help.failUnder)
    .addOption(configOption(lang, 'catalog'))
    .addOption(calendarOption(lang))
    .addOption(langOption(lang))
    .addHelpText('after', help.after);
}

/** Options of `procmap ontime`, as commander parses them. */
export type OntimeCommandOptions = Settled<ReturnType<ReturnType<typeof declareOntime>['opts']>>;

// The sections a mapping file may hold beside its fields, and the words an officer may write for them.
const SECTIONS = ['columns', 'steps', 'statuses'] as const;
const SECTION_WORDS: Readonly<Record<string, string>> = {
  step: 'steps',
  buoc: 'steps',
  'cac buoc': 'steps',
  cot: 'columns',
  'cac cot': 'columns',
  column: 'columns',
};
const FIELDS: readonly DossierField[] = [
  'id',
  'procedure',
  'received',
  'appointment',
  'finished',
  'status',
  'channel',
  'pauses',
  'pauseStart',
  'pauseEnd',
  'body',
];
// Bad rows printed on standard error; the report formats list up to a thousand.
const STDERR_BAD_ROWS = 50;

/**
 * The report's moment of an `--as-of` reading: a date alone is that whole day ("tính đến ngày 23/02/2026"), so its
 * last minute, 23:59, and a dossier received or settled that day is measured; a moment written with its time stays.
 */
function throughItsDay(reading: { moment: Moment; dateOnly?: true }): Moment {
  return reading.dateOnly ? momentAt(dayOf(reading.moment), MINUTES_PER_DAY - 1) : reading.moment;
}

/**
 * Parses `--fail-under`: `95`, `95%` and `0.95` all mean 95 %. Numbers up to 1 without a percent sign are shares,
 * so one percent is written `1%`.
 */
export function parseRate(text: string): number {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(asciiLookalikes(text));
  const value = match ? Number(match[1]!.replace(',', '.')) : NaN;
  const share = match?.[2] === '%' || value > 1 ? value / 100 : value;
  if (!match || !(share >= 0 && share <= 1))
    throw new UsageError({
      en: `--fail-under takes an on-time rate such as 95% or 0.95, not "${text}"`,
      vi: `--fail-under nhận một tỷ lệ đúng hạn như 95% hoặc 0.95, không phải "${text}"`,
    });
  return share;
}

// The fields that each read one moment of a dossier.
const MOMENT_FIELDS: ReadonlySet<string> = new Set<DossierField>([
  'received',
  'appointment',
  'finished',
  'pauseStart',
  'pauseEnd',
]);

/**
 * Refuses two moments of a dossier mapped to one column (received and finished both "ngayTiepNhan", a line copied and
 * not changed): each dossier was read as settled the moment it came in, 100 % on time, without a word.
 */
function refuseSharedMoments(
  columns: Readonly<Record<string, string | string[]>>,
  fieldAt: (field: string) => string,
): void {
  const seen = new Map<string, string>();
  for (const [field, header] of Object.entries(columns)) {
    if (!MOMENT_FIELDS.has(field)) continue;
    for (const name of Array.isArray(header) ? header : [header]) {
      const other = seen.get(columnKey(name));
      if (other !== undefined && other !== field)
        throw new UsageError({
          en: `${fieldAt(field)}: "${other}" and "${field}" both name the column "${name}", and one column holds one moment of a dossier (the two would be the same, a dossier settled or paused the moment it came in); give each the header of its own column`,
          vi: `${fieldAt(field)}: "${other}" và "${field}" cùng ghép với cột "${name}", mà một cột chỉ ghi một thời điểm của hồ sơ (hai thời điểm sẽ trùng nhau, hồ sơ như được giải quyết hay tạm dừng ngay lúc tiếp nhận); hãy ghép mỗi trường với tiêu đề cột riêng của nó`,
        });
      seen.set(columnKey(name), field);
    }
  }
}

/**
 * Reads a column mapping: `{columns: {field: header}, steps: {id: header}, statuses: {code: words}}`, or the columns
 * map alone.
 */
export function parseMapping(data: unknown, where: string, locate?: LoadedFile['locate']): ColumnMapping {
  if (data === undefined || data === null) return {};
  // Where an entry's key stands (file:line:column), where the file's positions are known (a --map file).
  const at = (path: NodePath): string => {
    if (locate === undefined) return where;
    const { line, column } = locate(path, 'key');
    return `${where}:${line}:${column}`;
  };
  if (typeof data !== 'object' || Array.isArray(data))
    throw new UsageError({
      en: `${where}: write the mapping as field: column header pairs, e.g. "received: Ngày nhận"`,
      vi: `${where}: hãy ghi bảng ghép theo từng cặp trường: tiêu đề cột, ví dụ "received: Ngày nhận"`,
    });
  const asProcedure = procedureAsMap(data, where, 'received: Ngày nhận');
  if (asProcedure) throw new UsageError(asProcedure);
  const record = data as Record<string, unknown>;
  const nested = 'columns' in record || 'steps' in record || 'statuses' in record;
  // Fields written beside "steps" or "statuses" rather than under "columns" (a flat mapping the officer added a
  // statuses section to, as the note on status codes says) are columns all the same: dropped, they left the file's
  // result dates unread without a word.
  const beside = Object.fromEntries(
    Object.entries(record).filter(([key]) => !['columns', 'steps', 'statuses'].includes(key)),
  );
  const columns =
    (nested
      ? record.columns === undefined || record.columns === null
        ? beside
        : typeof record.columns === 'object' && !Array.isArray(record.columns)
          ? { ...beside, ...record.columns }
          : record.columns
      : record) ?? {};
  const steps = nested ? (record.steps ?? {}) : {};
  // "steps: Bước xử lý": one header for all the steps, which ontime cannot split; said where it stands, with the form.
  if (steps === null || typeof steps !== 'object' || Array.isArray(steps))
    throw new UsageError({
      en: `${at(['steps'])}: "steps" lists each step on a line of its own, its id, a colon and the header of the column with its end time, e.g. "steps:" then "  verify: Thời điểm thẩm định xong"`,
      vi: `${at(['steps'])}: "steps" ghi mỗi bước một dòng: mã bước, dấu hai chấm rồi tiêu đề cột ghi thời điểm bước đó xong, ví dụ "steps:" rồi dòng dưới "  verify: Thời điểm thẩm định xong"`,
    });
  if (typeof columns !== 'object' || Array.isArray(columns)) {
    throw new UsageError({
      en: `${where}: "columns" and "steps" map names to column headers`,
      vi: `${where}: "columns" và "steps" ghép tên với tiêu đề cột`,
    });
  }
  const underColumns = nested && typeof record.columns === 'object' && record.columns !== null;
  // A field written both beside "columns" and under it: the one under it won without a word.
  const twice = underColumns ? Object.keys(beside).find((field) => field in (record.columns as object)) : undefined;
  if (twice !== undefined) {
    const first = locate === undefined ? undefined : locate([twice], 'key').line;
    throw new UsageError({
      en: `${at(['columns', twice])}: "${twice}" is mapped here and ${first === undefined ? 'beside "columns"' : `on line ${first}`} too; write each field once, under "columns"`,
      vi: `${at(['columns', twice])}: "${twice}" được ghép ở đây và cả ${first === undefined ? 'bên ngoài "columns"' : `ở dòng ${first}`}; hãy ghi mỗi trường một lần, trong "columns"`,
    });
  }
  const fieldAt = (field: string) =>
    at(underColumns && field in (record.columns as object) ? ['columns', field] : [field]);
  for (const [field, header] of Object.entries(columns as Record<string, unknown>)) {
    if (!FIELDS.includes(field as DossierField)) {
      // A key written at the top may be a section misspelt ("step: …", "bước: …"), not only a field.
      const top = !(underColumns && field in (record.columns as object));
      const known = top ? [...FIELDS, ...SECTIONS] : FIELDS;
      const hint = (top ? SECTION_WORDS[foldToAscii(field).trim()] : undefined) ?? closest(field, known);
      const steps = top ? ' (or "steps:", each step\'s id over the header of its end time)' : '';
      const buoc = top ? ' (hoặc "steps:", dưới đó mỗi bước một dòng: mã bước: tiêu đề cột thời điểm bước xong)' : '';
      throw new UsageError({
        en: `${fieldAt(field)}: "${field}" is not a dossier field${hint ? `; did you mean "${hint}"?` : '.'} The fields are ${FIELDS.join(', ')}${steps}`,
        vi: `${fieldAt(field)}: "${field}" không phải trường của hồ sơ${hint ? `; có phải ý bạn là "${hint}"?` : '.'} Các trường là ${FIELDS.join(', ')}${buoc}`,
      });
    }
    const ok = typeof header === 'string' || (Array.isArray(header) && header.every((h) => typeof h === 'string'));
    if (!ok || (Array.isArray(header) && header.length === 0) || header === '')
      throw new UsageError({
        en: `${fieldAt(field)}: "${field}" takes a column header or a list of headers`,
        vi: `${fieldAt(field)}: "${field}" nhận một tiêu đề cột hoặc một danh sách tiêu đề`,
      });
  }
  refuseSharedMoments(columns as Record<string, string | string[]>, fieldAt);
  for (const [step, header] of Object.entries(steps as Record<string, unknown>)) {
    if (typeof header !== 'string' || header === '')
      throw new UsageError({
        en: `${at(['steps', step])}: step "${step}" takes the header of the column with its end time`,
        vi: `${at(['steps', step])}: bước "${step}" nhận tiêu đề của cột ghi thời điểm bước đó kết thúc`,
      });
  }
  const statuses = nested ? (record.statuses ?? {}) : {};
  if (typeof statuses !== 'object' || Array.isArray(statuses))
    throw new UsageError({
      en: `${where}: "statuses" maps each numeric status code to the words it stands for, e.g. "4: Đã trả kết quả"`,
      vi: `${where}: "statuses" ghép mỗi mã trạng thái với chữ mà mã đó thay cho, ví dụ "4: Đã trả kết quả"`,
    });
  const read: Record<string, string> = {};
  // The key each code was first written with: "4" and "04" (or " 4") are one code, and which words it stands for
  // cannot be told when both are written; the later one won without a word.
  const written = new Map<string, string>();
  for (const [code, words] of Object.entries(statuses as Record<string, unknown>)) {
    const codeAt = at(['statuses', code]);
    // A status in words is read as written: a key in words would be passed over without a word.
    if (!isStatusCode(code.trim()))
      throw new UsageError({
        en: `${codeAt}: "statuses" maps numeric status codes ("4", "10"), and "${code}" is none; a status written in words is read as it is`,
        vi: `${codeAt}: "statuses" ghép các mã trạng thái bằng số ("4", "10"), mà "${code}" không phải mã số; trạng thái ghi bằng chữ thì được đọc như đã ghi`,
      });
    if (typeof words !== 'string' || words.trim() === '')
      throw new UsageError({
        en: `${codeAt}: status "${code}" takes the words the status stands for, e.g. "${code}: Đã trả kết quả"`,
        vi: `${codeAt}: trạng thái "${code}" nhận chữ mà mã đó thay cho, ví dụ "${code}: Đã trả kết quả"`,
      });
    const key = statusCodeKey(code.trim());
    const first = written.get(key);
    if (first !== undefined) {
      const line = locate === undefined ? undefined : locate(['statuses', first], 'key').line;
      throw new UsageError({
        en: `${codeAt}: "${code}" is the status code ${key}, as "${first}"${line === undefined ? '' : ` on line ${line}`} is; write each code once, with the words it stands for`,
        vi: `${codeAt}: "${code}" là mã trạng thái ${key}, như "${first}"${line === undefined ? '' : ` ở dòng ${line}`}; hãy ghi mỗi mã một lần, với chữ mà mã đó thay cho`,
      });
    }
    written.set(key, code);
    // Trimmed once here, not on each of a million rows.
    read[key] = words.trim();
  }
  return {
    columns: columns as NonNullable<ColumnMapping['columns']>,
    steps: steps as Record<string, string>,
    statuses: read,
  };
}

function readMapping(path: string): ColumnMapping {
  // A mapping is a few lines: read it like the configuration, within its limit and only from a regular file.
  protectInputs([path]);
  const bytes = readSettingsFile(path, 'columnMapping', LIMITS.maxConfigBytes);
  const { data, locate } = readMapSource(displayPath(path), bytes);
  // A file given as the mapping that maps nothing (empty, or comments alone) is a mistake, as import says of one: read
  // as no mapping, the report then said to map the columns with --map.
  if (data === undefined || data === null) throw emptyMapping(displayPath(path));
  return parseMapping(data, displayPath(path), locate);
}

/** The refusal of a --map file with no mapping in it. */
function emptyMapping(shown: string): UsageError {
  return new UsageError({
    en: `${shown}: the file maps nothing; write the mapping as field: column header pairs, e.g. "received: Ngày nhận"`,
    vi: `${shown}: tệp không ghép trường nào; hãy ghi bảng ghép theo từng cặp trường: tiêu đề cột, ví dụ "received: Ngày nhận"`,
  });
}

/** Refuses (exit 2) a dossier path that does not exist or is a folder, before any work is done; marks them as inputs. */
export function checkDossierFiles(paths: readonly string[]): void {
  for (const path of paths) {
    let isFile = false;
    try {
      isFile = statSync(inRunFolder(path)).isFile();
    } catch {
      throw new UsageError({
        en: `Dossier file "${path}" does not exist`,
        vi: `Tệp hồ sơ "${path}" không tồn tại`,
      });
    }
    if (!isFile)
      throw new UsageError({
        en: `"${path}" is not a file: give the dossier exports themselves`,
        vi: `"${path}" không phải một tệp: hãy đưa chính các tệp hồ sơ đã xuất`,
      });
  }
  // The officer's export may be the only copy: a report given its name (-o ho-so.csv) is refused, not written over it.
  protectInputs(paths);
}

/** Everything a measurement needs besides the dossier files. */
export interface MeasureSetup {
  procedures: readonly MeasuredProcedure[];
  /** Procedures left out for their files' errors: a dossier naming one is told to fix the file. */
  unmeasured?: readonly UnmeasuredProcedure[];
  calendar: WorkingCalendar;
  /** The calendar of each procedure file's own configuration; else `calendar` counts every dossier. */
  calendarOf?: (file: string) => WorkingCalendar;
  mapping: ColumnMapping;
  asOf: Moment;
  /** The reporting period, when the report is of one (`--from`, `--to`). */
  period?: Period;
  lang: Lang;
  /** Keep every dossier for the report (the workbook writes them all, to read back with the same verdicts). */
  keepDossiers?: boolean;
  /** With keepDossiers, the most kept (the workbook's ceiling): past it the report says `pastWorkbook`. */
  keepAtMost?: number;
  /** The report is printed as text on the terminal, with its notes: a file's notes are not said on stderr as well. */
  notesInTerminalReport?: boolean;
}

/**
 * Measures dossier files against a catalog, streaming each file; problems with whole files (unreadable, missing
 * columns, broken quoting) go to standard error, name the file in `refused` and make `failed` true. Shared by `ontime` and `build --dossiers`.
 */
export async function measureDossierFiles(
  files: readonly string[],
  setup: MeasureSetup,
  io: Io,
): Promise<{ report: OntimeReport; failed: boolean; refused: string[] }> {
  const { calendarOf } = setup;
  const evaluator = new DossierEvaluator(
    calendarOf === undefined || setup.procedures.some((procedure) => procedure.file === undefined)
      ? setup.calendar
      : (procedure) => calendarOf(procedure.file!),
    new ProcedureIndex(setup.procedures, setup.unmeasured),
    setup.asOf,
  );
  const aggregator = new OntimeAggregator({
    asOf: setup.asOf,
    ...(setup.period === undefined ? {} : { period: setup.period }),
    hoursPerDay: setup.calendar.hoursPerDay,
    holidaySource: (year) => setup.calendar.holidaySource(year),
    ...(setup.keepDossiers ? { keepDossiers: true } : {}),
    ...(setup.keepAtMost !== undefined ? { keepAtMost: setup.keepAtMost } : {}),
  });
  // The files not read as tables of dossiers, in the order given: ontime writes no report without them.
  const refused: string[] = [];
  for (const path of files) {
    const file = displayPath(path);
    // Set by every way a whole file is refused below.
    let failed = false;
    const kind = dossierFileKind(path);
    try {
      // The sheets of a workbook looked through when none has the dossier columns, to be named with them.
      const looked: string[] = [];
      // Hidden sheets of a workbook that hold dossiers: measured as hidden rows are, and named.
      const hidden: string[] = [];
      const records = dossierRecords(
        path,
        kind,
        (cells, below) => namesRequiredColumns(cells, setup.mapping, below),
        looked,
        hidden,
      );
      const {
        missing,
        unreadDates,
        unreadAppointments,
        unreadPauses,
        pauseDaysOnly,
        statusCodes,
        unmapped,
        empty,
        headerOnly,
        hiddenRows,
      } = await measureTable(
        file,
        records,
        setup.mapping,
        evaluator,
        aggregator,
        (name, sheet) => sheetPlace(name, sheet, setup.lang),
        setup.period,
      );
      // Past what the workbook report writes: the run is refused, so neither this file's notes nor the next files are
      // worth reading (a year of dossiers would else be read to its end for a refusal).
      if (aggregator.isPastWorkbook()) break;
      // Hidden sheets measured: in the report too (its notes), where a reader of the file sees it; on the terminal once.
      const hiddenSheets = hidden.map((sheet) => ({ file, sheet }));
      aggregator.addHiddenSheets(hiddenSheets);
      // Hidden rows measured: said with the file's notes, on the terminal once as a hidden sheet is.
      if (hiddenRows !== undefined) {
        const found = { file, ...hiddenRows };
        aggregator.addHiddenRows(found);
        if (!setup.notesInTerminalReport) io.stderr.write(`${escapeControls(hiddenRowsNote(found, setup.lang))}\n`);
      }
      if (!setup.notesInTerminalReport)
        for (const found of hiddenSheets) io.stderr.write(`${escapeControls(hiddenSheetNote(found, setup.lang))}\n`);
      // Columns seen and not read that may hold the result's date (else every dossier of it reads open), the vendor's
      // appointment ("Ngày hẹn trả của phần mềm đã so: 0" would else read as an export without them) or a pause's ends
      // (else each paused dossier reads as if it waited on the office). Said once per file, from its header; in the
      // report too (its notes), where a reader of the file sees it; on the terminal once, not also on stderr.
      const unread: UnreadColumn[] = [
        ...unreadDates.map((column) => ({ file, column, field: 'finished' as const })),
        ...unreadAppointments.map((column) => ({ file, column, field: 'appointment' as const })),
        ...(unreadPauses ?? []).map(({ header, field }) => ({ file, column: header, field })),
      ];
      aggregator.addUnreadColumns(unread);
      if (!setup.notesInTerminalReport)
        for (const found of unread) io.stderr.write(`${escapeControls(unreadColumnNote(found, setup.lang))}\n`);
      // Paused days without dates: a count cannot be placed on the working calendar, so what it does is said once per
      // file; in the report too (its notes), on the terminal once.
      if (pauseDaysOnly !== undefined) {
        const found = { file, column: pauseDaysOnly };
        aggregator.addPauseDaysOnly(found);
        if (!setup.notesInTerminalReport) io.stderr.write(`${escapeControls(pauseDaysOnlyNote(found, setup.lang))}\n`);
      }
      // Statuses as vendors' numeric codes: their meaning differs between vendors and no source gives it, so they are
      // not read; said once, with the codes, since a code meaning "withdrawn" would else read open without a word.
      // In the report too (its notes), where a reader of the file sees it; on the terminal once, not also on stderr.
      if (statusCodes !== undefined) {
        const found = { file, column: statusCodes.column, codes: statusCodes.codes };
        aggregator.addStatusCodes(found);
        if (!setup.notesInTerminalReport) io.stderr.write(`${escapeControls(statusCodeNote(found, setup.lang))}\n`);
      }
      // A mapped header the file does not have: the usual headers were read in its place, without a word. A JSON
      // export's keys are those its records have, and APIs leave out empty fields: a key missing there is no slip.
      // In the report too (its notes), on the terminal once.
      if (unmapped !== undefined && kind !== 'json') {
        aggregator.addUnmapped({ file, ...unmapped, entries: [...unmapped.entries] });
        if (!setup.notesInTerminalReport) io.stderr.write(unmappedNote(file, unmapped, setup.lang));
      }
      // An empty file lacks no column: it was cut off or exported from an empty search.
      if (empty) {
        failed = true;
        io.stderr.write(
          setup.lang === 'vi'
            ? `${file}: tệp trống, không có hồ sơ nào\n`
            : `${file}: the file is empty: it holds no dossiers\n`,
        );
      } else if (headerOnly) {
        // Exported from a search that found nothing, or the wrong sheet: a report of zeros would read as a quiet month.
        failed = true;
        io.stderr.write(
          setup.lang === 'vi'
            ? `${file}: tệp chỉ có dòng tiêu đề, không có hồ sơ nào bên dưới\n`
            : `${file}: the file has its header but no dossier under it\n`,
        );
      } else if (missing.length > 0 && PROCEDURE_FILE.test(path)) {
        // `procmap ontime procedures/x.yaml`: a procedure given where the dossiers go, said so rather than its columns.
        failed = true;
        io.stderr.write(
          setup.lang === 'vi'
            ? `${file}: đây là tệp quy trình, không phải bảng hồ sơ: đưa thư mục quy trình bằng --catalog, và tệp hồ sơ xuất từ phần mềm một cửa (.csv, .xlsx hoặc .json) làm tham số\n`
            : `${file}: this is a procedure file, not a table of dossiers: give the procedures' folder with --catalog, and the dossier export of the one-stop software (.csv, .xlsx or .json) as the argument\n`,
        );
      } else if (missing.length > 0) {
        failed = true;
        const names = missing
          .map((field) => `"${EXAMPLE_HEADERS[field] ?? field}"`)
          .join(setup.lang === 'vi' ? ' và ' : ' and ');
        const sheets = looked.map((name) => `"${name}"`).join(', ');
        const where =
          looked.length === 0
            ? ''
            : setup.lang === 'vi'
              ? ` ở trang tính nào (đã xem ${sheets})`
              : ` on any sheet (looked at ${sheets})`;
        io.stderr.write(
          setup.lang === 'vi'
            ? `${file}: không có cột ${names}${where}; đặt tên cột như vậy, hoặc chỉ ra cột bằng --map hay \`ontime:\` trong procmap.config.yaml (${docsUrl('docs/ontime.md')})\n`
            : `${file}: no column ${names}${where}; name the column so, or map it with --map or \`ontime:\` in procmap.config.yaml (${docsUrl('docs/ontime.md')})\n`,
        );
      }
    } catch (error) {
      failed = true;
      const vi = setup.lang === 'vi';
      if (error instanceof CsvError || error instanceof JsonRecordError) {
        const column = error instanceof JsonRecordError && error.column !== undefined ? `:${error.column}` : '';
        io.stderr.write(`${file}:${error.row}${column}: ${error.text(setup.lang)}\n`);
      } else if ((error as NodeJS.ErrnoException).code !== undefined) {
        const reason = escapeControls((error as Error).message);
        io.stderr.write(`${file}: ${vi ? 'không đọc được' : 'cannot read it'}: ${reason}\n`);
      }
      // A workbook that would unpack past what procmap reads: CSV streams without that limit.
      else if (error instanceof SheetError && kind === 'xlsx' && error.tooLarge) {
        const csv = vi
          ? 'hãy xuất hồ sơ ra tệp CSV, procmap đọc tệp CSV từng phần, đến 5.000.000 dòng'
          : 'export the dossiers as CSV, which procmap reads as it streams, up to 5,000,000 rows';
        io.stderr.write(`${file}: ${error.said[setup.lang]}; ${csv}\n`);
      }
      // Text in another encoding than UTF-8 or UTF-16 (Windows-1258, TCVN3, VNI), or typed in a TCVN3 or VNI font, in
      // any kind of file, and a damaged workbook (a part missing, a Word document named .xlsx, an overlong cell): the
      // words say what to save, convert or fix, as import says them.
      else if (error instanceof EncodingError || error instanceof SheetError)
        io.stderr.write(`${file}: ${error.said[setup.lang]}\n`);
      // Bytes that are no zip at all: the zip reader's own words (a byte signature) say nothing to an officer.
      else if (kind === 'xlsx' && isNotZip(error)) io.stderr.write(`${file}: ${said('notWorkbookZip')[setup.lang]}\n`);
      // exceljs says what is wrong with a workbook in a plain Error; a TypeError would be procmap's own bug.
      else if (kind === 'xlsx' && error instanceof Error && !(error instanceof TypeError)) {
        const reason = escapeControls(error.message);
        io.stderr.write(`${file}: ${vi ? 'không đọc được như sổ tính XLSX' : 'cannot read it as XLSX'}: ${reason}\n`);
      } else throw error;
    }
    if (failed) refused.push(file);
  }
  return { report: aggregator.report(), failed: refused.length > 0, refused };
}

/** The procedures of a catalog that can be measured against; files with errors are reported and left out. */
export function measurableProcedures(
  catalog: Pick<CatalogWithCalendars, 'sources' | 'unreadable' | 'calendarOf'>,
  lang: Lang,
  io: Io,
): { procedures: MeasuredProcedure[]; unmeasured: UnmeasuredProcedure[]; problems: number } {
  const { sources, unreadable, calendarOf } = catalog;
  const { diagnostics, procedures, refused } = lint(sources, { rules: [], lang, calendarFor: calendarOf });
  const problems = [...unreadable, ...diagnostics.filter((d) => d.severity === 'error')];
  if (problems.length > 0)
    io.stderr.write(
      stylish(
        { diagnostics: problems, files: sources.length + unreadable.length },
        { color: useColor(io.stderr, io.env), lang, fixedBy: 'lint' },
      ),
    );
  return {
    procedures: measuredCatalog(procedures, problems),
    unmeasured: unmeasuredProcedures(procedures, problems, refused),
    problems: problems.length,
  };
}

/** Lists the rows that could not be measured on standard error, the first fifty of them. */
export function reportBadRows(report: OntimeReport, lang: Lang, io: Io): void {
  const { badRows } = report;
  if (badRows.count === 0) return;
  for (const bad of badRows.listed.slice(0, STDERR_BAD_ROWS))
    io.stderr.write(`${escapeControls(`${rowPlace(bad.file, bad.row)}: ${badRowText(bad, lang)}`)}\n`);
  const shown = Math.min(badRows.listed.length, STDERR_BAD_ROWS);
  const w = ONTIME_LABELS[lang];
  io.stderr.write(
    `${w.bad}: ${formatCount(badRows.count, lang)}${badRows.count > shown ? ` (${shown} ${lang === 'vi' ? 'dòng đầu ở trên' : 'listed above'})` : ''}\n`,
  );
}

// Why a measurement fails the run, in the run's language.
const GATE_TEXT = {
  en: {
    nothingMeasured: 'no row could be measured',
    noRate: '--fail-under: no finished dossier, so there is no on-time rate',
    allUndetermined:
      '--fail-under: every finished dossier is undetermined (its verdict rests on an hour of receipt not written), so there is no on-time rate; export the hour of receipt to measure them',
    below: 'on-time rate {rate}% is below --fail-under {limit}%',
  },
  vi: {
    nothingMeasured: 'không đo được dòng nào',
    noRate: '--fail-under: chưa có hồ sơ nào đã giải quyết nên chưa có tỷ lệ đúng hạn',
    allUndetermined:
      '--fail-under: mọi hồ sơ đã giải quyết đều chưa xác định (đúng hạn hay quá hạn tùy giờ tiếp nhận, mà giờ không được ghi) nên chưa có tỷ lệ đúng hạn; hãy xuất cả giờ tiếp nhận để đo các hồ sơ này',
    below: 'tỷ lệ đúng hạn {rate}% thấp hơn --fail-under {limit}%',
  },
} as const;

/**
 * `procmap ontime`: measures dossier exports (CSV, XLSX, JSON) against the mapped procedures. Exit 1 when a file
 * cannot be read as a table of dossiers, nothing could be measured, or the on-time rate is below --fail-under;
 * rows that cannot be measured are listed and counted but do not fail the run. Exit 2 on bad usage.
 */
export async function ontimeCommand(
  dossiers: string[],
  options: OntimeCommandOptions,
  io: Io,
  formatGiven = true,
): Promise<number> {
  const failUnder = options.failUnder === undefined ? undefined : parseRate(options.failUnder);
  const period = reportPeriod(options.from, options.to, options.asOf);
  const reading = options.asOf === undefined ? undefined : readMoment(typedMomentText(options.asOf, vietnamNow()));
  if (reading !== undefined && 'wrongWeekday' in reading)
    throw new UsageError(wrongWeekdayText('--as-of', reading.wrongWeekday.written, reading.wrongWeekday.day));
  if (reading !== undefined && 'dateFault' in reading)
    throw new UsageError(optionFaultText('--as-of', reading.dateFault.written, reading.dateFault.fault));
  const asOf =
    period !== undefined ? period.to : options.asOf === undefined ? vietnamNow() : reading && throughItsDay(reading);
  if (asOf === undefined) throw new UsageError(momentRefusal('--as-of', options.asOf!, 'asOf'));
  // A report over the export or the column mapping it reads is the worst mistake -o can make: said before any other.
  const inputs = [...dossiers, ...(options.map === undefined ? [] : [options.map])];
  if (options.output !== undefined) {
    protectInputs(inputs);
    if (isInput(options.output)) throw inputRefusal(options.output);
  }
  const format = ontimeFormat(options.format, options.output, formatGiven);
  if (format === 'xlsx' && options.output === undefined)
    throw new UsageError({
      en: '--format xlsx writes a workbook: name it with --output, e.g. --output ontime.xlsx',
      vi: '--format xlsx ghi ra một sổ tính: hãy đặt tên bằng --output, ví dụ --output ontime.xlsx',
    });
  // Refused before any dossier is read: `-o rep/` names no report file.
  const target = options.output === undefined ? undefined : singleOutputFile(options.output, { format });
  checkDossierFiles(dossiers);
  // Refused before a dossier is read, as the write would refuse it after a million rows: a report over an export or
  // the column mapping it reads, or onto a device, a pipe or a socket.
  if (target !== undefined) {
    protectInputs(inputs);
    if (isInput(target)) throw inputRefusal(target);
    const existing = lstatOrNone(target);
    if (existing !== undefined && isSpecialFile(target, existing)) throw specialFileRefusal(target, true);
  }
  const root = options.catalog ?? '.';
  // A report the next run would read as a broken procedure of the catalog (`-o procedures/bao-cao.yaml`).
  const overlap =
    target === undefined
      ? undefined
      : // A procedure file as --catalog stands for its folder, where the report would sit among the procedures.
        reportInFolderRefusal(target, [isFolder(root) ? root : dirname(root)], {
          anyFile: false,
          extension: EXTENSIONS[format] ?? 'txt',
          catalog: true,
        });
  if (overlap) throw overlap;
  // Each procedure file's own configuration and calendar (a sub-catalog's office hours), as `time` reads them; the
  // column mapping and the report's day length are the catalog's.
  const catalog = loadCatalogWithCalendars(
    [root],
    { config: options.config, calendar: options.calendar },
    options.lang,
  );
  noteHiddenFiles(catalog.hidden, io, options.lang);
  noteLookAlikeFiles(catalog.lookAlike, io, options.lang);
  const config = catalog.configOf('');
  const calendar = catalog.calendarOf('');
  const mapping =
    options.map !== undefined
      ? readMapping(options.map)
      : parseMapping(config.config.ontime, 'procmap.config.yaml ontime');
  const { procedures, unmeasured, problems } = measurableProcedures(catalog, options.lang, io);
  // Every procedure file has errors (listed above): the catalog is right, its files need fixing.
  if (procedures.length === 0 && problems > 0)
    throw new InputError({
      en: `No procedure in "${root}" can be measured: its procedure files have the errors above; fix them (procmap lint ${root}) and run again`,
      vi: `Không đo được theo quy trình nào trong "${root}": các tệp quy trình ở đó có lỗi nêu trên; hãy sửa các lỗi đó (procmap lint ${root}) rồi chạy lại`,
    });
  if (procedures.length === 0)
    throw new UsageError({
      en: `No procedure to measure against in "${root}": give the catalog with --catalog`,
      vi: `Không có quy trình nào trong "${root}" để đối chiếu: hãy chỉ ra danh mục bằng --catalog`,
    });

  const ceiling = io.workbookDossiers ?? MAX_WORKBOOK_DOSSIERS;
  // The report printed as text on the terminal says the files' notes; no report, and they are said on stderr.
  const inTerminal = format === 'text' && target === undefined;
  const { report, failed, refused } = await measureDossierFiles(
    dossiers,
    {
      procedures,
      unmeasured,
      calendar,
      calendarOf: catalog.calendarOf,
      mapping,
      asOf,
      ...(period === undefined ? {} : { period }),
      lang: options.lang,
      keepDossiers: format === 'xlsx',
      keepAtMost: ceiling,
      notesInTerminalReport: inTerminal,
    },
    io,
  );
  // A report without a refused file's dossiers would read as the whole period with fewer dossiers (all zeros, for one
  // file): none is written, and an earlier report at --output stays as it was.
  if (refused.length > 0) {
    if (inTerminal) {
      for (const found of report.unreadColumns)
        io.stderr.write(`${escapeControls(unreadColumnNote(found, options.lang))}\n`);
      for (const found of report.statusCodes)
        io.stderr.write(`${escapeControls(statusCodeNote(found, options.lang))}\n`);
      for (const note of fileNotes(report, options.lang)) io.stderr.write(`${escapeControls(note)}\n`);
    }
    reportBadRows(report, options.lang, io);
    // "Left as it was" only of a file that is there: a first run has nothing to keep.
    const kept = options.output !== undefined && statSync(inRunFolder(options.output), { throwIfNoEntry: false });
    io.stderr.write(`procmap: ${notWritten(refused, kept ? options.output : undefined, options.lang)}\n`);
    return EXIT.problems;
  }
  // Refused before anything is written: a workbook of part of the dossiers would read back as a smaller report.
  if (format === 'xlsx' && report.pastWorkbook) {
    io.stderr.write(`procmap: ${tooManyForWorkbook(ceiling)[options.lang]}\n`);
    return EXIT.problems;
  }
  let output: string | Buffer;
  if (format === 'json') output = ontimeJson(report);
  else if (format === 'markdown') output = ontimeMarkdown(report, options.lang);
  else if (format === 'html') output = ontimePage(report, options.lang);
  else if (format === 'xlsx') output = await ontimeXlsx(report, options.lang, sourceDate(io.env));
  else
    output = ontimeText(report, {
      color: options.output === undefined && useColor(io.stdout, io.env),
      lang: options.lang,
    });
  if (target !== undefined) await writeReport(target, output, { force: options.force, io, lang: options.lang });
  else io.stdout.write(output);
  reportBadRows(report, options.lang, io);

  const measuredCount = report.totals.dossiers;
  if (failed || problems > 0) return EXIT.problems;
  if (measuredCount === 0 && report.rows > 0 && report.notSettled < report.rows) {
    io.stderr.write(`procmap: ${GATE_TEXT[options.lang].nothingMeasured}\n`);
    return EXIT.problems;
  }
  if (failUnder !== undefined) {
    const text = GATE_TEXT[options.lang];
    // Exact, and the report's own share: the printed rate is rounded to 0.01 %, and compared so a rate just under the
    // limit could pass it.
    const rate = judgedShare(report.totals);
    if (rate === undefined) {
      // Every finished dossier undetermined: no rate to hold to the limit, which 0 % would misstate.
      const none = report.totals.finished === 0 ? text.noRate : text.allUndetermined;
      io.stderr.write(`procmap: ${none}\n`);
      return EXIT.problems;
    }
    if (rate < failUnder) {
      const [shown, limit] = belowInWords(rate, failUnder);
      const percent = (value: string) => (options.lang === 'vi' ? value.replace('.', ',') : value);
      io.stderr.write(`procmap: ${fill(text.below, { rate: percent(shown), limit: percent(limit) })}\n`);
      return EXIT.problems;
    }
  }
  return EXIT.ok;
}

/** Why no report was written: the dossier files refused above, and the --output file left as it was. */
export function notWritten(refused: readonly string[], output: string | undefined, lang: Lang): string {
  const files = refused.map((file) => `"${file}"`).join(', ');
  const one = refused.length === 1;
  if (lang === 'vi') {
    const those = one ? 'tệp đó' : 'các tệp đó';
    const kept = output === undefined ? '' : `, nên "${output}" được giữ nguyên`;
    return `không ghi báo cáo vì không đọc được ${refused.length} tệp hồ sơ: ${files} (lỗi nêu trên); báo cáo thiếu hồ sơ của ${those} sẽ cho số liệu sai${kept}. Hãy sửa ${those}, hoặc bỏ ${one ? 'nó' : 'chúng'} khỏi lệnh, rồi chạy lại`;
  }
  const kept = output === undefined ? '' : `; "${output}" is left as it was`;
  return one
    ? `no report written: the dossier file ${files} could not be read (see above), and a report without its dossiers would give wrong figures${kept}. Fix it, or leave it out of the command, and run again`
    : `no report written: ${refused.length} dossier files could not be read: ${files} (see above), and a report without their dossiers would give wrong figures${kept}. Fix them, or leave them out of the command, and run again`;
}

/**
 * A rate below the `--fail-under` limit and the limit as percentages, with as many decimals as it takes to show the
 * rate below (at least two): the rate is compared exactly, and "70.59% is below 70.59%" would read as a mistake.
 */
export function belowInWords(rate: number, limit: number): [string, string] {
  let limitDigits = 2;
  while (limitDigits < 6 && Number((limit * 100).toFixed(limitDigits)) !== Number((limit * 100).toFixed(6)))
    limitDigits++;
  const shownLimit = (limit * 100).toFixed(limitDigits);
  let digits = 2;
  while (digits < 8 && Number((rate * 100).toFixed(digits)) >= Number(shownLimit)) digits++;
  return [(rate * 100).toFixed(digits), shownLimit];
}

/** Defines `procmap ontime` on the program; main loads this module only when the command is run or listed. */
export function defineOntimeCommand(program: Command, { io, setExit, lang }: CommandContext): void {
  declareOntime(program, lang).action(async (dossiers, options, command) => {
    // A format from the command line or the configuration is the officer's; the default yields to -o's name.
    const source = command.getOptionValueSource('format');
    setExit(await ontimeCommand(dossiers, settled(options), io, source !== undefined && source !== 'default'));
  });
}
