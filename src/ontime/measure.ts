import { fitToPeriod, type Period } from './period.js';
/** The measurement pipeline of one table: header → column plan → rows → evaluate → aggregate. */
import type { OntimeAggregator } from './aggregate.js';
import { isStatusCode, statusCodeKey } from './status-code.js';
import { saysNone } from '../model/none-words.js';
import { cellText, from1904, placeholderDate, type Cell } from './cells.js';
import { readReasonData } from './reason-data.js';
import {
  headerKey,
  planColumns,
  unreadAppointmentColumns,
  unreadDateColumns,
  unreadPauseColumns,
  type ColumnMapping,
  type ColumnPlan,
  type DossierField,
  type TimedField,
} from './columns.js';
import { BAD_REASONS, type BadReason, type BadRow, type DossierEvaluator, type DossierRow } from './evaluate.js';
import type { LedgerEntry } from './dossier-ledger.js';
import { dossierNumberKey } from './dossier-number.js';
import { ReportFooter } from './report-footer.js';
import { joinHeaderRows, mayBeHeaderRow, placed } from './header-rows.js';
import { joinDayAndTime } from './split-moments.js';
import { sheetPlace as placeOfSheet } from './row-place.js';

/** One record of any table: its row number and cells; the first record of a table is its header. */
export interface CellRecord {
  row: number;
  values: readonly Cell[];
  /** A row longer than any dossier, passed over unread by the reader: listed as not measured. */
  tooLong?: boolean;
  /** The sheet of a workbook of several: each sheet's rows are numbered from 1, under a header of their own. */
  sheet?: string;
  /** A row of a workbook whose dates count from 1904 (Excel for Mac's, LibreOffice's): a bare number in a date column so. */
  date1904?: true;
  /** A row the officer hid in the workbook (by hand or by a filter): measured, and counted for the report's note. */
  hidden?: true;
}

/** A hidden row named in its file's note: its number, and its sheet in a workbook of several. */
export interface HiddenRowPlace {
  row: number;
  sheet?: string;
}

// Hidden rows named in a file's note; the rest are counted.
const HIDDEN_ROWS_NAMED = 5;

/** The columns without which no row can be measured. */
export const REQUIRED_FIELDS: readonly DossierField[] = ['procedure', 'received'];

/** The result of measuring one table: the required fields it has no column for (then nothing was measured). */
export interface TableOutcome {
  missing: DossierField[];
  /**
   * With no column of the result's date: the headers of columns that look like dates and are not read, one of which
   * may hold it under a name procmap does not know ("Ngày xong"). Its dossiers would all read open.
   */
  unreadDates: string[];
  /**
   * With no appointment column: the headers of columns that speak of one and are not read ("Hẹn trả hồ sơ"), whose
   * appointments would else go uncompared without a word.
   */
  unreadAppointments: string[];
  /** Moment columns that speak of a pause for additions, unread while the plan lacks a pause's start or end: said once. */
  unreadPauses?: { header: string; field: 'pauseStart' | 'pauseEnd' }[];
  /**
   * A column of paused days ("Số ngày tạm dừng") with no column that says when a pause started and ended: its header,
   * said once, since its dossiers that read late without their pauses are not measured.
   */
  pauseDaysOnly?: string;
  /**
   * Statuses written as numeric codes ("1", "4", "10"), which procmap does not read since vendors number them each
   * their own way: the status column's header and each code with its count of rows, in numeric order; said once.
   */
  statusCodes?: { column: string; codes: [code: string, rows: number][] };
  /** What the mapping names that the header does not have (ColumnPlan's `unmapped`), with the header's cells; said once. */
  unmapped?: { entries: NonNullable<ColumnPlan['unmapped']>; headers: readonly string[] };
  /** The dossier rows hidden in the workbook, measured like any other: their count and the first few rows' places. */
  hiddenRows?: { count: number; rows: HiddenRowPlace[] };
  /** The table holds no record at all (an empty file, `[]`, a sheet without rows): said so, not as missing columns. */
  empty: boolean;
  /** A header with no dossier under it (an export of a search that found nothing): said so, not a report of zeros. */
  headerOnly: boolean;
}

/**
 * Whether cells name every required column (directly or through the mapping): a table's header; with `below`, whether
 * the two rows do as one header (a group heading over its sub-headings, a cell with nothing under it).
 */
export function namesRequiredColumns(cells: readonly string[], mapping: ColumnMapping, below?: string[]): boolean {
  if (below !== undefined && !mayBeHeaderRow(below)) return false;
  const header = below === undefined ? cells : joinHeaderRows(cells, below, mapping);
  const { fields } = planColumns(header, mapping);
  return REQUIRED_FIELDS.every((field) => fields[field] !== undefined);
}

/**
 * The plan of a header over two adjacent rows, when reading them as one places more columns than `alone` (the plan of
 * one of them alone) and the required ones; undefined when they are not one header.
 */
function secondHeaderRow(
  upper: CellRecord,
  lower: CellRecord,
  alone: ColumnPlan,
  mapping: ColumnMapping,
): ColumnPlan | undefined {
  // A JSON export's header (row 0) is its keys: the record under it is always a dossier.
  if (upper.row === 0 || lower.row !== upper.row + 1) return undefined;
  if (!mayBeHeaderRow(upper.values) || !mayBeHeaderRow(lower.values)) return undefined;
  const joined = planColumns(joinHeaderRows(upper.values, lower.values, mapping), mapping);
  const complete = REQUIRED_FIELDS.every((field) => joined.fields[field] !== undefined);
  return complete && placed(joined) > placed(alone) ? joined : undefined;
}

const NO_STEPS: DossierRow['steps'] = [];

/** Rows above the header that are read past: a title, a unit's name, the period, a blank line. */
export const TITLE_ROWS = 10;

/**
 * The day the result was ready; where the export left it empty, the day it was handed over, if a column gives it. A
 * mark for nothing ("-", "—", "Không có"), as exports and procmap's own report write a dossier with no result yet, is
 * empty, and so are the words of a result not yet given ("Chưa có", "Chưa có kết quả", "Chưa trả", "Đang xử lý"): read
 * as no date, the dossier in progress was a row not measured.
 */
function finishedCell(ready: Cell, plan: ColumnPlan, values: readonly Cell[]): Cell {
  const none = noResultYet(ready);
  const empty = none || ready === undefined || ready === null || (typeof ready === 'string' && ready.trim() === '');
  if (!empty) return ready;
  if (plan.handedOver === undefined) return none ? undefined : ready;
  const handed = values[plan.handedOver];
  return noResultYet(handed) ? undefined : handed;
}

// A result not given yet, as a result's column may say it: "Chưa có (kết quả)", "Chưa trả (KQ)", "Chưa hoàn thành",
// "Đang xử lý", "Đang giải quyết".
const NOT_YET_RESULT =
  /^(?:chua(?: co| tra| hoan thanh| xong| giai quyet(?: xong)?| xu ly(?: xong)?)?(?: ket qua| kq)?|dang (?:xu ly|giai quyet))$/;

/** Whether a result's cell says there is none, or none yet. */
function noResultYet(cell: Cell): boolean {
  return (
    placeholderDate(cell) ||
    // A result's moment starts with a digit, as none of these words does: a million rows need not be folded.
    (typeof cell === 'string' && (saysNone(cell) || (!/^\d/.test(cell) && NOT_YET_RESULT.test(headerKey(cell)))))
  );
}

// Once per header, not per row: a million rows share it.
const PAUSE_COLUMNS = new WeakMap<ColumnPlan, readonly [string, string]>();

/** The headers of the columns a pause in two is read from, as the export writes them. */
function pauseColumns(plan: ColumnPlan): readonly [string, string] {
  let columns = PAUSE_COLUMNS.get(plan);
  if (columns === undefined) {
    const header = (column: number | undefined) => (column === undefined ? '' : (plan.headers[column] ?? '').trim());
    columns = [header(plan.fields.pauseStart), header(plan.fields.pauseEnd)];
    PAUSE_COLUMNS.set(plan, columns);
  }
  return columns;
}

/**
 * Where a row of procmap's own workbook was first read (its "Tệp" and "Dòng" cells), when it says so: a file's name
 * and a row number from 1.
 */
function sourceOf(values: readonly Cell[], plan: ColumnPlan): { file: string; row: number } | undefined {
  if (plan.source === undefined) return undefined;
  const file = cellText(values[plan.source.file]);
  const row = Number(cellText(values[plan.source.row]));
  return file !== '' && Number.isSafeInteger(row) && row >= 1 ? { file, row } : undefined;
}

/**
 * A row of procmap's workbook that the run it reports set aside, with its reason as written and its code: set aside
 * again, where it was first read, so that the workbook reads back with the same count of rows not measured. Its fields
 * come from the reason's data when the workbook has it and it fits the words beside it (reason-data.ts); else the
 * words are kept, to be taken apart or said as written (a workbook from before the data, words an officer changed).
 */
function setAsideOf(values: readonly Cell[], plan: ColumnPlan, file: string, row: number): BadRow | undefined {
  if (plan.setAside === undefined) return undefined;
  const code = cellText(values[plan.setAside.code]);
  if (!(BAD_REASONS as readonly string[]).includes(code)) return undefined;
  const words = cellText(values[plan.setAside.text]);
  // The data cell as it is: cellText would turn full-width digits in a value it quotes into ASCII ones.
  const data =
    plan.setAside.data === undefined ? undefined : readReasonData(values[plan.setAside.data], code as BadReason, words);
  return {
    ...(sourceOf(values, plan) ?? { file, row }),
    ...(data ?? { reason: code as BadReason, reasonText: words }),
  };
}

// The fields whose column holds moments: a bare number there is a date serial of the workbook's date system.
const MOMENT_FIELDS: readonly DossierField[] = [
  'received',
  'finished',
  'appointment',
  'pauses',
  'pauseStart',
  'pauseEnd',
];
const momentColumnsOf = new WeakMap<ColumnPlan, Set<number>>();

/** The columns of a plan that hold moments: its moment fields', their hours', the handed-over day's and the steps'. */
function momentColumns(plan: ColumnPlan): Set<number> {
  let columns = momentColumnsOf.get(plan);
  if (columns === undefined) {
    columns = new Set<number>();
    for (const field of MOMENT_FIELDS) if (plan.fields[field] !== undefined) columns.add(plan.fields[field]);
    for (const column of Object.values(plan.times ?? {})) columns.add(column);
    if (plan.handedOver !== undefined) columns.add(plan.handedOver);
    for (const { column } of plan.steps) columns.add(column);
    momentColumnsOf.set(plan, columns);
  }
  return columns;
}

/** A row's cells with each bare number in a moment column counted from 1904, as its workbook counts them. */
function datesFrom1904(values: readonly Cell[], plan: ColumnPlan): readonly Cell[] {
  const columns = momentColumns(plan);
  return values.map((cell, column) => (columns.has(column) ? from1904(cell) : cell));
}

function rowOf(file: string, record: CellRecord, plan: ColumnPlan): DossierRow {
  const { fields } = plan;
  const v = record.date1904 ? datesFrom1904(record.values, plan) : record.values;
  const own = (field: DossierField): Cell => (fields[field] === undefined ? undefined : v[fields[field]]);
  // A moment whose hour stands in a column of its own is read whole.
  const cell = (field: DossierField): Cell => {
    const time = plan.times?.[field as TimedField];
    return time === undefined ? own(field) : joinDayAndTime(own(field), v[time]);
  };
  const text = (field: DossierField): string => (fields[field] === undefined ? '' : cellText(v[fields[field]]));
  const source = sourceOf(v, plan);
  // Built by assignment, not by spreading optional parts into a literal: each spread was a call into the runtime and
  // left rows of many shapes, a million rows' worth (issue 19's target).
  const row: DossierRow = {
    file: source?.file ?? file,
    row: source?.row ?? record.row,
    id: text('id'),
    procedure: text('procedure'),
    received: cell('received'),
    finished: finishedCell(cell('finished'), plan, v),
    appointment: cell('appointment'),
    status: text('status'),
    channel: text('channel'),
    pauses: cell('pauses'),
    pauseStart: cell('pauseStart'),
    pauseEnd: cell('pauseEnd'),
    body: text('body'),
    steps: plan.steps.length === 0 ? NO_STEPS : plan.steps.map(({ step, column }) => ({ step, cell: v[column] })),
  };
  if (plan.procedureName !== undefined) row.procedureName = cellText(v[plan.procedureName]);
  if (fields.finished !== undefined) row.finishedColumn = (plan.headers[fields.finished] ?? '').trim();
  if (fields.channel !== undefined) row.channelColumn = (plan.headers[fields.channel] ?? '').trim();
  if (fields.pauses !== undefined) row.pausesColumn = (plan.headers[fields.pauses] ?? '').trim();
  if (fields.pauseStart !== undefined || fields.pauseEnd !== undefined) row.pauseColumns = pauseColumns(plan);
  // Paused days are read only where no column gives a pause's moments: beside them, the moments are measured.
  const pauseDaysColumn = pauseDaysOnly(plan).pauseDaysOnly;
  if (pauseDaysColumn !== undefined) {
    row.pauseDays = cell('pauseDays');
    row.pauseDaysColumn = pauseDaysColumn;
  }
  return row;
}

/**
 * Measures every row of a table as its batches stream in; the header is the first record that names the required
 * columns, within the first rows (a report's title above it is read past). A row of empty cells is
 * passed over; a row with a dossier number goes through the aggregator's ledger, so that a dossier listed again (in
 * this or another table of the run, as overlapping exports list it) is counted once.
 */
export async function measureTable(
  file: string,
  batches: AsyncIterable<readonly CellRecord[]>,
  mapping: ColumnMapping,
  evaluator: DossierEvaluator,
  aggregator: OntimeAggregator,
  sheetPlace: (file: string, sheet: string) => string = (name, sheet) => placeOfSheet(name, sheet, 'en'),
  period?: Period,
): Promise<TableOutcome> {
  let plan: ColumnPlan | undefined;
  // The header of the first sheet measured: what the file's notes (unread columns) are said of.
  let firstPlan: ColumnPlan | undefined;
  // The sheet being read, and the file as its rows are named: the file and the sheet, in a workbook of several.
  let sheet: string | undefined;
  let place = file;
  let started = false;
  // A later sheet whose header names no dossier column within its first rows, passed over; and procmap's own
  // workbook, whose sheets after its first list some of that sheet's dossiers again (the late and disputed ones).
  let skipSheet = false;
  let ownWorkbook = false;
  // What the header lacks, while it is looked for below a title block: of the row that names the most columns.
  let firstMissing: DossierField[] | undefined;
  let mostNamed = 0;
  let before = 0;
  let footer = new ReportFooter();
  // The row above the header, and the header found but not yet taken: either may be half of a two-row header.
  let above: CellRecord | undefined;
  let found: { record: CellRecord; plan: ColumnPlan } | undefined;
  let dossierRows = 0;
  // Hidden rows read as dossiers of the report (measured or set aside): counted, the first few named.
  const hidden = { count: 0, rows: [] as HiddenRowPlace[] };
  const noteHidden = (record: CellRecord) => {
    if (!record.hidden) return;
    if (hidden.rows.length < HIDDEN_ROWS_NAMED)
      hidden.rows.push({ row: record.row, ...(record.sheet === undefined ? {} : { sheet: record.sheet }) });
    hidden.count++;
  };
  // Numeric status codes met, with their counts: a handful of distinct codes, so one map lookup per such row.
  const codes = new Map<string, number>();
  const take = (taken: ColumnPlan) => {
    plan = taken;
    const channel = taken.fields.channel;
    const column = channel === undefined ? undefined : (taken.headers[channel] ?? '').trim();
    if (firstPlan === undefined) aggregator.addFile(file, column);
    if (place !== file) aggregator.addPlace(place, column);
    firstPlan ??= taken;
  };
  for await (const batch of batches) {
    // Past what the workbook report writes, the run is refused whatever follows: the rest is not read (checked once a
    // batch, not per row; the file is closed as the loop is left).
    if (aggregator.isPastWorkbook()) break;
    for (const record of batch) {
      if (record.sheet !== sheet || !started) {
        // A sheet of its own: its header is looked for anew, its rows numbered from 1 again.
        if (started) {
          if (!plan && found) take(found.plan);
          ownWorkbook ||= plan?.source !== undefined;
          plan = undefined;
          found = undefined;
          above = undefined;
          before = 0;
          footer = new ReportFooter();
        }
        started = true;
        skipSheet = false;
        sheet = record.sheet;
        place = sheet === undefined ? file : sheetPlace(file, sheet);
      }
      if (ownWorkbook || skipSheet) continue;
      if (!plan && found) {
        // Sub-headings under the header's group headings: the header's second row, not a dossier.
        const lower = secondHeaderRow(found.record, record, found.plan, mapping);
        take(lower ?? found.plan);
        if (lower) continue;
      }
      if (!plan) {
        const candidate = planColumns(record.values.map(cellText), mapping);
        const missing = REQUIRED_FIELDS.filter((field) => candidate.fields[field] === undefined);
        // What the header lacks, from the row naming the most columns: below a title block, the first row is the
        // unit's name, and "no column "Mã thủ tục"" was said of a header that has it and lacks only the receipt.
        const named = Object.keys(candidate.fields).length;
        if (firstMissing === undefined || named > mostNamed) [firstMissing, mostNamed] = [missing, named];
        if (missing.length > 0) {
          // A header over two rows that names the required columns only as one: "Mã thủ tục" with nothing under it
          // (merged down) beside "Thời gian" over "Ngày tiếp nhận | Ngày hẹn trả".
          const joined = above && secondHeaderRow(above, record, candidate, mapping);
          if (joined) {
            take(joined);
            continue;
          }
          // A report's title and date above its header, as exports from one-stop software often have.
          if (++before > TITLE_ROWS && firstPlan !== undefined) {
            skipSheet = true;
            continue;
          }
          if (before > TITLE_ROWS)
            return { missing: firstMissing, unreadDates: [], unreadAppointments: [], empty: false, headerOnly: false };
          above = record;
          continue;
        }
        // Group headings above this row, and cells merged down from there that name their columns.
        const upper = above && secondHeaderRow(above, record, candidate, mapping);
        if (upper) take(upper);
        else found = { record, plan: candidate };
        continue;
      }
      if (record.tooLong) {
        // A row under the header all the same: the file is not "a header and no dossier", which would contradict the
        // row not measured that is listed for it.
        dossierRows++;
        noteHidden(record);
        aggregator.addBad({ file: place, row: record.row, reason: 'too-long' });
        continue;
      }
      if (record.values.every((value) => cellText(value) === '')) continue;
      // A template's numbered row left blank ("3" under "STT", nothing else): no dossier, passed over as an empty one.
      if (numberedBlank(record.values, plan)) continue;
      const setAside = setAsideOf(record.values, plan, place, record.row);
      if (setAside !== undefined) {
        dossierRows++;
        noteHidden(record);
        aggregator.addBad(setAside);
        continue;
      }
      const row = rowOf(place, record, plan);
      // Not a dossier: passed over unsaid, like an empty row (it used to read as an unknown procedure "42").
      if (footer.passOver(record.values, row.id, row.received)) continue;
      dossierRows++;
      // A year's export reported for a month: a dossier of another period is counted as such, not measured.
      if (period !== undefined && !fitToPeriod(row, period)) {
        aggregator.addOutsidePeriod();
        continue;
      }
      // Hidden rows of the period only: those outside it are not measured, whether hidden or not.
      noteHidden(record);
      // One character compared first, so a status in words costs no regex (a million rows are benchmarked).
      if (isStatusCode(row.status)) {
        // A code the officer mapped to words (from the vendor's manual: their source, not procmap's guess) reads as them.
        const mapped = mapping.statuses;
        const key = mapped === undefined ? '' : statusCodeKey(row.status);
        if (mapped !== undefined && Object.hasOwn(mapped, key)) row.status = mapped[key]!;
        else codes.set(row.status, (codes.get(row.status) ?? 0) + 1);
      }
      const outcome = evaluator.evaluate(row);
      // By the procedure found, not as written: one dossier listed under the national code and under procmap's id
      // is one dossier.
      const procedure =
        outcome.kind === 'measured'
          ? outcome.result.procedure.id
          : outcome.kind === 'not-settled'
            ? evaluator.procedureId(row.procedure)
            : '';
      const at = { file: row.file, row: row.row, id: row.id };
      // A withdrawn, refused or cancelled row as the workbook writes it back, its status as written.
      const unsettled = (): LedgerEntry & { kind: 'not-settled' } => ({
        kind: 'not-settled',
        ...at,
        status: row.status,
        procedure,
        channel: row.channel,
        body: row.body,
      });
      if (row.id !== '' && outcome.kind !== 'bad') {
        // One dossier whatever the letter case or width its number is written in (dossierNumberKey).
        const key = `${procedure}\u0000${dossierNumberKey(row.id)}`;
        aggregator.addDossier(
          key,
          outcome.kind === 'measured' ? { kind: 'measured', ...at, result: outcome.result } : unsettled(),
        );
      } else if (outcome.kind === 'measured') aggregator.add(outcome.result);
      else if (outcome.kind === 'bad') aggregator.addBad(outcome.bad, row.procedureName);
      else aggregator.addNotSettled(unsettled());
    }
  }
  if (!plan && found) take(found.plan);
  if (!firstPlan)
    return {
      missing: firstMissing ?? [...REQUIRED_FIELDS],
      unreadDates: [],
      unreadAppointments: [],
      empty: firstMissing === undefined,
      headerOnly: false,
    };
  const taken: ColumnPlan = firstPlan;
  const unreadPauses = unreadPauseColumns(taken);
  // A column named as a pause's start or end is not also offered as the result's date: mapped so, the request for
  // additions would read as the result, and the dossier early.
  const pauseHeaders = new Set(unreadPauses.map(({ header }) => header));
  return {
    missing: [],
    unreadDates:
      taken.fields.finished === undefined ? unreadDateColumns(taken).filter((header) => !pauseHeaders.has(header)) : [],
    unreadAppointments: unreadAppointmentColumns(taken),
    unreadPauses,
    ...(hidden.count > 0 ? { hiddenRows: hidden } : {}),
    ...pauseDaysOnly(taken),
    ...statusCodes(taken, codes),
    ...(taken.unmapped === undefined ? {} : { unmapped: { entries: taken.unmapped, headers: taken.headers } }),
    empty: false,
    headerOnly: dossierRows === 0,
  };
}

/** The status column's header and the numeric codes met in it, in numeric order; {} when there were none. */
function statusCodes(plan: ColumnPlan, codes: Map<string, number>): Pick<TableOutcome, 'statusCodes'> {
  const column = plan.fields.status;
  if (codes.size === 0 || column === undefined) return {};
  const sorted = [...codes].sort(([a], [b]) => Number(a) - Number(b));
  return { statusCodes: { column: (plan.headers[column] ?? '').trim(), codes: sorted } };
}

// A serial number as a report's first column writes it: "3", "3.", or a spreadsheet's number 3.
const SERIAL = /^\d{1,7}\.?$/;

/**
 * Whether a row's only text is a serial number in a column the plan reads nothing from: a numbered row of the report's
 * template that no dossier filled (it was listed as a row without its procedure).
 */
function numberedBlank(values: readonly Cell[], plan: ColumnPlan): boolean {
  let filled: number | undefined;
  for (let column = 0; column < values.length; column++) {
    if (cellText(values[column]) === '') continue;
    if (filled !== undefined) return false;
    filled = column;
  }
  if (filled === undefined || !SERIAL.test(cellText(values[filled]))) return false;
  return !readColumns(plan).has(filled);
}

// Once per header, not per row.
const READ_COLUMNS = new WeakMap<ColumnPlan, ReadonlySet<number>>();

/** Every column the plan reads a dossier's fact from. */
function readColumns(plan: ColumnPlan): ReadonlySet<number> {
  let read = READ_COLUMNS.get(plan);
  if (read === undefined) {
    read = new Set([
      ...Object.values(plan.fields),
      ...plan.steps.map((s) => s.column),
      ...Object.values(plan.times ?? {}),
      ...(plan.handedOver === undefined ? [] : [plan.handedOver]),
      ...(plan.procedureName === undefined ? [] : [plan.procedureName]),
    ]);
    READ_COLUMNS.set(plan, read);
  }
  return read;
}

/** The header of a column of paused days in a file whose pauses have no start and end to read; {} otherwise. */
function pauseDaysOnly(plan: ColumnPlan): { pauseDaysOnly?: string } {
  const { pauseDays, pauses, pauseStart, pauseEnd } = plan.fields;
  if (pauseDays === undefined || pauses !== undefined || pauseStart !== undefined || pauseEnd !== undefined) return {};
  return { pauseDaysOnly: (plan.headers[pauseDays] ?? '').trim() };
}
