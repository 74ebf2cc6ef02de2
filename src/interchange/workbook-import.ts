import type { Translated } from '../i18n.js';
import { at, plain, said, withCode } from './import-messages.js';
import { headsList } from './field-labels.js';
import { nextOf, routeOf, stepNumberKey } from './step-routes.js';
import { stepRowsOf } from './lint-refusal.js';
import { inStepOrder } from './step-order.js';
import { continuedHeader } from './header-rows.js';
import { repeatsHeader } from './repeated-header.js';
import type { Body, Channel, Procedure, Step } from '../model/types.js';
import { CHANNEL_NAMES } from '../model/channels.js';
import { bareDaysSaid } from './bare-days.js';
import { stepsInWorkingDays } from '../model/step-days.js';
import { workbookShortForm } from './time-cells.js';
import { feeOfColumns } from './fee-columns.js';
import {
  BODY_COLUMNS,
  STEP_COLUMNS,
  matchColumns,
  repeatedColumns,
  type ColumnDef,
  type ColumnMap,
  type SheetKind,
} from './columns.js';
import { hasComputedTotals, isOwnDossierHeader } from './own-workbook.js';
import { addTable, sectionTable, withSections, type Sections, type SectionTable } from './document-sections.js';
import {
  DRAFT_BODY,
  draftSteps,
  levelOf,
  sequenceItems,
  stepText,
  writtenDuration,
  joinedSaid,
  type ImportedProcedure,
  type ImportOutcome,
  type RowPlace,
  type StepOrigin,
} from './draft.js';
import { idFor, type ImportOptions } from './record.js';
import type { Sheet } from './sheets.js';
import { bodyOfName, initials, isBodyKey, roleSplits } from '../model/body-keys.js';
import {
  canonicalCutoff,
  canonicalStepId,
  channelsOfText,
  choiceWords,
  flagOf,
  formOf,
  isStepId,
  nextAmong,
  procedureIdLike,
  type ChoiceAmongParallel,
  revisionOf,
} from '../model/lenient.js';
import { canonicalSpelling, DEFAULT_HOURS_PER_DAY, parseDuration, readDuration } from '../model/duration.js';
import { dossierItemOf } from '../model/dossier-line.js';
import { nothingSaid } from '../model/none-words.js';
import { limitPerChannel } from '../model/channel-split.js';
import { placeUnnoted } from '../model/channel-words.js';
import {
  clean,
  listOrNone,
  fold,
  headerKey,
  inCapitals,
  isTotalRow,
  items,
  joinedAfterDash,
  oneLine,
  sheetDate,
  textListOrNone,
  linesUnpunctuated,
  unpunctuated,
} from './text.js';
import { levelOfHeading } from './level-heading.js';
import { dossierLinesOf, sameSets, withoutSetsLines } from '../model/dossier-sets.js';
import { monthFirstDates } from './date-order.js';
import { isUnknownTime } from '../time/draft.js';
import { keptValue, withKeptSaid, type KeptValue } from './kept-columns.js';
import { formatNumber } from '../time/units.js';
import { numberWithUnit } from './unit-number.js';
import { hoursEditSaid, hoursOf } from './hours-column.js';
import { unreadCellSaid } from './unread-cells.js';
import { codeWithZeros } from './code-zeros.js';
import { columnLetters } from './cell-names.js';
import { unmappedColumns } from './unmapped-columns.js';
import { bodyAsName } from './body-case.js';
import { titleAsName } from './title-case.js';
import { firstRepairedLine, type LegacyRepairs, legacyRepairedNote, noLegacyRepairs } from './legacy-text.js';

// Spreadsheets: a provincial catalog (one procedure per row), the step tables of approval annexes (TT, Nội dung,
// Trách nhiệm, Thời gian, Biểu mẫu), and the workbook `procmap export --format xlsx` writes (catalog, steps, bodies).

/** A sheet's header row, what kind of sheet it is, and which field each column holds. */
interface Table {
  sheet: Sheet;
  index: number;
  kind: SheetKind;
  /** The header's first row and its last (the same unless the header goes on over the next row). */
  headerFrom: number;
  headerRow: number;
  headers: string[];
  columns: Map<number, ColumnDef>;
  /** Columns under the channels' grouped heading, by their sub-heading ("Trực tiếp"): a tick there names the way. */
  ticks?: Map<number, string>;
  /** What the officer should know of the whole sheet (its dates read month first), said with each of its procedures. */
  warnings?: Translated[];
  /** Columns whose header names a field another column holds, by that column ("Thời hạn giải quyết" twice). */
  repeats?: Map<number, number>;
}

/** One data row of a table, by field, with the cells no column is known for. */
interface Row {
  source: Translated;
  /** Where the row stands, and its number there, for a problem found once its procedure is made. */
  place: RowPlace;
  n: number;
  /** Sheet index and row number, to report in the order of the file. */
  order: number;
  values: Record<string, string>;
  /** The cells of columns procmap does not read, by their header. */
  unknown: { column: string; value: string }[];
  /** The cells of columns export computes (a step's hours), by field: read only to say an edit of them is not read. */
  computed: Record<string, string>;
  /** Every cell of the row that holds text, whatever its column: a heading may stand in any of them. */
  texts: string[];
  /** The fields whose cell is merged with the row above's: one value for both rows, not one each. */
  mergedDown: Set<string>;
  /** The header of each field's column, as the sheet writes it, to name the column in the report. */
  headers: Record<string, string>;
  /** What the officer should know of the whole sheet the row is on (its dates read month first). */
  sheetWarnings: Translated[];
  /** Whether the row's sheet counts dates from 1904 (Excel for Mac's workbooks): a bare number in a date column so. */
  date1904: boolean;
  /** Why the row cannot be read: one field given two values in two columns of the same header. */
  conflict?: Translated;
  /** What the report says of each cell of the row whose value cannot be read (an error, a formula not computed). */
  unread: Translated[];
  /** Whether the step's time was read from its hours, its time cell holding no value. */
  timeFromHours: boolean;
  /** The time fields whose bare number took a plain "ngày" from its header ("Thời gian (ngày)"): asked, never guessed. */
  headerDays: Set<string>;
  /** The name of each field's cell on a sheet (`H3`), to say which cell to edit; none in a Word table. */
  cellNames: Record<string, string>;
  /** The national code as the cell gave it, without the trailing zeros Excel drops from a number, and as read. */
  codeZeros?: { written: string; code: string };
}

const HEADER_SEARCH_ROWS = 20;

/** A sheet of an ISO document's tables, as procmap's workbook writes them: a procedure column beside a section table's. */
interface SectionSheet {
  sheet: Sheet;
  index: number;
  kind: SectionTable;
  headerRow: number;
  procedureColumn: number;
}

// The headers of the column naming each row's procedure, by its id or its national code: "Mã hiệu quy trình",
// "Mã TTHC", "Document code" and the other names of a steps or bodies sheet's procedure column.
const PROCEDURE_KEYS: ReadonlySet<string> = new Set(
  [...STEP_COLUMNS, ...BODY_COLUMNS]
    .filter((def) => def.field === 'procedure')
    .flatMap((def) => [headerKey(def.vi), headerKey(def.en), ...def.aliases]),
);

const without = <T>(cells: readonly T[], index: number): T[] => cells.filter((_, i) => i !== index);

/** The section table a sheet holds beside its procedure column (channels, dossier, forms, sign-off…), if any. */
function sectionSheetOf(sheet: Sheet, index: number): SectionSheet | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    const headers = sheet.rows[r] ?? [];
    const procedureColumn = headers.findIndex((cell) => PROCEDURE_KEYS.has(headerKey(cell ?? '')));
    const kind = procedureColumn < 0 ? undefined : sectionTable(without(headers, procedureColumn));
    if (kind) return { sheet, index, kind, headerRow: r, procedureColumn };
  }
  return undefined;
}

function kindOf(fields: ReadonlySet<string>): SheetKind | undefined {
  if (fields.has('step') && fields.has('duration') && (fields.has('responsible') || fields.has('body'))) return 'steps';
  if (fields.has('body') && fields.has('body_name') && !fields.has('step')) return 'bodies';
  if (fields.has('title')) return 'catalog';
  return undefined;
}

/**
 * Whether a row heads one of an ISO document's tables (definitions, dossier, forms…), with or without a procedure
 * column: the rows under it are that table's, whatever words they hold ("TTHC | Thủ tục hành chính" is a definition,
 * not a catalog's header). A header is several cells: a title merged across a row repeats one text, which heads nothing.
 */
function headsSectionTable(cells: readonly string[]): boolean {
  if (new Set(cells.map((cell) => oneLine(cell ?? '')).filter((text) => text !== '')).size < 2) return false;
  const procedureColumn = cells.findIndex((cell) => PROCEDURE_KEYS.has(headerKey(cell ?? '')));
  const kind = sectionTable(procedureColumn < 0 ? cells : without(cells, procedureColumn));
  return kind !== undefined && kind !== 'signoff';
}

/** Finds the header row among a sheet's first rows (catalogs often open with a title block) and the sheet's kind. */
function tableOf(sheet: Sheet, index: number, map: ColumnMap): Table | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    const headers = sheet.rows[r] ?? [];
    for (const kind of ['steps', 'bodies', 'catalog'] as const) {
      const columns = matchColumns(headers, kind, map);
      if (kindOf(new Set([...columns.values()].map((c) => c.field))) === kind)
        return withRepeats(
          withContinuedHeader({ sheet, index, kind, headerFrom: r, headerRow: r, headers, columns }, map),
          map,
        );
    }
    // Below a section table's header every row is that table's: none is the header of a catalog or a step table.
    if (headsSectionTable(headers)) return undefined;
  }
  return undefined;
}

/** A table with the columns whose header repeats another's, when it has any. */
function withRepeats(table: Table, map: ColumnMap): Table {
  const repeats = repeatedColumns(table.headers, table.columns, table.kind, map);
  // The ways ticked under a grouped "Cách thức thực hiện" each name a way, not the group's field again.
  for (const i of table.ticks?.keys() ?? []) repeats.delete(i);
  return repeats.size > 0 ? { ...table, repeats } : table;
}

/**
 * A table whose header goes on over the next row (headings merged down, a group's sub-headings) with that row as part
 * of its header: a sub-heading is read as "Group / Sub" when procmap knows that, else alone when it knows that
 * ("Thông tin / Mã TTHC"), else kept as "Group / Sub" so the note says which column a value came from.
 */
function withContinuedHeader(table: Table, map: ColumnMap): Table {
  const continued = continuedHeader(table.headers, table.sheet.rows[table.headerRow + 1] ?? []);
  if (!continued) return table;
  const whole = matchColumns(continued.headers, table.kind, map);
  const alone = matchColumns(
    continued.subs.map((sub) => sub ?? ''),
    table.kind,
    map,
  );
  const headers = continued.headers.map((text, i) => (!whole.has(i) && alone.has(i) ? continued.subs[i]! : text));
  const columns = matchColumns(headers, table.kind, map);
  if (kindOf(new Set([...columns.values()].map((c) => c.field))) !== table.kind) return table;
  // "Cách thức thực hiện" over "Trực tiếp" | "Trực tuyến", ticked per procedure: the ways it names.
  // A group's heading repeats over its columns: the first of them names the field.
  const groups = matchColumns(table.headers, table.kind, map);
  const groupField = (i: number) => [...groups].find(([j]) => table.headers[j] === table.headers[i])?.[1].field;
  const ticks = new Map<number, string>();
  continued.subs.forEach((sub, i) => {
    if (sub !== undefined && !columns.has(i) && groupField(i) === 'channels') ticks.set(i, sub);
  });
  return { ...table, headerRow: table.headerRow + 1, headers, columns, ...(ticks.size > 0 ? { ticks } : {}) };
}

/**
 * Where a row stands, as the report names it: a sheet's row; in a Word document, a table's row ("table 2, row 3",
 * its sheet named "#2"), or the document itself for the facts of its header (a sheet without a name).
 */
function rowSource(table: Table, file: string, r: number, document: boolean): Translated {
  const n = r + 1;
  // A catalog made from a document's lines has no rows to name.
  if (document && !table.sheet.name && table.kind === 'catalog') return plain(file);
  const place = placeOf(table, document);
  if (place.kind === 'table') return said('tableRow', { file, table: place.table, n });
  return place.kind === 'sheet' ? said('sheetRow', { file, sheet: place.sheet, n }) : said('fileRow', { file, n });
}

/**
 * Where a table's rows stand: a document's own tables are "#1", "#2"… (table 1, 2); a workbook's sheets, read as a
 * document's (an annex) too, keep their names; a CSV file's sheet has none, its rows their numbers.
 */
function placeOf(table: Table, document: boolean): RowPlace {
  if (document && table.sheet.name.startsWith('#')) return { kind: 'table', table: table.sheet.name.slice(1) };
  return table.sheet.name ? { kind: 'sheet', sheet: table.sheet.name } : { kind: 'file' };
}

/** A row of a sheet read as a table of its own (a section sheet): by the sheet's name, or the file's row in a CSV. */
function sheetRowSource(sheet: Sheet, file: string, n: number): Translated {
  const from = sheet.file ?? file;
  return sheet.name ? said('sheetRow', { file: from, sheet: sheet.name, n }) : said('fileRow', { file: from, n });
}

/** Why a row naming no procedure of the file (or none at all) is skipped, in the words of a workbook or a Word file. */
function ownerless(ref: string | undefined, document = false): Translated {
  if (ref) return said(document ? 'noSuchProcedureWord' : 'noSuchProcedure', { ref });
  return said(document ? 'noOwnerWord' : 'noOwner');
}

/** The outcome with more for the officer to know, after what it says already. */
function withWarnings(outcome: ImportOutcome, more: readonly Translated[]): ImportOutcome {
  if (!outcome.imported || more.length === 0) return outcome;
  return { ...outcome, imported: { ...outcome.imported, warnings: [...outcome.imported.warnings, ...more] } };
}

/** Whether a sheet is a catalog, one procedure per row (a Word decision announcing procedures holds one as a table). */
export function isCatalogSheet(sheet: Sheet, map: ColumnMap = {}): boolean {
  return tableOf(sheet, 0, map)?.kind === 'catalog';
}

/**
 * How a sheet joins others read with it by "Mã hiệu quy trình", as a workbook's sheets saved as CSV files do: a
 * catalog, or a table whose rows name their procedure (steps, bodies, an ISO document's table); else undefined.
 */
export function joinOf(sheet: Sheet, map: ColumnMap = {}): 'catalog' | 'table' | undefined {
  const table = tableOf(sheet, 0, map);
  if (table?.kind === 'catalog') return 'catalog';
  if (table) return [...table.columns.values()].some((def) => def.field === 'procedure') ? 'table' : undefined;
  return sectionSheetOf(sheet, 0) ? 'table' : undefined;
}

/** The row of a step table's header (one step per row below it), or undefined for a sheet that is no step table. */
export function stepHeaderRow(sheet: Sheet, map: ColumnMap = {}): number | undefined {
  const table = tableOf(sheet, 0, map);
  return table?.kind === 'steps' ? table.headerRow : undefined;
}

/** Whether a row below a table's header repeats one of the header's rows (the header of the page it was pasted from). */
function repeatsHeaderOf(sheet: Sheet, from: number, to: number, cells: readonly string[]): boolean {
  for (let h = from; h <= to; h++) if (repeatsHeader(cells, sheet.rows[h] ?? [])) return true;
  return false;
}

// The columns of a time: a limit or a step's duration.
const TIMES = new Set(['time_limit', 'duration']);

function rowsOf(table: Table, file: string, document = false): Row[] {
  const rows: Row[] = [];
  for (let r = table.headerRow + 1; r < table.sheet.rows.length; r++) {
    const cells = table.sheet.rows[r] ?? [];
    if (cells.every((cell) => !cell)) continue;
    if (repeatsHeaderOf(table.sheet, table.headerFrom, table.headerRow, cells)) continue;
    const values: Record<string, string> = {};
    const unknown: Row['unknown'] = [];
    const computed: Row['computed'] = {};
    const mergedDown = new Set<string>();
    const headerDays = new Set<string>();
    const headers: Record<string, string> = {};
    for (const [i, def] of table.columns) headers[def.field] ??= oneLine(table.headers[i] ?? def.vi);
    const cellNames: Record<string, string> = {};
    if (!document) for (const [i, def] of table.columns) cellNames[def.field] ??= `${columnLetters(i + 1)}${r + 1}`;
    let conflict: Translated | undefined;
    cells.forEach((cell, i) => {
      if (!cell) return;
      const first = table.repeats?.get(i);
      // A field's second column: its value when the first is empty, the same value again, or a second value.
      if (first !== undefined && cells[first] && oneLine(cells[first]) === oneLine(cell)) return;
      if (first !== undefined && cells[first]) {
        conflict ??= repeatedSaid(table, first, i, cells, document);
        return;
      }
      const def = table.columns.get(first ?? i);
      if (def && table.sheet.mergedDown?.[r]?.[i]) mergedDown.add(def.field);
      const way = table.ticks?.get(i);
      if (way !== undefined && yes(cell))
        values.channels = values.channels === undefined ? way : `${values.channels}; ${way}`;
      else if (def) {
        // A bare number in a time column takes the unit its header gives: "Thời hạn giải quyết (ngày làm việc)".
        if (def.computed) computed[def.field] = cell;
        else if (TIMES.has(def.field)) {
          const header = table.headers[first ?? i] ?? '';
          values[def.field] = durationText(cell, header);
          if (plainDaysHeader(cell, header)) headerDays.add(def.field);
        } else values[def.field] = cell;
      } else unknown.push({ column: oneLine(table.headers[i] || `column ${i + 1}`), value: oneLine(cell) });
    });
    withUnitColumn(values);
    // A code Excel kept as a number lost its trailing zeros.
    let codeZeros: Row['codeZeros'];
    for (const field of ['code', 'procedure'] as const) {
      const written = values[field];
      const at = [...table.columns].find(([, def]) => def.field === field)?.[0];
      // Only a cell Excel keeps as a number: a text of fewer digits was typed so, and is read as it is.
      if (document || written === undefined || at === undefined || !table.sheet.numbers?.[r]?.[at]) continue;
      const full = codeWithZeros(written);
      if (full === undefined) continue;
      if (field === 'code') codeZeros = { written: oneLine(written), code: full };
      values[field] = full;
    }
    const { unread, timeFromHours } = unreadCells(table, r, values);
    rows.push({
      source: rowSource(table, table.sheet.file ?? file, r, document),
      place: placeOf(table, document),
      n: r + 1,
      order: table.index * 1e7 + r,
      values,
      unknown,
      computed,
      texts: cells.filter(Boolean),
      mergedDown,
      headers,
      sheetWarnings: table.warnings ?? [],
      date1904: table.sheet.date1904 === true,
      ...(conflict ? { conflict } : {}),
      unread,
      timeFromHours,
      headerDays,
      cellNames,
      ...(codeZeros ? { codeZeros } : {}),
    });
  }
  return rows;
}

/**
 * What the report says of the cells of row `r` that hold an error or a formula never computed: each one empty to
 * procmap, named by its cell. A step's time cell so is read from the step's hours, where that cell holds a number
 * (the hours export writes beside each time); `values` gains that time.
 */
function unreadCells(table: Table, r: number, values: Record<string, string>) {
  const cells = table.sheet.rows[r] ?? [];
  const unread: Translated[] = [];
  let timeFromHours = false;
  (table.sheet.unread?.[r] ?? []).forEach((why, i) => {
    const def = table.columns.get(table.repeats?.get(i) ?? i);
    // A computed column (a row number, a total) is never read: its error changes nothing.
    if (!why || cells[i] || def?.computed || (!def && !table.headers[i]?.trim())) return;
    const name = (n: number) => `${columnLetters(n + 1)}${r + 1}`;
    let then: Translated | '' = '';
    if (def?.field === 'duration' && table.kind === 'steps' && !values.duration) {
      const h = [...table.columns].find(([, d]) => d.field === 'hours')?.[0];
      const hours = h === undefined ? undefined : hoursOf(cells[h] ?? '');
      if (h !== undefined && hours !== undefined) {
        values.duration = durationText(cells[h]!, table.headers[h] ?? '');
        timeFromHours = true;
        const number = { en: formatNumber(hours, 'en'), vi: formatNumber(hours, 'vi') };
        then = said('cellTimeFromHours', {
          cell: name(h),
          column: oneLine(table.headers[h] ?? ''),
          hours: number,
          count: hours,
        });
      } else then = said('cellStepDraft');
    }
    unread.push(unreadCellSaid(why, name(i), oneLine(table.headers[i] ?? def?.vi ?? ''), then));
  });
  // An empty time cell beside the hours export writes: the officer cleared the one and kept the other, and the hours
  // are the step's time, not a draft's nothing.
  const d = [...table.columns].find(([, def]) => def.field === 'duration' && !def.computed)?.[0];
  const h = [...table.columns].find(([, def]) => def.field === 'hours')?.[0];
  const hours = h === undefined ? undefined : hoursOf(cells[h] ?? '');
  if (table.kind === 'steps' && !values.duration && d !== undefined && h !== undefined && hours !== undefined) {
    const name = (n: number) => `${columnLetters(n + 1)}${r + 1}`;
    values.duration = durationText(cells[h]!, table.headers[h] ?? '');
    timeFromHours = true;
    const number = { en: formatNumber(hours, 'en'), vi: formatNumber(hours, 'vi') };
    unread.push(
      said('cellTimeEmpty', {
        cell: name(d),
        column: oneLine(table.headers[d] ?? ''),
        then: said('cellTimeFromHours', {
          cell: name(h),
          column: oneLine(table.headers[h] ?? ''),
          hours: number,
          count: hours,
        }),
      }),
    );
  }
  return { unread, timeFromHours };
}

/**
 * Why a row giving one field two values is refused: the header, and each value with its column's letters (F, H); a
 * document's table has no letters, and its columns are not the sheet's here (an annex's gain a procedure column).
 */
function repeatedSaid(table: Table, first: number, second: number, cells: readonly string[], document: boolean) {
  const values = {
    column: oneLine(table.headers[first] ?? ''),
    first: oneLine(cells[first] ?? ''),
    second: oneLine(cells[second] ?? ''),
  };
  if (document) return said('columnTwiceInTable', values);
  return said('columnTwice', { ...values, a: columnLetters(first + 1), b: columnLetters(second + 1) });
}

// A spreadsheet's tick marks, besides the words a yes is written with anywhere else (flagOf).
const TICK = /^(?:x|v|1|✓|✔)$/i;

/** Whether a cell says yes: a tick mark, or a flag's yes word (`có`, `Có áp dụng`, `yes`, `true`). */
function yes(text: string): boolean {
  return TICK.test(text.trim()) || flagOf(text) === true;
}

/**
 * A step's `next` cell, among the table's steps: a decision as the export writes it, one `label → id` a line (a label
 * may hold a comma); any other text (`s3, s4`, `s3 hoặc s4`, `Bước 3`, `kết thúc`) read as the loader reads the same
 * text in a file, so that a choice beside parallel steps (`B2 hoặc B3, B6`) is refused here as there.
 */
function nextOfCell(text: string, steps: readonly Step[]): ReturnType<typeof nextAmong> {
  const t = clean(text);
  if (!t.includes('→')) return nextAmong(t, steps);
  const map: Record<string, string> = {};
  for (const line of t.split('\n')) {
    const at = line.lastIndexOf('→');
    if (at < 0) return { next: undefined };
    map[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return { next: map };
}

/** Why a step table is refused whose next-step cell puts a choice beside parallel steps: said at the cell. */
function choiceRefused(
  found: ChoiceAmongParallel,
  cell: string,
  column: string,
  origin: StepOrigin | undefined,
): Translated {
  return said('nextChoice', {
    rows: stepRowsOf([origin]),
    column,
    cell: oneLine(cell),
    ...choiceWords(found),
    first: found.choice[0]!,
  });
}

/**
 * A time written as a bare number beside a unit column ("03" | "Ngày làm việc", as the national record's
 * THOIGIANGIAIQUYET and DONVITINH): the number with its unit, "03 Ngày làm việc", read as any limit is.
 */
function withUnitColumn(values: Record<string, string>): void {
  const unit = values.time_unit?.trim();
  if (!unit) return;
  for (const field of TIMES) {
    const time = values[field]?.trim();
    if (time !== undefined && /^\d+(?:[.,]\d+)?$/.test(time)) values[field] = numberWithUnit(time, unit);
  }
}

/**
 * Whether a bare number takes a plain "ngày" from its header ("Thời gian (ngày)"): working or calendar days, which the
 * header does not say, whole or not ("0,5" as "3": vietnam.md, a bare "ngày" is never guessed silently).
 */
function plainDaysHeader(cell: string, header: string): boolean {
  const unit = /\(([^)]*)\)\s*$/.exec(header)?.[1];
  if (!unit || !/^\d+(?:[.,]\d+)?$/.test(cell.trim())) return false;
  const reading = readDuration(`3 ${unit.trim()}`);
  return reading.ok && reading.bare;
}

/**
 * Why a step's time is not read; for a number without its unit ("4"), what to write: the number in hours or in
 * working days ("4 giờ" or "4 ngày làm việc"), a step table's two usual units, as each language writes the number.
 * A time of day is said at its cell (`at`: a spreadsheet's "D2" and its column), where the officer retypes it, with
 * Excel's way to keep it text; in a Word table (no `at`), as the table's cell.
 */
function stepTimeSaid(time: string, at?: { cell: string; column: string }): Translated {
  // A cell Excel formats as a time of day ("h:mm") shows "04:00": most often hours typed "4:00", never said so.
  const clock = /^(\d{1,2}):([0-5]\d)(?::00)?$/.exec(time);
  if (clock) {
    const [hours, minutes] = [Number(clock[1]), Number(clock[2])];
    const taken = [hours > 0 ? `${hours} giờ` : '', minutes > 0 ? `${minutes} phút` : ''].filter(Boolean).join(' ');
    if (taken) return at ? said('stepTimeClockCell', { ...at, time, taken }) : said('stepTimeClock', { time, taken });
  }
  if (!/^\d+(?:[.,]\d+)?$/.test(time)) return said('stepTime', { time });
  const n = Number(time.replace(',', '.'));
  const words = (unit: string) => ({ en: `${formatNumber(n, 'en')} ${unit}`, vi: `${formatNumber(n, 'vi')} ${unit}` });
  return said('stepTimeNumber', { time, hours: words('giờ'), days: words('ngày làm việc') });
}

/**
 * A field's place as the report names it: its cell and column on a sheet ('ô D7 ("Thời gian (ngày)")'), where the
 * officer retypes it, as other import messages do; its column alone in a Word table, whose cells have no names.
 */
function columnOrCell(row: Row, field: string, fallback: string): Translated {
  const column = row.headers[field] ?? fallback;
  const cell = row.cellNames[field];
  return cell === undefined ? plain(`"${column}"`) : said('cellAt', { cell, column });
}

/** Where a row's step time is, as a spreadsheet names it ("D2", "Thời gian"); undefined in a Word table. */
function timeCell(row: Row): { cell: string; column: string } | undefined {
  const cell = row.cellNames.duration;
  return cell === undefined ? undefined : { cell, column: row.headers.duration ?? 'Thời gian' };
}

/**
 * A duration cell: the text as written; a bare number takes the unit its header gives, as in "Thời gian (giờ)", with a
 * Vietnamese unit its decimal comma ("0,5 ngày").
 */
function durationText(cell: string, header: string): string {
  const unit = /\(([^)]*)\)\s*$/.exec(header)?.[1];
  return /^\d+(?:[.,]\d+)?$/.test(cell.trim()) && unit ? numberWithUnit(cell, unit) : cell;
}

/**
 * A step's time read from a column of hours, as procmap writes it ("1.50 giờ" → 1.5h): the number is no officer's
 * words; as written where that spelling would settle a question for the officer (a bare "2 ngày"), which lint asks.
 * A time in words is written as the table has it (workbookShortForm: procmap's own words as its short form).
 */
function stepTime(text: string, hoursPerDay = DEFAULT_HOURS_PER_DAY): string {
  return canonicalSpelling(text, hoursPerDay, false) ?? text;
}

/** Ids procmap gave, as the report lists them: "B1–B5" for a run from B1, else one by one ("B3, B7"). */
function idRun(ids: readonly string[]): string {
  const run = ids.every((id, i) => id === `B${i + 1}`);
  return run && ids.length > 2 ? `${ids[0]}–${ids[ids.length - 1]}` : ids.join(', ');
}

/** The index of the last item that passes a test, or -1. */
function lastIndexOf<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

// "Đầu vào: Hồ sơ đã số hóa; Xác nhận ký quỹ" under a step, as procmap's documents print its inputs.
const INPUTS_LINE = /^(?:đầu vào|inputs?)\s*[:：]\s*(\S.*)$/iu;
// A form by its code ("Mẫu 01", "BM.02", "Biểu mẫu 03"), as a step table's column lists forms among outputs.
const FORM_CODE = /^(?:mẫu|bm|biểu mẫu|form)(?:[\s.:-]|\d|$)/iu;

/**
 * A step's forms and outputs: one form per line as export writes them (on one line, separated by commas or
 * semicolons); from a column that holds both (`mixed`), a form by its code and an output by its name.
 */
function formsAndOutputsOf(v: Record<string, string>, mixed: boolean): Pick<Step, 'forms' | 'outputs'> {
  const outputs = v.outputs ? items(v.outputs) : [];
  // In a column of both, a line is split at commas only into form codes ("Mẫu 01, Mẫu 02"): an output's name may
  // hold a comma ("Hợp đồng, giao dịch đã chứng thực").
  const codes = (line: string) => {
    const parts = line.split(/\s*[;,]\s*/);
    return parts.every((part) => FORM_CODE.test(part)) ? parts : [line];
  };
  const forms = !v.forms
    ? []
    : mixed
      ? items(v.forms).flatMap(codes)
      : items(v.forms.includes('\n') ? v.forms : v.forms.replace(/[;,]/g, '\n'));
  if (mixed) outputs.push(...forms.filter((item) => !FORM_CODE.test(item)));
  const kept = mixed ? forms.filter((item) => FORM_CODE.test(item)) : forms;
  return { ...(kept.length > 0 ? { forms: kept } : {}), ...(outputs.length > 0 ? { outputs } : {}) };
}

/**
 * A "Trách nhiệm" cell of one line that names a body the table also names alone, then who in it does the step, in
 * brackets or after a dash ("Bộ phận Một cửa (Công chức tiếp nhận)", "Phòng Tư pháp - Chuyên viên": roleSplits): the
 * body and the role. Otherwise the text as the body, a name that holds brackets or a dash of its own kept whole.
 */
function bodyWithRole(text: string, named: ReadonlyMap<string, number>): [body: string, role?: string] {
  const cell = text.trim();
  // A text the table writes in other rows too is a name of its own ("Công chức Tư pháp - Hộ tịch").
  if ((named.get(fold(cell)) ?? 0) > 1) return [cell];
  const split = roleSplits(cell).find(({ body }) => named.has(fold(body)));
  return split ? [split.body, split.role] : [cell];
}

/** Steps and their bodies from the rows of a step table for one procedure. */
function stepsFrom(
  rows: readonly Row[],
  table: Table,
  known: Record<string, Body>,
  agency: string | undefined,
  warnings: Translated[],
  hoursPerDay: number | undefined,
  printedTimes = false,
  workingLimit = false,
): { steps: Step[]; bodies: Record<string, Body>; origins: StepOrigin[]; refused?: Translated } {
  const bodies: Record<string, Body> = { ...known };
  // A step row giving one field two values (two "Thời gian" columns) is no step procmap can tell.
  const conflicted = rows.find((row) => row.conflict);
  if (conflicted) {
    const rows = stepRowsOf([{ place: conflicted.place, row: conflicted.n }]);
    return { steps: [], bodies, origins: [], refused: at(rows, conflicted.conflict!) };
  }
  const keyByName = new Map(Object.entries(bodies).map(([key, body]) => [fold(body.name), key]));
  const headerOf = (field: string) =>
    table.headers[[...table.columns].find(([, def]) => def.field === field)?.[0] ?? -1] ?? '';
  // "Biểu mẫu / Kết quả" holds both, as ISO documents print the column: a form by its code, an output by its name.
  const formsAndOutputs = /ket_qua|ho_so|tai_lieu/.test(headerKey(headerOf('forms')));
  // A time in words is written as the table gives it, an officer's "04 giờ làm việc" as it is; in a table procmap wrote
  // (its workbook's "Mã bước" column, its Word document) procmap's own words are its short form, so that a round trip
  // changes nothing. Hours, read as the time when the sheet has no other, are written as procmap writes hours (1.50 →
  // 1.5h).
  const printed = printedTimes || [...table.columns.values()].some((def) => def.field === 'step_id');
  const inHours = [...table.columns.values()].some((def) => def.field === 'duration' && def.inHours);
  const timeColumns = { time: oneLine(headerOf('duration')), hours: oneLine(headerOf('hours')) };
  const steps: Step[] = [];
  const origins: StepOrigin[] = [];
  const used = new Set<string>();
  const routes: { step: number; line: string }[] = [];
  const cells: { step: number; text: string; column: string }[] = [];
  // The id of each step by the whole number its TT cell gives it, for the routes written in words ("→ bước 3").
  const byNumber = new Map<string, string>();
  // How often the table names each body alone (a known body counts once), so that "Bộ phận Một cửa (Công chức tiếp
  // nhận)" reads as that body and a role.
  const named = new Map<string, number>([...keyByName.keys()].map((name) => [name, 1]));
  for (const row of rows) {
    const name = row.values.responsible ? fold(joinedAfterDash(row.values.responsible).split('\n')[0]!) : '';
    named.set(name, (named.get(name) ?? 0) + 1);
  }
  // The total at the foot is no step; the others follow their numbers, as a sorted sheet still holds them. When the
  // numbers cannot tell the order, the rows keep theirs, said: a guess would be a flow nobody wrote.
  const order = inStepOrder(
    rows.filter((row) => !isTotalRow([row.values.step_no, row.values.step])),
    (row) => row.values.step_no,
  );
  // A number column written "B1", "Bước 1" holds the officer's ids; plain numbers are only the order, a side step's
  // "2b" and a sub-step's "2.1" too (procmap's documents print B2b's number so), made ids below as B2b and B2.1.
  const givenIds = new Map<Row, string>();
  for (const row of order.rows) {
    const v = row.values;
    const ownId =
      v.step_id ??
      (v.step_no !== undefined && /\p{L}/u.test(v.step_no) && !/^\s*\d/.test(v.step_no) ? v.step_no : undefined);
    const given = ownId === undefined ? undefined : canonicalStepId(ownId);
    if (given && isStepId(given)) givenIds.set(row, given);
  }
  const taken = new Set(givenIds.values());
  const numbered: string[] = [];
  for (const { row, number } of order.repeated) warnings.push(at(row.source, said('repeatedStepNumber', { number })));
  if (order.unnumbered) warnings.push(at(order.unnumbered.source, said('unnumberedStep')));
  for (const row of order.rows) {
    const v = row.values;
    for (const cell of row.unread) warnings.push(at(row.source, cell));
    if (!v.step) {
      warnings.push(at(row.source, said('noStepText')));
      continue;
    }
    // The workbook's own ids come back as they were (B1, receive, "Bước 1"); others are numbered as officers number
    // steps, by their TT number (B3, B2.1), else their place (B1, B2…), past the ids the table gives.
    const given = givenIds.get(row);
    const number = v.step_no === undefined ? undefined : stepNumberKey(v.step_no);
    let id = given && !used.has(given) ? given : number ? `B${number}` : `B${steps.length + 1}`;
    for (let k = steps.length + 1; used.has(id) || (id !== given && taken.has(id)); k++) id = `B${k}`;
    used.add(id);
    if (id !== given) numbered.push(id);
    // "Trách nhiệm" over lines names the body, then who in it ("Bộ phận Một cửa" / "Công chức tiếp nhận").
    const [cell, ...who] = v.responsible ? joinedAfterDash(v.responsible).split('\n') : [];
    const [responsible, whoAfter] = cell === undefined ? [] : bodyWithRole(cell, named);
    if (whoAfter !== undefined) who.unshift(whoAfter);
    const role = v.role ? oneLine(v.role) : who.length > 0 ? who.join(', ') : undefined;
    let body = v.body && isBodyKey(v.body) && (bodies[v.body] || responsible) ? v.body : undefined;
    if (body && !bodies[body]) bodies[body] = { name: responsible! };
    if (!body && responsible) {
      const name = responsible;
      body = keyByName.get(fold(name));
      if (!body) {
        const base = initials(name);
        body = base;
        for (let k = 2; bodies[body]; k++) body = `${base}${k}`;
        bodies[body] = bodyOfName(name);
        keyByName.set(fold(name), body);
      }
    }
    // A time merged down over this step and the one above is one time for both: counted once, on the first, and this
    // step a draft until the officer splits it (the responsible body, merged so, is each step's).
    // procmap's own document prints a draft step's time as "chưa xác định": a draft again, nothing to keep of it.
    const printedDraft = v.duration !== undefined && isUnknownTime(v.duration);
    const shared = row.mergedDown.has('duration') && v.duration && !printedDraft ? oneLine(v.duration) : undefined;
    if (shared !== undefined) warnings.push(at(row.source, said('sharedTime', { time: shared })));
    const written = v.duration && shared === undefined ? writtenDuration(v.duration, hoursPerDay) : undefined;
    const joined = written && joinedSaid(v.duration!, written);
    if (joined) warnings.push(at(row.source, joined));
    // A time of nothing ("0 giờ") is a step whose time is not known yet, as a draft procmap printed says it.
    const none = written !== undefined && parseDuration(written.value)?.value === 0;
    const draft = yes(v.draft ?? '') || !body || !written || none;
    if (!body) {
      body = DRAFT_BODY;
      bodies[DRAFT_BODY] ??= { name: `${agency ?? 'Cơ quan thực hiện'} (cần phân công)` };
    }
    // procmap's own table numbers its steps in a column of their own: a name opening with "Bước 2:" is the name.
    const text = stepText(v.step, printed);
    // The flow written under the step ("Đạt → bước 3; Không đạt → bước 7"), when no column gives `next`: in its own
    // cell, or in a column of its own ("Mô tả", or "Nội dung" beside the step's name), read alike.
    const detail = [
      ...(text.description?.split('\n') ?? []),
      ...(v.description ? clean(v.description).split('\n') : []),
    ];
    const routeAt = v.next ? -1 : lastIndexOf(detail, (line) => routeOf(line) !== undefined);
    if (routeAt >= 0) routes.push({ step: steps.length, line: detail.splice(routeAt, 1)[0]! });
    // The decision's question on the line above its routes ("Hồ sơ hợp lệ?"), and "Đầu vào: …", as documents print them.
    const asked =
      !v.question && routeAt > 0 && /\?$/.test(detail[routeAt - 1]!) ? detail.splice(routeAt - 1, 1)[0] : undefined;
    const question = v.question ? oneLine(v.question) : asked;
    const inputsAt = detail.findIndex((line) => INPUTS_LINE.test(line));
    const inputs = v.inputs
      ? items(v.inputs)
      : inputsAt >= 0
        ? INPUTS_LINE.exec(detail.splice(inputsAt, 1)[0]!)![1]!.split(/\s*;\s*/)
        : [];
    const notes = [
      detail.length > 0 && detail.join('\n'),
      written?.tail && `Thời gian: ${oneLine(v.duration!)}`,
      shared !== undefined && `Thời gian ghi chung với bước trên (ô gộp): ${shared}`,
      v.duration &&
        !written &&
        shared === undefined &&
        !printedDraft &&
        `Thời gian ghi trong bảng: ${oneLine(v.duration)}`,
    ].filter(Boolean);
    if (v.duration && !written && shared === undefined && !printedDraft)
      warnings.push(at(row.source, stepTimeSaid(oneLine(v.duration), timeCell(row))));
    // A plain "03 ngày" is written as typed, which procmap (and the law) count as calendar days while the officer most
    // likely meant working days: said at the row as lint's ambiguous-days says it, else only an overrun shows it.
    const bare =
      written && !draft
        ? bareDaysSaid(
            written.value,
            columnOrCell(row, 'duration', 'Thời gian'),
            row.headerDays.has('duration'),
            workingLimit,
          )
        : undefined;
    if (bare) warnings.push(at(row.source, bare));
    const hoursEdit =
      written && row.computed.hours !== undefined
        ? hoursEditSaid(
            row.computed.hours,
            oneLine(v.duration!),
            timeColumns,
            hoursPerDay ?? DEFAULT_HOURS_PER_DAY,
            { time: row.cellNames.duration, hours: row.cellNames.hours },
            workingLimit,
          )
        : undefined;
    if (hoursEdit) warnings.push(at(row.source, hoursEdit));
    // Read once every step is known: the cell may name a later step, by its id, number or name.
    if (v.next) cells.push({ step: steps.length, text: v.next, column: row.headers.next ?? 'Bước tiếp theo' });
    const step: Step = {
      id,
      name: text.name,
      body,
      duration:
        draft && !written
          ? '0h'
          : (inHours || row.timeFromHours) && !row.headerDays.has('duration')
            ? stepTime(written!.value, hoursPerDay)
            : ((printed ? workbookShortForm(written!.value) : undefined) ?? written!.value),
      ...(draft ? { draft: true } : {}),
      ...(role ? { role } : {}),
      ...(question ? { question } : {}),
      ...(notes.length > 0 ? { description: notes.join('\n') } : {}),
      ...(inputs.length > 0 ? { inputs } : {}),
      ...formsAndOutputsOf(v, formsAndOutputs),
    };
    steps.push(step);
    origins.push({ place: row.place, row: row.n, ...(v.step_no ? { number: oneLine(v.step_no) } : {}) });
    if (number !== undefined && !byNumber.has(number)) byNumber.set(number, id);
  }
  if (numbered.length > 0) warnings.push(said('stepsNumbered', { count: numbered.length, ids: idRun(numbered) }));
  for (const { step, text, column } of cells) {
    const read = nextOfCell(text, steps);
    if ('choice' in read)
      return { steps, bodies, origins, refused: choiceRefused(read.choice, text, column, origins[step]) };
    if (read.next !== undefined) steps[step]!.next = read.next;
  }
  // Step numbers become ids once every step has one; a route to a step the table lacks stays in the description.
  for (const { step, line } of routes) {
    const next = nextOf(routeOf(line)!, steps, byNumber);
    const target = steps[step]!;
    if (next !== undefined) target.next = next;
    else {
      target.description = target.description === undefined ? line : `${target.description}\n${line}`;
      // A row deleted in Word leaves the decision that led to it: said, so that the flow is mended.
      warnings.push(said('routeToNone', { n: step + 1, line: oneLine(line) }));
    }
  }
  return { steps, bodies, origins };
}

/** Options of a spreadsheet import. */
export interface SheetImportOptions extends ImportOptions {
  map?: ColumnMap;
  /** The tables of a Word document: those that are no catalog or step table (a sign-off, a history) are left out unsaid. */
  documentTables?: boolean;
  /** Where the mapping gives each field (`cot.yaml:4:3`), for the note on a mapped header the file lacks. */
  mapPlaces?: Readonly<Record<string, string>> | undefined;
  /** Hours in the catalog's working day: days and hours written together are counted in them ("1 ngày 4 giờ": 12h). */
  hoursPerDay?: number | undefined;
  /**
   * The times are in the words procmap prints for its short form (a Word document procmap wrote): "5 ngày làm việc"
   * is read back as `5d`; any other words stay as written.
   */
  printedTimes?: boolean;
}

/** Applicants: one line as a sentence, several lines as a list (as the export writes a list). */
function applicantsOf(text: string): string | string[] {
  const lines = clean(text).split('\n');
  return lines.length > 1 ? lines : lines[0]!;
}

/** The revision a cell gives, read as lint reads `revision:` ("02", "Lần 2", "Lần thứ hai", "Ban hành lần đầu"); else 1, said. */
function writtenRevision(text: string | undefined, warnings: Translated[]): number {
  if (!text) return 1;
  const n = revisionOf(text.trim());
  if (n !== undefined && Number.isInteger(n) && n >= 1) return n;
  warnings.push(said('revision', { revision: oneLine(text) }));
  return 1;
}

/**
 * A plain "N ngày" in the row's limit, or in a way of filing's own limit split from it, said at the column (or a
 * document's line) it was written in: written as the law reads it, calendar days, never a guess at working days.
 */
function bareLimitsSaid(row: Row, limit: string, channels: readonly Channel[] | undefined): Translated[] {
  const header = columnOrCell(row, 'time_limit', 'Thời hạn giải quyết');
  const own = (channels ?? []).flatMap(({ kind, time_limit: text }) =>
    text === undefined
      ? []
      : [
          {
            text,
            what: { en: `${header.en} (${CHANNEL_NAMES.en[kind]})`, vi: `${header.vi} (${CHANNEL_NAMES.vi[kind]})` },
          },
        ],
  );
  // The row's own limit only: a channel's split from it says its unit in words.
  const limitSaid = bareDaysSaid(limit, header, row.headerDays.has('time_limit'));
  return [...(limitSaid ? [limitSaid] : []), ...own.flatMap(({ text, what }) => bareDaysSaid(text, what) ?? [])];
}

/** The values of a step row's columns procmap does not read, by the step's number and name (`Bước 2 "Tiếp nhận"`). */
function keptOfStepRow(row: Row): KeptValue[] {
  const { step_no: number, step } = row.values;
  const no = number ? oneLine(number) : '';
  // A number cell that already says "Bước 1" is not made "Bước Bước 1".
  const head = /^bước(?:\s|$)/iu.test(no) ? no : `Bước${no ? ` ${no}` : ''}`;
  const label = [head, step ? `"${oneLine(clean(step).split('\n')[0]!)}"` : ''];
  return row.unknown.map(({ column, value }) => keptValue(label.filter(Boolean).join(' '), column, value));
}

/** A procedure's bodies from the bodies sheet, with the values of its columns procmap does not read. */
interface BodyRows {
  bodies: Record<string, Body>;
  kept: KeptValue[];
  /** The cells of its rows whose value cannot be read, said at their row. */
  unread: Translated[];
}

/** The field and level the headings above a catalog row give it. */
interface Group {
  field?: string;
  level?: string;
}

/** A skipped row's reason followed by the cells of it procmap could not read, most often the reason's cause. */
function skippedWithCells(outcome: ImportOutcome, row: Row): ImportOutcome {
  if (!outcome.skipped || row.unread.length === 0) return outcome;
  const join = (lang: 'en' | 'vi') => [outcome.skipped![lang], ...row.unread.map((cell) => cell[lang])].join(': ');
  return { ...outcome, skipped: { en: join('en'), vi: join('vi') } };
}

/**
 * Why a new file cannot be written for a row without an effective date: no such column, or its cell empty here (a
 * formula saved without its value, an error: the cells so are said after it, as a skipped row's are).
 */
function noEffectiveSaid(row: Row, document: boolean): Translated {
  const column = row.headers.effective;
  // A Word document has no columns: its date is a line of its control data.
  const reason = document
    ? said('wordNoEffective')
    : column
      ? said('effectiveEmpty', { cell: row.cellNames.effective ?? '', column })
      : said('noEffective');
  return skippedWithCells({ source: row.source, skipped: reason }, row).skipped!;
}

/** The procedure of one catalog row, its steps from a step table when there is one, else draft steps. */
function procedureOf(
  row: Row,
  { field, level: headed }: Group,
  steps: { rows: Row[]; table: Table } | undefined,
  bodies: BodyRows | undefined,
  options: SheetImportOptions,
): ImportOutcome {
  const v = row.values;
  const writtenTitle = v.title ? oneLine(v.title) : '';
  if (!writtenTitle) return { source: row.source, skipped: said('noTitle') };
  // A title printed in capitals is written as a name, as a Word document's is (title-case.ts); the row's purpose and
  // scope, which restate it, lend it their names' capitals.
  const title = inCapitals(writtenTitle)
    ? titleAsName(
        writtenTitle,
        [v.purpose, v.scope].filter((text) => text !== undefined),
      )
    : writtenTitle;
  const code = v.code ? oneLine(v.code) : '';
  // A document's procedure has no row to name it by: its code names it, else its title (an annex holds many).
  const source = code ? withCode(row.source, code) : options.documentTables ? withCode(row.source, title) : row.source;
  if (row.conflict) return { source, skipped: row.conflict };
  const notes = row.unknown.map(({ column, value }) => `${column}: ${value}`);
  const warnings: Translated[] = [...row.sheetWarnings, ...row.unread, ...(bodies?.unread ?? [])];
  if (title !== writtenTitle) warnings.push(said('titleCased', { written: writtenTitle, title }));
  if (row.codeZeros)
    warnings.push(
      said('codeZeros', {
        cell: row.cellNames.code ?? '',
        column: row.headers.code ?? '',
        written: row.codeZeros.written,
        code: row.codeZeros.code,
      }),
    );
  // A limit per way of filing is split as `lint --fix` splits it: one in time_limit, the others in the channels.
  const listed = v.channels ? channelsOfText(oneLine(v.channels)) : undefined;
  // procmap's own workbook (its computed total beside the limit) writes its short form in words: read back as written.
  // So does a Word document procmap wrote (printedTimes); an officer's own words stay as written.
  const printed = row.headers.total !== undefined || options.printedTimes === true;
  const own = v.time_limit && printed ? workbookShortForm(oneLine(v.time_limit)) : undefined;
  const split = v.time_limit && own === undefined ? limitPerChannel(v.time_limit, listed) : undefined;
  const limitText = own ?? (split ? split.limit : v.time_limit);
  const limit = limitText ? writtenDuration(limitText, options.hoursPerDay) : undefined;
  if (!limit)
    return {
      source,
      skipped: v.time_limit ? said('limitUnread', { limit: oneLine(v.time_limit) }) : said('noLimit'),
    };
  const joined = joinedSaid(limitText!, limit, true);
  if (joined) warnings.push(joined);
  warnings.push(...bareLimitsSaid(row, limit.value, split?.channels));
  if (limit.tail) notes.push(`Thời hạn giải quyết: ${oneLine(v.time_limit!)}`);
  // A date written but not read is said; none at all leaves a file the row updates its own date, and no new file.
  const effective = (v.effective && sheetDate(v.effective, row.date1904)) || options.effective || '';
  if (!effective && v.effective) return { source, skipped: said('effectiveUnread', { date: oneLine(v.effective) }) };
  // The row's own "Cấp thực hiện" says more than the heading above it.
  const level = v.level ? levelOf(v.level) : headed ? levelOf(headed) : undefined;
  if (v.level && !level) {
    notes.push(`Cấp thực hiện: ${oneLine(v.level)}`);
    warnings.push(said('level', { level: oneLine(v.level) }));
  }
  // Read as lint reads `cutoff:` (15h30, 15.00, sau 15 giờ), written HH:MM.
  const cutoff = v.cutoff ? canonicalCutoff(v.cutoff) : undefined;
  if (v.cutoff && !cutoff) notes.push(`Giờ tiếp nhận cuối: ${oneLine(v.cutoff)}`);
  const issued = v.issued ? sheetDate(v.issued, row.date1904) : undefined;
  if (v.issued && !issued) {
    notes.push(`Ngày ban hành: ${oneLine(v.issued)}`);
    warnings.push(said('dateUnread', { column: row.headers.issued ?? 'Ngày ban hành', date: oneLine(v.issued) }));
  }
  const writtenAgency = v.agency ? oneLine(v.agency) : undefined;
  const agency = writtenAgency === undefined ? undefined : bodyAsName(writtenAgency);
  let flow: { steps: Step[]; bodies: Record<string, Body>; origins?: StepOrigin[] };
  if (steps && steps.rows.length > 0) {
    // A step's bare days under a limit in working days are working days, as lint and `time` count them.
    const working = stepsInWorkingDays(limit.value);
    const read = stepsFrom(
      steps.rows,
      steps.table,
      bodies?.bodies ?? {},
      agency,
      warnings,
      options.hoursPerDay,
      options.printedTimes,
      working,
    );
    // A flow no file can hold (a choice beside parallel steps) is said at its cell, not written wrong.
    if (read.refused) return { source, skipped: read.refused };
    flow = read;
    const drafts = flow.steps.filter((s) => s.draft).length;
    if (drafts > 0) warnings.push(said('someDrafts', { drafts, count: flow.steps.length }));
  } else {
    const draft = draftSteps(v.steps ? sequenceItems(v.steps) : [], agency);
    flow = draft;
    warnings.push(draft.warning);
  }
  if (flow.steps.length === 0) {
    const draft = draftSteps([], agency);
    flow = draft;
    warnings.push(draft.warning);
  }
  const cased = withBodiesAsNames(flow.bodies, writtenAgency);
  if (cased) warnings.push(cased);
  const list = (text: string | undefined) => (text ? listOrNone(text) : undefined);
  // The fee's column, or the two charges' columns ("Phí" | "Lệ phí"), a line each.
  const fee = feeOfColumns(v, row.headers);
  // A closing ";" or "." of each item is punctuation, as a Word document's list is read: left out before a dossier
  // item's count is read ("01 bản chính;"), and from each line of the fee. A line heading the list in its cell ("a)
  // Thành phần hồ sơ:") is no item, as under a Word document's heading.
  const basis = v.legal_basis ? withoutHeading('Căn cứ pháp lý', textListOrNone(v.legal_basis)) : undefined;
  const conditions = v.conditions ? withoutHeading('Điều kiện thực hiện', textListOrNone(v.conditions)) : undefined;
  const dossierList = withoutHeading('Thành phần hồ sơ', list(v.dossier));
  // A dossier on one line, as a decision writes it, is split into its papers and its count of sets.
  const lines = dossierList && dossierLinesOf(dossierList).map(unpunctuated);
  // "Số lượng hồ sơ: 01 bộ" ending the cell counts the dossier's sets, no paper: the procedure's count, unless its own
  // column gives one; a count that column does not say is kept in the note. The count alone lists no paper.
  const { papers, sets } = withoutSetsLines(lines ?? []);
  const dossierCount = v.dossier_count ? oneLine(v.dossier_count) : sets[0]?.count;
  for (const { line, count } of sets) if (!sameSets(count, dossierCount!)) notes.push(`Thành phần hồ sơ: ${line}`);
  const dossier = lines && (papers.length > 0 || sets.length === 0) ? papers : undefined;
  const forms = list(v.forms)?.map(unpunctuated);
  const channels = split?.channels ?? listed;
  // A channels cell the split limit does not agree with (another limit for one of them) is kept, as one not read; so is
  // one that says where to file ("Trực tiếp tại Công an cấp xã") that no channel's note kept.
  if (v.channels && (!listed || split?.merged === false || placeUnnoted(v.channels, channels ?? [])))
    notes.push(`Cách thức thực hiện: ${oneLine(v.channels)}`);
  const written = v.id?.trim();
  const id = written ? procedureIdLike(written) : undefined;
  if (written && id !== written)
    warnings.unshift(id ? said('idChanged', { written, id }) : said('idUnusable', { written }));
  const procedure: Procedure = {
    id: id ?? idFor(code, title),
    title,
    ...(code ? { code } : {}),
    revision: writtenRevision(v.revision, warnings),
    effective,
    ...(issued ? { issued } : {}),
    ...(level ? { level } : {}),
    ...((v.field ?? field) ? { field: oneLine(v.field ?? field!) } : {}),
    ...(agency ? { agency } : {}),
    ...(v.issuer ? { issuer: oneLine(v.issuer) } : {}),
    ...(v.applicants ? { applicants: applicantsOf(v.applicants) } : {}),
    time_limit: limit.value,
    ...(v.four_on_the_spot && yes(v.four_on_the_spot) ? { four_on_the_spot: true } : {}),
    ...(v.four_on_the_spot && flagOf(v.four_on_the_spot) === false ? { four_on_the_spot: false } : {}),
    ...(cutoff ? { cutoff } : {}),
    bodies: flow.bodies,
    steps: flow.steps,
    ...(basis ? { legal_basis: basis } : {}),
    ...(conditions ? { conditions } : {}),
    ...(dossier ? { dossier: dossier.map(dossierItemOf) } : {}),
    ...(forms ? { forms: forms.map(formOf) } : {}),
    ...(channels ? { channels } : {}),
    // "Chưa quy định" (no fee set yet) is left out, as a Word document's is: the document prints it so.
    ...(fee && nothingSaid(fee) !== 'unset' ? { fee: linesUnpunctuated(clean(fee)) } : {}),
    ...(v.place ? { place: clean(v.place) } : {}),
    ...(v.result ? { result: clean(v.result) } : {}),
    ...(v.purpose ? { purpose: clean(v.purpose) } : {}),
    ...(v.scope ? { scope: clean(v.scope) } : {}),
    ...(dossierCount ? { dossier_count: dossierCount } : {}),
  };
  if (notes.length > 0) warnings.push(said('valuesKept', { count: notes.length }));
  // An officer's own column of the step table, kept by its step and said with those of the other tables.
  const kept = [...(steps?.rows ?? []).flatMap(keptOfStepRow), ...(bodies?.kept ?? [])];
  notes.push(...kept.map((value) => value.note));
  const imported: ImportedProcedure = {
    procedure,
    notes,
    warnings: withKeptSaid(warnings, kept),
    ...(kept.length > 0 ? { kept } : {}),
    ...(flow.origins ? { origins: flow.origins } : {}),
    // No revision cell: 1 is what a file needs, not what the row says; no date, likewise, with no date to write.
    implied: [
      ...(v.revision?.trim() ? [] : [{ field: 'revision' as const }]),
      ...(effective
        ? []
        : [{ field: 'effective' as const, missing: noEffectiveSaid(row, options.documentTables === true) }]),
    ],
  };
  return { source, imported };
}

// The number a group's heading stands beside in the number column, "I", "II.", "A)", in lower case too ("i", "b."): a
// mark, not a text of the heading.
const HEADING_MARK = /^(?:[IVXLC]+|[A-Z])[.)]?$/iu;

/**
 * A heading row between the data, as catalogs group procedures: one text, often merged across the row (so every
 * cell repeats it), such as "II. LĨNH VỰC CHỨNG THỰC", or beside its number ("I" | "THỦ TỤC HÀNH CHÍNH CẤP TỈNH").
 * Returns the heading and the field or level it names, if it names one.
 */
function headingOf(row: Row): { text: string; field?: string; level?: string } | undefined {
  const cells = row.texts.map(oneLine);
  const marked = cells.filter((text) => !HEADING_MARK.test(text));
  const texts = new Set(marked);
  if (texts.size !== 1) return undefined;
  const text = [...texts][0]!;
  const field = fieldOfHeading(text);
  const level = field === undefined ? levelOfHeading(text) : undefined;
  // A title alone is a procedure with the rest to fill in, unless it reads as a field's or level's heading ("III. LĨNH
  // VỰC …") or stands beside a group's number; a heading may stand in any column, as a CSV saves a merged row (in its
  // first cell) or an officer types it.
  if (cells.length === 1 && row.values.title && field === undefined && level === undefined) return undefined;
  return { text, ...(field !== undefined ? { field } : {}), ...(level !== undefined ? { level } : {}) };
}

/** The field a heading names, "II. LĨNH VỰC CHỨNG THỰC" → "Chứng thực" (written as a name); undefined for another. */
export function fieldOfHeading(text: string): string | undefined {
  const match = /^(?:[IVXLC]+|\d+|[A-Z])?[.)]?\s*lĩnh vực\s*:?\s*(.+)$/iu.exec(text);
  if (!match) return undefined;
  const name = match[1]!.trim();
  // Headings are often in capitals; the field is written as a name.
  return name === name.toUpperCase() ? name.charAt(0) + name.slice(1).toLowerCase() : name;
}

/**
 * Every procedure of a workbook or CSV file: catalog rows with their steps from a steps sheet or step table (by the
 * procedure column, by a sheet named after the procedure, or the only procedure of the file), else draft steps.
 * Step tables with no catalog row to belong to, and sheets procmap does not recognise, are reported as skipped.
 */
export function importSheets(
  sheets: readonly Sheet[],
  file: string,
  options: SheetImportOptions = {},
): ImportOutcome[] {
  const map = options.map ?? {};
  const found: { order: number; outcome: ImportOutcome }[] = [];
  const report = (order: number, outcome: ImportOutcome) => found.push({ order, outcome });
  const tables: Table[] = [];
  const sectionSheets: SectionSheet[] = [];
  const others: { index: number; name: string }[] = [];
  // What the officer should know of a whole sheet, said with each procedure that has a row on it.
  const sheetWarnings = new Map<number, Translated[]>();
  // A spreadsheet's dates, unlike a document's, may be saved month first (a CSV from Excel in US English).
  const monthFirsts = options.documentTables ? undefined : monthFirstDates(sheets);
  const legacyNotes = legacyRepairedNotes(sheets, file);
  sheets.forEach((written, index) => {
    // What the officer hid is passed over, and said: it is no longer in force, but not lost without a word.
    const source = said('sheet', { file: written.file ?? file, sheet: written.name });
    if (written.hidden) report(index * 1e7, { source, skipped: said('hiddenSheet'), passedOver: 'hidden' });
    if (written.hiddenRows) {
      const rows = written.hiddenRows.join(', ');
      const skipped = said('hiddenRows', { count: written.hiddenRows.length, rows });
      report(index * 1e7, { source, skipped, passedOver: 'hidden' });
    }
    if (written.repaired) report(index * 1e7, ansiRepairedNote(written, written.file ?? file));
    const legacy = legacyNotes.get(index);
    if (legacy) report(index * 1e7, legacy);
    if (written.rows.every((row) => row.every((cell) => !cell))) return;
    const monthFirst = monthFirsts?.[index];
    const sheet = monthFirst?.sheet ?? written;
    const table = tableOf(sheet, index, map);
    const sections = table || options.documentTables ? undefined : sectionSheetOf(sheet, index);
    if (monthFirst && (table || sections)) {
      const header = sheet.rows[table?.headerRow ?? sections!.headerRow] ?? [];
      const columns = [...monthFirst.columns.keys()].map((i) => `"${oneLine(header[i] || `${i + 1}`)}"`).join(', ');
      // The first date shows the reading: one that reads either way (07/01/2025) when the sheet has one.
      const { written, read } = [...monthFirst.columns.values()][0]!;
      const { proof } = monthFirst;
      const month = proof.split('/')[1]!.replace(/^0/, '');
      const warnings = [said('monthFirst', { file: sheet.file ?? file, columns, proof, month, written, read })];
      sheetWarnings.set(index, warnings);
    }
    if (table) tables.push({ ...table, warnings: sheetWarnings.get(index) ?? [] });
    else if (sections) sectionSheets.push(sections);
    else if (!options.documentTables) others.push({ index, name: sheet.name });
  });
  if (!options.documentTables) for (const note of mappingNotes(tables, map, file, options.mapPlaces)) report(-1, note);
  // A sheet of instructions beside a catalog is no problem; a workbook with no table at all is.
  const read = tables.length + sectionSheets.length > 0;
  for (const { index, name } of others)
    report(index * 1e7, {
      source: said('sheet', { file, sheet: name }),
      ...(read ? { skipped: said('otherSheet'), passedOver: 'sheet' as const } : { skipped: said('noHeader') }),
    });
  const catalogRows: { row: Row; group: Group }[] = [];
  for (const table of tables.filter((t) => t.kind === 'catalog')) {
    let group: Group = {};
    for (const row of rowsOf(table, file, options.documentTables)) {
      const heading = headingOf(row);
      // A level's heading starts its procedures anew: the field of the group above is not theirs.
      if (heading?.field) group = { ...group, field: heading.field };
      else if (heading?.level) group = { level: heading.level };
      if (heading)
        report(row.order, {
          source: row.source,
          skipped: heading.field
            ? said('headingField', { field: heading.field })
            : heading.level
              ? said('headingLevel', { level: heading.level })
              : said('heading', { text: heading.text }),
          passedOver: 'heading',
        });
      else catalogRows.push({ row, group });
    }
  }
  const keyOf = (row: Row) => {
    const v = row.values;
    const title = v.title ? oneLine(v.title) : '';
    const id = v.id?.trim() || idFor(v.code ? oneLine(v.code) : '', title);
    return [id, v.code ? oneLine(v.code) : undefined].filter((k): k is string => !!k);
  };
  const owner = new Map<string, Row>();
  for (const { row } of catalogRows) for (const key of keyOf(row)) if (!owner.has(key)) owner.set(key, row);
  const onlyRow = catalogRows.length === 1 ? catalogRows[0]!.row : undefined;
  // The procedures the officer hid in the catalog, and where: their step and section rows go with them, said so.
  const hidden = hiddenProcedures(sheets, tables, map);
  for (const key of owner.keys()) hidden.delete(key);
  const hiddenRows = new Map<string, { order: number; sheet: Sheet; ref: string; where: Translated; rows: number[] }>();
  const passHidden = (sheet: Sheet, index: number, ref: string, r: number): boolean => {
    const where = hidden.get(ref);
    if (where === undefined) return false;
    const key = `${index}\t${ref}`;
    const group =
      hiddenRows.get(key) ?? hiddenRows.set(key, { order: index * 1e7 + r, sheet, ref, where, rows: [] }).get(key)!;
    group.rows.push(r + 1);
    return true;
  };

  // The warnings of the sheets other than its catalog's that a procedure has rows on.
  const alsoSaid = new Map<Row, Set<Translated>>();
  const stepRows = new Map<Row, { rows: Row[]; table: Table }>();
  const bodyRows = new Map<Row, BodyRows>();
  for (const table of tables.filter((t) => t.kind !== 'catalog')) {
    const sheetOwner = owner.get(table.sheet.name.trim()) ?? onlyRow;
    const rows = rowsOf(table, file, options.documentTables);
    // A table no row of which names a procedure, on a sheet that names none: one line for the table, not one a row.
    if (!sheetOwner && rows.length > 0 && rows.every((row) => !row.values.procedure?.trim())) {
      const name = table.sheet.name.trim();
      if (!options.documentTables && hidden.has(name)) {
        for (const row of rows) passHidden(table.sheet, table.index, name, row.n - 1);
        continue;
      }
      report(rows[0]!.order, {
        source: rows[0]!.source,
        // The total at the foot is no step: the count is the steps an officer would see imported.
        skipped: said(options.documentTables ? 'noOwnerTableWord' : 'noOwnerTable', {
          rows: rows.filter((row) => !isTotalRow([row.values.procedure, row.values.step_no, row.values.step])).length,
        }),
      });
      continue;
    }
    // Rows that name procedures with no catalog to find them in: one line for the table, saying what to give with it.
    const named = rows.filter((row) => row.values.procedure?.trim());
    if (catalogRows.length === 0 && hidden.size === 0 && !options.documentTables && named.length > 0) {
      const ref = oneLine(named[0]!.values.procedure!);
      report(rows[0]!.order, { source: rows[0]!.source, skipped: said('noCatalog', { count: named.length, ref }) });
      continue;
    }
    // The procedure of the row above, for a step row right under it whose procedure cell is empty: an officer writes
    // the code once at the top of a procedure's steps, as a merged cell would show it (the rows it is read for said).
    let above: { ref: string; n: number; rows: number[] } | undefined;
    const fromAbove: { ref: string; target: Row; rows: number[] }[] = [];
    for (const row of rows) {
      // The total at a step table's foot is no step, its label in whichever column it is merged from: the
      // procedure's ("Tổng thời gian giải quyết | … | 08 giờ") included.
      const v = row.values;
      if (table.kind === 'steps' && isTotalRow([v.procedure, v.step_no, v.step])) continue;
      let ref = row.values.procedure?.trim();
      const continued =
        !ref && !sheetOwner && !options.documentTables && table.kind === 'steps' && above?.n === row.n - 1;
      if (continued) {
        ref = above!.ref;
        above!.rows.push(row.n);
        above!.n = row.n;
      }
      const target = ref ? owner.get(ref) : sheetOwner;
      // A procedure hidden in the catalog is carried down too: its rows are passed over with it.
      if (ref && !continued && (target || hidden.has(ref))) {
        above = { ref, n: row.n, rows: [] };
        if (target) fromAbove.push({ ...above, target, rows: above.rows });
      }
      if (!target && ref && passHidden(table.sheet, table.index, ref, row.n - 1)) continue;
      if (!target) {
        report(row.order, {
          source: row.source,
          skipped: ownerless(ref, options.documentTables),
        });
        continue;
      }
      if (table.kind === 'steps') {
        const group = stepRows.get(target) ?? { rows: [], table };
        group.rows.push(row);
        stepRows.set(target, group);
      } else if (row.values.body && row.values.body_name && isBodyKey(row.values.body)) {
        const found = bodyRows.get(target) ?? { bodies: {}, kept: [], unread: [] };
        found.unread.push(...row.unread.map((cell) => at(row.source, cell)));
        const v = row.values;
        const name = oneLine(v.body_name!);
        found.bodies[v.body!] = {
          name,
          ...(v.single_window && yes(v.single_window) ? { single_window: true } : {}),
          ...(v.on_site && yes(v.on_site) ? { on_site: true } : {}),
        };
        // An officer's own column ("Điện thoại"), kept by the body as a step's is by the step.
        found.kept.push(...row.unknown.map(({ column, value }) => keptValue(`Đơn vị "${name}"`, column, value)));
        bodyRows.set(target, found);
      } else
        report(row.order, {
          source: row.source,
          skipped: said('bodyRow'),
        });
    }
    for (const { ref, target, rows: under } of fromAbove)
      if (under.length > 0) {
        const sheet = table.sheet.name;
        const warning = said(sheet ? 'procedureFromAbove' : 'procedureFromAboveCsv', {
          sheet,
          rows: under.join(', '),
          count: under.length,
          ref,
        });
        (alsoSaid.get(target) ?? alsoSaid.set(target, new Set()).get(target)!).add(warning);
      }
  }
  const sections = new Map<Row, Sections>();
  const ownWorkbook = tables.some((table) => hasComputedTotals([...table.columns.values()].map((def) => def.field)));
  const sayFor = (row: Row, index: number) => {
    for (const warning of sheetWarnings.get(index) ?? [])
      (alsoSaid.get(row) ?? alsoSaid.set(row, new Set()).get(row)!).add(warning);
  };
  for (const [row, { table }] of stepRows) sayFor(row, table.index);
  for (const section of sectionSheets) {
    const { sheet, procedureColumn: column } = section;
    const named = sheet.rows.slice(section.headerRow + 1).filter((cells) => oneLine(cells[column] ?? ''));
    if (catalogRows.length === 0 && hidden.size === 0 && named.length > 0) {
      report(section.index * 1e7 + section.headerRow + 1, {
        source: sheetRowSource(sheet, file, section.headerRow + 2),
        skipped: said('noCatalog', { count: named.length, ref: oneLine(named[0]![column]!) }),
      });
      continue;
    }
    const sheetOwner = owner.get(sheet.name.trim()) ?? onlyRow;
    const groups = new Map<Row, string[][]>();
    for (let r = section.headerRow + 1; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r] ?? [];
      if (cells.every((cell) => !cell)) continue;
      if (repeatsHeaderOf(sheet, section.headerRow, section.headerRow, cells)) continue;
      const ref = oneLine(cells[column] ?? '');
      // A code Excel kept as a number, as the catalog's is read (code-zeros.ts).
      const target = ref ? (owner.get(ref) ?? owner.get(codeWithZeros(ref) ?? '')) : sheetOwner;
      const group = target && (groups.get(target) ?? groups.set(target, []).get(target)!);
      if (group) {
        group.push(without(cells, column));
        sayFor(target, section.index);
      } else if (!ref || !passHidden(sheet, section.index, ref, r))
        report(section.index * 1e7 + r, {
          source: sheetRowSource(sheet, file, r + 1),
          skipped: ownerless(ref, options.documentTables),
        });
    }
    const header = without(sheet.rows[section.headerRow] ?? [], column);
    // An officer's sheet counts copies under "Bản sao"; procmap's own workbook, papers of any kind (own-workbook.ts).
    const byOfficer = !ownWorkbook && !(section.kind === 'dossier' && isOwnDossierHeader(header));
    for (const [row, rows] of groups) {
      const found = sections.get(row) ?? { fields: {}, unread: [] };
      const date1904 = sheet.date1904 ? { date1904: sheet.date1904 } : {};
      addTable(found, section.kind, { name: sheet.name, rows: [header, ...rows], ...date1904 }, byOfficer);
      sections.set(row, found);
    }
  }
  for (const { order, sheet, ref, where, rows } of hiddenRows.values())
    report(order, {
      source: said('sheet', { file: sheet.file ?? file, sheet: sheet.name }),
      skipped: said('hiddenProcedureRows', { count: rows.length, rows: rows.join(', '), ref, where }),
      passedOver: 'hidden',
    });
  for (const { row, group } of catalogRows) {
    // Not a Word document's tables: each channel's row holds its own limit and fee only, as the export writes them.
    const [outcome] = withSections(
      [skippedWithCells(procedureOf(row, group, stepRows.get(row), bodyRows.get(row), options), row)],
      sections.get(row),
      { asWritten: !options.documentTables },
    );
    const more = [...(alsoSaid.get(row) ?? [])].filter((warning) => !row.sheetWarnings.includes(warning));
    report(row.order, outcome!.imported ? withWarnings(outcome!, more) : outcome!);
  }
  // Reported in the order of the file, whatever order they were found in.
  return found.sort((a, b) => a.order - b.order).map((entry) => entry.outcome);
}

/**
 * The procedures a workbook's catalog names only where the officer hid them (a hidden row, a hidden catalog sheet),
 * by each key a row of another table may name them by (document code, national code, the id made of them), with
 * where: so that their steps are passed over with them, not said to belong to no procedure.
 */
function hiddenProcedures(sheets: readonly Sheet[], tables: readonly Table[], map: ColumnMap): Map<string, Translated> {
  const out = new Map<string, Translated>();
  const add = (table: Table, cells: readonly string[], where: Translated) => {
    const value = (field: string) => {
      const column = [...table.columns].find(([, def]) => def.field === field)?.[0];
      return column === undefined ? '' : oneLine(cells[column] ?? '');
    };
    const [id, code, title] = [value('id'), value('code'), value('title')];
    if (!title && !id && !code) return;
    for (const key of [id || idFor(code, title), code]) if (key && !out.has(key)) out.set(key, where);
  };
  sheets.forEach((sheet, index) => {
    const cells = sheet.hiddenCells;
    if (cells === undefined) return;
    if (sheet.hidden) {
      const table = tableOf({ ...sheet, rows: cells }, index, map);
      if (table?.kind !== 'catalog') return;
      const where = said('hiddenCatalogSheet', { sheet: sheet.name });
      for (const row of cells.slice(table.headerRow + 1)) add(table, row, where);
      return;
    }
    const table = tables.find((found) => found.index === index && found.kind === 'catalog');
    if (table === undefined) return;
    cells.forEach((row, r) => {
      if (r > table.headerRow) add(table, row, said('hiddenCatalogRow', { sheet: sheet.name, n: r + 1 }));
    });
  });
  return out;
}

// The cells a note on repaired text names before it says how many more.
const NAMED_CELLS = 10;

/**
 * The bodies' names printed in capitals written as names, in place (body-case.ts), and what the report says of them
 * and of the agency, with the first; undefined when none was.
 */
function withBodiesAsNames(bodies: Record<string, Body>, agency: string | undefined): Translated | undefined {
  const changed: [string, string][] = [];
  if (agency !== undefined && bodyAsName(agency) !== agency) changed.push([agency, bodyAsName(agency)]);
  for (const [key, body] of Object.entries(bodies)) {
    const name = bodyAsName(body.name);
    if (name === body.name) continue;
    changed.push([body.name, name]);
    bodies[key] = { ...body, name };
  }
  if (changed.length === 0) return undefined;
  const [written, name] = changed[0]!;
  // The agency named again as a step's body is one name.
  return said('bodiesCased', { count: new Set(changed.map(([text]) => text)).size, written, name });
}

/**
 * The note on each file's cells typed in a legacy font and read as Unicode, by the index of the file's first sheet
 * that has one: said once for the file, its cells named by sheet when it has several.
 */
function legacyRepairedNotes(sheets: readonly Sheet[], file: string): Map<number, ImportOutcome> {
  const byFile = new Map<string, { index: number; found: LegacyRepairs }>();
  const named = new Set(sheets.filter((sheet) => sheet.legacy).map((sheet) => `${sheet.file ?? file}\0${sheet.name}`));
  sheets.forEach((sheet, index) => {
    if (!sheet.legacy) return;
    const name = sheet.file ?? file;
    const entry = byFile.get(name) ?? { index, found: noLegacyRepairs() };
    byFile.set(name, entry);
    const several = [...named].filter((key) => key.startsWith(`${name}\0`)).length > 1;
    const { found } = entry;
    found.tcvn3 += sheet.legacy.tcvn3;
    found.vni += sheet.legacy.vni;
    found.places.push(...sheet.legacy.places.map((cell) => (several ? `${sheet.name}!${cell}` : cell)));
    if (sheet.legacy.first) found.first ??= sheet.legacy.first;
  });
  const notes = new Map<number, ImportOutcome>();
  for (const [name, { index, found }] of byFile) {
    const note = legacyRepairedNote(found, 'cells');
    if (note) notes.set(index, { source: plain(name), skipped: note, passedOver: 'repaired' });
  }
  return notes;
}

/** The note on a sheet's cells whose text was UTF-8 read as ANSI, read as written: how many, where, the first. */
function ansiRepairedNote(sheet: Sheet, file: string): ImportOutcome {
  const repaired = sheet.repaired ?? [];
  const named = repaired.slice(0, NAMED_CELLS).map(({ cell }) => cell);
  const cells = repaired.length > NAMED_CELLS ? `${named.join(', ')}…` : named.join(', ');
  const { text, fixed } = firstRepairedLine(repaired[0]!.text, repaired[0]!.fixed);
  return {
    source: sheet.name ? said('sheet', { file, sheet: sheet.name }) : plain(file),
    skipped: said('ansiRepaired', { count: repaired.length, cells, text, fixed }),
    passedOver: 'repaired',
  };
}

/** A note for each header the column mapping names that none of the file's tables has, said before its rows. */
function mappingNotes(
  tables: readonly Table[],
  map: ColumnMap,
  file: string,
  places: Readonly<Record<string, string>> = {},
): ImportOutcome[] {
  // The header's every row: a sub-heading the mapping names under a group's heading is the file's too.
  const headers = tables.map((table) => ({
    kind: table.kind,
    headers: [...table.headers, ...table.sheet.rows.slice(table.headerFrom, table.headerRow + 1).flat()],
  }));
  return unmappedColumns(headers, map).map(({ field, wanted, near }) => {
    const data = { place: places[field] ?? field, field, wanted: oneLine(wanted), near: oneLine(near ?? '') };
    return {
      source: plain(file),
      skipped: said(near === undefined ? 'unmappedColumn' : 'unmappedColumnNear', data),
      passedOver: 'mapping' as const,
    };
  });
}

/** A cell's list without the lines that head it ("a) Thành phần hồ sơ:"); undefined when it held nothing else. */
function withoutHeading(header: string, items: string[] | undefined): string[] | undefined {
  const kept = items?.filter((item) => !headsList(header, item));
  return items && items.length > 0 && kept!.length === 0 ? undefined : kept;
}
