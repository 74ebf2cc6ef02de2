import { isChoice } from '../model/flow.js';
import { isCounted, uncountedMark } from '../model/uncounted.js';
import { shownStepNumbers } from '../model/step-numbers.js';
import ExcelJS from 'exceljs';
import type { Lang } from '../i18n.js';
import { toWorkingHours } from '../model/duration.js';
import { CHANNEL_NAMES } from '../model/channels.js';
import { SHARED_FEE } from '../model/shared-fee.js';
import { dossierByCase, dossierPlacement } from '../model/dossier-layout.js';
import { countText } from '../model/dossier-quantity.js';
import type { Procedure, Step } from '../model/types.js';
import type { TimeAnalysis } from '../time/analyse.js';
import { round2 } from '../time/units.js';
import type { TimeVerdict } from '../time/verdict.js';
import { BODY_COLUMNS, CATALOG_COLUMNS, STEP_COLUMNS, header, type ColumnDef } from './columns.js';
import { xmlSafe } from '../xml-text.js';
import { HEADING_FONT, printOnA4, rowHeight, wrappedLines } from '../xlsx-layout.js';
import { procedureDates } from '../file-dates.js';
import { datedZip } from '../zip-dates.js';
import { stepDuration } from '../model/step-days.js';
import { workbookTime } from './time-cells.js';
import {
  LONG_LIST_HEADERS,
  LONG_LISTS_SHEET,
  longListNote,
  longListRows,
  passesRowFoot,
  type TallCell,
} from './long-lists.js';

/** One procedure to export, with its time figures. */
export interface ExportEntry {
  procedure: Procedure;
  analysis: TimeAnalysis;
  /** Where it stands against the tightest of its limits: the slack exported, as stats and the documents give it. */
  verdict: TimeVerdict;
  /**
   * The counts of dossier items as the file writes them where the procedure holds them otherwise (`copies: "01 bản
   * chính"` is 1 original), by the procedure's item (writtenCounts): the sheet shows the counts under their kinds, and
   * a hidden column keeps the file's form for import to write again.
   */
  dossierWritten?: ReadonlyMap<object, string | number>;
}

type Cell = string | number | Date;

// How the workbook shows a date, as the document prints it.
const DATE_FORMAT = 'dd/mm/yyyy';
// The computed working hours (total, slack, a step's hours) are to the minute (23 h 59 min is 23,983…, 20 minutes
// 0,333…): two decimals, as stats gives them, and shown so in every row of the column.
const HOURS_FORMAT = '0.00';
const COMPUTED_HOURS = new Set(['total', 'slack', 'hours', 'cumulative']);

/**
 * A date the file writes YYYY-MM-DD as an Excel date (which exceljs counts from UTC midnight, and `procmap import`
 * reads back as YYYY-MM-DD), so that it sorts, filters and computes as a date; any other text as it is.
 */
function dateCell(text: string | undefined): Cell {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!parts) return text ?? '';
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
  return Number.isNaN(date.getTime()) ? text! : date;
}

/** A cell's value as it shows: a date as dd/mm/yyyy. */
function shown(value: Cell | undefined): string {
  if (!(value instanceof Date)) return String(value ?? '');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
}

const LEVEL_WORDS: Record<Lang, Record<NonNullable<Procedure['level']>, string>> = {
  vi: { central: 'Cấp trung ương', province: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã' },
  en: { central: 'central', province: 'province', district: 'district', commune: 'commune' },
};
const YES: Record<Lang, string> = { vi: 'Có', en: 'Yes' };
const NO: Record<Lang, string> = { vi: 'Không', en: 'No' };
// What a cell says of a list the procedure says is empty (`conditions: []`), so that importing it gives `[]` again.
const NONE: Record<Lang, string> = { vi: 'Không', en: 'None' };
const END: Record<Lang, string> = { vi: 'kết thúc', en: 'end' };
const SHEET_NAMES: Record<Lang, [string, string, string]> = {
  vi: ['Quy trình', 'Các bước', 'Đơn vị'],
  en: ['Procedures', 'Steps', 'Bodies'],
};

// The catalog columns the workbook carries; the sequence is the steps sheet, the dossier a sheet of its own (its
// originals, copies and cases do not fit a cell).
const CATALOG_FIELDS = [
  'id',
  'code',
  'title',
  'level',
  'field',
  'agency',
  'time_limit',
  'total',
  'slack',
  'slack_channel',
  'four_on_the_spot',
  'revision',
  'effective',
  'cutoff',
  'applicants',
  'fee',
  'legal_basis',
  'conditions',
  'place',
  'result',
  'purpose',
  'scope',
  'dossier_count',
  'issuer',
  'issued',
];
const STEP_FIELDS = [
  'procedure',
  'step_no',
  'step_id',
  'step',
  'body',
  'responsible',
  'hours',
  'cumulative',
  'duration',
  'role',
  'forms',
  'outputs',
  'description',
  'question',
  'inputs',
  'next',
  'draft',
];
const BODY_FIELDS = ['procedure', 'body', 'body_name', 'single_window', 'on_site'];

function pick(defs: readonly ColumnDef[], fields: readonly string[]): ColumnDef[] {
  return fields.map((field) => defs.find((def) => def.field === field)!);
}

const lines = (list: readonly string[] | undefined) => (list ?? []).join('\n');

const CASE_WORDS = { vi: 'Trường hợp {case}', en: 'Case "{case}"' };

/** Whose limit the slack is against when not the procedure's general one: "Trực tuyến: …", "Trường hợp phải xác minh: …". */
function slackOwner(verdict: TimeVerdict, lang: Lang): string {
  const whose = [
    ...(verdict.channel ? [CHANNEL_NAMES[lang][verdict.channel]] : []),
    // A channel's limit measured on a case's branch (it binds every case): the case named, as the total is that path's.
    ...[verdict.case ?? verdict.pathCase].flatMap((named) =>
      named === undefined ? [] : [CASE_WORDS[lang].replace('{case}', named)],
    ),
  ];
  return whose.length === 0 ? '' : `${whose.join(', ')}: ${verdict.limitText}`;
}

function catalogRow({ procedure: p, analysis, verdict }: ExportEntry, lang: Lang): Record<string, Cell> {
  return {
    id: p.id,
    code: p.code ?? '',
    title: p.title,
    level: p.level ? LEVEL_WORDS[lang][p.level] : '',
    field: p.field ?? '',
    agency: p.agency ?? '',
    time_limit: workbookTime(p.time_limit, lang),
    // The total the slack beside it is measured on: a case's own paths where its limit binds.
    total: (verdict.total ?? analysis.total) ? round2((verdict.total ?? analysis.total)!.hours) : '',
    // Blank where dates decide a limit the steps meet: what is left then depends on the date of receipt.
    slack: verdict.slack ? round2(verdict.slack.hours) : '',
    // The slack is against a channel's or a case's own limit when that is the tightest (online is often shorter, a
    // case that needs checking longer): say which.
    slack_channel: slackOwner(verdict, lang),
    // "No" where the file says false, so that the workbook read back says it too.
    four_on_the_spot: p.four_on_the_spot ? YES[lang] : p.four_on_the_spot === false ? NO[lang] : '',
    revision: p.revision,
    effective: dateCell(p.effective),
    cutoff: p.cutoff ?? '',
    applicants: Array.isArray(p.applicants) ? lines(p.applicants) : (p.applicants ?? ''),
    fee: p.fee ?? '',
    legal_basis: listCell(p.legal_basis, lang),
    conditions: listCell(p.conditions, lang),
    place: p.place ?? '',
    result: p.result ?? '',
    purpose: p.purpose ?? '',
    scope: p.scope ?? '',
    dossier_count: p.dossier_count ?? '',
    issuer: p.issuer ?? '',
    issued: dateCell(p.issued),
  };
}

function nextText(next: Step['next'], lang: Lang): string {
  if (next === undefined) return '';
  if (Array.isArray(next)) return next.length === 0 ? END[lang] : next.join(', ');
  if (isChoice(next)) return next.oneOf.join(lang === 'vi' ? ' hoặc ' : ' or ');
  return Object.entries(next)
    .map(([label, target]) => `${label} → ${target}`)
    .join('\n');
}

function stepRows({ procedure: p, analysis }: ExportEntry, lang: Lang): Record<string, Cell>[] {
  const numbers = shownStepNumbers(p.steps);
  return p.steps.map((step, i) => {
    const duration = stepDuration(step.duration, p.time_limit);
    const hours = duration ? toWorkingHours(duration, analysis.hoursPerDay) : undefined;
    return {
      procedure: p.id,
      // The number the document's table shows (2b for a side step), a number in its cell when it is one.
      step_no: /^\d+$/.test(numbers[i]!) ? Number(numbers[i]) : numbers[i]!,
      step_id: step.id,
      step: step.name,
      body: step.body,
      responsible: p.bodies[step.body]?.name ?? '',
      hours: hours === undefined ? '' : round2(hours),
      // The steps' hours add up to more than the total where the flow branches (a refusal beside the approval): each
      // step's time from receipt, as `time` prints it, ends at the total on the critical path's last step.
      cumulative: analysis.cumulative[i] === undefined ? '' : round2(analysis.cumulative[i]!.hours),
      // A step the limit does not count says so in its time's words, which import reads back as `counted: false`.
      duration: workbookTime(step.duration, lang, true) + (isCounted(step) ? '' : ` ${uncountedMark(lang)}`),
      role: step.role ?? '',
      forms: lines(step.forms),
      outputs: lines(step.outputs),
      description: step.description ?? '',
      question: step.question ?? '',
      inputs: lines(step.inputs),
      next: nextText(step.next, lang),
      draft: step.draft ? YES[lang] : '',
    };
  });
}

function bodyRows({ procedure: p }: ExportEntry, lang: Lang): Record<string, Cell>[] {
  return Object.entries(p.bodies).map(([key, body]) => ({
    procedure: p.id,
    body: key,
    body_name: body.name,
    single_window: body.single_window ? YES[lang] : '',
    on_site: body.on_site ? YES[lang] : '',
  }));
}

const column = (field: string, vi: string, en: string): ColumnDef => ({ field, vi, en, aliases: [] });
const PROCEDURE = column('procedure', 'Mã hiệu quy trình', 'Document code');
const SIGNATORY_FIELDS = ['prepared_by', 'reviewed_by', 'approved_by'] as const;
const SIGNATORY_LABELS: Record<Lang, { name: string; title: string }> = {
  vi: { name: 'Họ và tên', title: 'Chức vụ' },
  en: { name: 'Name', title: 'Position' },
};

/** A list's cell: its items one per line, or "Không" when the procedure says there are none. */
function listCell(list: readonly string[] | undefined, lang: Lang): string {
  return list?.length === 0 ? NONE[lang] : lines(list);
}

/** A list's rows in its sheet: one row saying "Không" when the procedure says there are none, which import reads back. */
function orNone(list: readonly object[] | undefined, none: object): readonly object[] | undefined {
  return list?.length === 0 ? [none] : list;
}

/**
 * The dossier's rows as the document prints them where originals and copies have columns of their own
 * (dossierPlacement): the papers for every case first, words about the original under "Bản chính", a count that says
 * not which ("01 bản") after the name, under neither column, so that import reads each back as it was. The sheet has
 * both columns for every procedure, also one whose document prints a single quantity column: its words about the
 * original ("01 bản chính (xuất trình)") are no copies either.
 */
function dossierRows(
  dossier: Procedure['dossier'],
  lang: Lang,
  written?: ReadonlyMap<object, string | number>,
): object[] | undefined {
  if (dossier === undefined) return undefined;
  return dossierByCase(dossier).flatMap((group) =>
    group.items.map((item) => {
      const { name, originals, originalsWords, copies } = dossierPlacement(item, true);
      const counted =
        originalsWords === undefined
          ? originals
          : originals === undefined
            ? originalsWords
            : `${countText(originals, lang)}; ${originalsWords}`;
      const { copies: _copies, originals: _originals, ...rest } = item;
      const words = written?.get(item);
      return {
        ...rest,
        name,
        ...(counted !== undefined && { originals: counted }),
        ...(copies !== undefined && { copies }),
        ...(words !== undefined && { written: words }),
      };
    }),
  );
}

/** A sheet of the ISO document's tables: each procedure's items under its code, headers as the document prints them. */
interface SectionSheet {
  name: Record<Lang, string>;
  columns: ColumnDef[];
  /** The procedure's items, each a cell by column field (a field it lacks is an empty cell). */
  items: (procedure: Procedure, lang: Lang, entry: ExportEntry) => readonly object[] | undefined;
}

// The document's tables that a catalog row has no cell for, one sheet each; `procmap import` reads them back by their
// headers, as it reads the same tables in a Word document.
const SECTION_SHEETS: readonly SectionSheet[] = [
  {
    name: { vi: 'Cách thức thực hiện', en: 'Channels' },
    columns: [
      column('kind', 'Cách thức', 'Channel'),
      column('time_limit', 'Thời hạn giải quyết', 'Time limit'),
      column('fee', 'Phí, lệ phí', 'Fee'),
      column('note', 'Ghi chú', 'Note'),
    ],
    // A channel without a fee of its own says it follows the procedure's, in the document's words (one rule for both).
    items: (p, lang) =>
      p.channels?.map((channel) => ({
        ...channel,
        kind: CHANNEL_NAMES[lang][channel.kind],
        // A channel's own limit in the words the document's table prints ("3d" → "3 ngày làm việc"), as the catalog's.
        ...(channel.time_limit !== undefined && { time_limit: workbookTime(channel.time_limit, lang) }),
        ...(channel.fee === undefined && p.fee ? { fee: SHARED_FEE[lang] } : {}),
      })),
  },
  {
    name: { vi: 'Thành phần hồ sơ', en: 'Dossier' },
    columns: [
      column('case', 'Trường hợp', 'Case'),
      column('name', 'Tên giấy tờ', 'Document'),
      column('originals', 'Bản chính', 'Originals'),
      column('copies', 'Bản sao', 'Copies'),
      column('form', 'Mẫu đơn, tờ khai', 'Form'),
      // A count as the file writes it, where the two columns before show it otherwise (canonical-dossier.ts).
      { ...column('written', 'Cách ghi trong tệp', 'As the file writes it'), hidden: true },
    ],
    items: (p, lang, entry) => orNone(dossierRows(p.dossier, lang, entry.dossierWritten), { name: NONE[lang] }),
  },
  {
    name: { vi: 'Biểu mẫu', en: 'Forms' },
    columns: [column('code', 'Mã hiệu', 'Code'), column('name', 'Tên biểu mẫu', 'Form')],
    items: (p, lang) => orNone(p.forms, { name: NONE[lang] }),
  },
  {
    name: { vi: 'Hồ sơ cần lưu', en: 'Records' },
    columns: [
      column('name', 'Hồ sơ lưu', 'Record'),
      column('keeper', 'Trách nhiệm lưu', 'Kept by'),
      column('retention', 'Thời gian lưu', 'Retention'),
    ],
    items: (p, lang) => orNone(p.records, { name: NONE[lang] }),
  },
  {
    name: { vi: 'Định nghĩa, viết tắt', en: 'Definitions' },
    columns: [column('term', 'Thuật ngữ, viết tắt', 'Term'), column('meaning', 'Giải thích', 'Meaning')],
    items: (p, lang) => orNone(p.definitions, { term: NONE[lang] }),
  },
  {
    // As the document's sign-off block: a column per role, a row of names and a row of titles.
    name: { vi: 'Soạn thảo, phê duyệt', en: 'Sign-off' },
    columns: [
      column('label', 'Trách nhiệm', 'Responsibility'),
      column('prepared_by', 'Người soạn thảo', 'Prepared by'),
      column('reviewed_by', 'Người kiểm tra', 'Reviewed by'),
      column('approved_by', 'Người phê duyệt', 'Approved by'),
    ],
    items: (p, lang) => {
      const signoff = p.signoff;
      if (!signoff || SIGNATORY_FIELDS.every((role) => !signoff[role])) return [];
      return (['name', 'title'] as const).map((part) => ({
        label: SIGNATORY_LABELS[lang][part],
        ...Object.fromEntries(SIGNATORY_FIELDS.map((role) => [role, signoff[role]?.[part]])),
      }));
    },
  },
  {
    // Not "History": Excel keeps that sheet name for itself.
    name: { vi: 'Theo dõi sửa đổi', en: 'Amendment history' },
    columns: [
      column('revision', 'Lần ban hành', 'Revision'),
      column('date', 'Ngày', 'Date'),
      column('changes', 'Nội dung sửa đổi', 'Changes'),
      column('pages', 'Trang / vị trí sửa đổi', 'Pages amended'),
      column('note', 'Ghi chú', 'Note'),
    ],
    items: (p) => p.history?.map((entry) => ({ ...entry, date: dateCell(entry.date) })),
  },
];

/** A section sheet's rows for one procedure: its code, then each item's value for each column, empty where none. */
function sectionRows(section: SectionSheet, entry: ExportEntry, lang: Lang): Record<string, Cell>[] {
  const { procedure } = entry;
  return (section.items(procedure, lang, entry) ?? []).map((item) => {
    const values = item as Record<string, Cell | undefined>;
    return Object.fromEntries([
      ['procedure', procedure.id],
      ...section.columns.map((c) => [c.field, values[c.field] ?? '']),
    ]) as Record<string, Cell>;
  });
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/**
 * A sheet with a bold, frozen header row, filters on every column, and widths that fit the text (up to a limit);
 * a row of wrapped text is as tall as its lines (Excel and LibreOffice do not size a row written with a file), and
 * the sheet prints on A4 landscape, the header row on every page (printOnA4: as few pages across as stay readable).
 * Returns the cells too tall for their row, which the long lists' sheet lists again.
 */
function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly ColumnDef[],
  rows: readonly Record<string, Cell>[],
  lang: Lang,
): TallCell[] {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = columns.map((column) => header(column, lang));
  sheet.addRow(headers);
  // exceljs writes text as it is: a character XML forbids would make Excel call the workbook damaged.
  const cell = (value: Cell | undefined) => (typeof value === 'string' ? xmlSafe(value) : (value ?? ''));
  for (const row of rows) {
    const added = sheet.addRow(columns.map((column) => cell(row[column.field])));
    columns.forEach((column, i) => {
      const value = row[column.field];
      if (value instanceof Date) added.getCell(i + 1).numFmt = DATE_FORMAT;
      else if (typeof value === 'number' && COMPUTED_HOURS.has(column.field))
        added.getCell(i + 1).numFmt = HOURS_FORMAT;
    });
  }
  sheet.getRow(1).font = { ...HEADING_FONT };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  const wrapped: { field: string; width: number }[] = [];
  columns.forEach((column, i) => {
    const longest = Math.max(
      headers[i]!.length,
      ...rows.map((row) =>
        Math.max(
          ...shown(row[column.field])
            .split('\n')
            .map((line) => line.length),
        ),
      ),
    );
    const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = width;
    if (column.hidden) sheetColumn.hidden = true;
    // Long text wraps inside its cell instead of running over the next column; every cell of a tall row starts at
    // its top, level with the first line of the text beside it.
    if (longest > MAX_WIDTH || rows.some((row) => shown(row[column.field]).includes('\n'))) {
      sheetColumn.alignment = { wrapText: true, vertical: 'top' };
      wrapped.push({ field: column.field, width });
    } else sheetColumn.alignment = { vertical: 'top' };
  });
  rows.forEach((row, i) => {
    const lines = Math.max(1, ...wrapped.map(({ field, width }) => wrappedLines(shown(row[field]), width)));
    const height = rowHeight(lines);
    if (height !== undefined) sheet.getRow(i + 2).height = height;
  });
  // Once the widths are known: they decide how many pages across the sheet prints.
  printOnA4(sheet);
  return tallCells(sheet, name, columns, rows, wrapped, lang);
}

/**
 * The cells of a sheet whose wrapped text passes the tallest row Excel allows, each given a note that says where its
 * lines are listed whole (the long lists' sheet); the cell keeps its text, which import reads back.
 */
function tallCells(
  sheet: ExcelJS.Worksheet,
  name: string,
  columns: readonly ColumnDef[],
  rows: readonly Record<string, Cell>[],
  wrapped: readonly { field: string; width: number }[],
  lang: Lang,
): TallCell[] {
  return rows.flatMap((row, i) =>
    wrapped.flatMap(({ field, width }) => {
      const text = shown(row[field]);
      if (!passesRowFoot(text, width)) return [];
      const at = columns.findIndex((column) => column.field === field);
      sheet.getRow(i + 2).getCell(at + 1).note = longListNote(lang);
      const procedure = shown(row.id ?? row.procedure);
      return [{ procedure, sheet: name, column: header(columns[at]!, lang), text }];
    }),
  );
}

/** The sheet that lists the lines of the tall cells one a row, after the others; none when no cell is so tall. */
function addLongLists(workbook: ExcelJS.Workbook, cells: readonly TallCell[], lang: Lang): void {
  if (cells.length === 0) return;
  const fields = ['procedure', 'sheet', 'column', 'number', 'text'] as const;
  const columns = fields.map((field, i) => column(field, LONG_LIST_HEADERS.vi[i]!, LONG_LIST_HEADERS.en[i]!));
  const rows = longListRows(cells).map((values) => Object.fromEntries(fields.map((field, i) => [field, values[i]!])));
  addSheet(workbook, LONG_LISTS_SHEET[lang], columns, rows, lang);
}

/** One sheet of the workbook: its name, its columns and its rows. */
interface SheetData {
  name: string;
  columns: readonly ColumnDef[];
  rows: Record<string, Cell>[];
}

/** The sheets of the workbook, in order: catalog, steps, bodies, then the document's tables. */
function sheetsOf(entries: readonly ExportEntry[], lang: Lang): SheetData[] {
  const [catalogName, stepsName, bodiesName] = SHEET_NAMES[lang];
  return [
    {
      name: catalogName,
      columns: pick(CATALOG_COLUMNS, CATALOG_FIELDS),
      rows: entries.map((entry) => catalogRow(entry, lang)),
    },
    {
      name: stepsName,
      columns: pick(STEP_COLUMNS, STEP_FIELDS),
      rows: entries.flatMap((entry) => stepRows(entry, lang)),
    },
    {
      name: bodiesName,
      columns: pick(BODY_COLUMNS, BODY_FIELDS),
      rows: entries.flatMap((entry) => bodyRows(entry, lang)),
    },
    ...SECTION_SHEETS.map((section) => {
      const rows = entries.flatMap((entry) => sectionRows(section, entry, lang));
      // A hidden column no row needs is left out: the sheet is then as it was without it.
      const needed = section.columns.filter((c) => !c.hidden || rows.some((row) => row[c.field] !== ''));
      return { name: section.name[lang], columns: [PROCEDURE, ...needed], rows };
    }),
  ];
}

/**
 * The most characters an Excel cell holds ("Excel specifications and limits"); Excel opens a file with a longer text
 * only by "repairing" it, which cuts the text (ycphs/openxlsx#145, dhatim/fastexcel#318).
 */
const EXCEL_CELL_LIMIT = 32_767;

/** A cell too long for Excel: its sheet, its column's header and its length. */
export interface OverlongCell {
  sheet: string;
  column: string;
  length: number;
}

/** A cell of a procedure's rows too long for Excel, or undefined. */
export function overlongCell(entry: ExportEntry, lang: Lang): OverlongCell | undefined {
  for (const sheet of sheetsOf([entry], lang))
    for (const row of sheet.rows)
      for (const column of sheet.columns) {
        const value = row[column.field];
        if (typeof value === 'string' && value.length > EXCEL_CELL_LIMIT)
          return { sheet: sheet.name, column: header(column, lang), length: value.length };
      }
  return undefined;
}

/** Why a procedure is left out of the workbook, in the user's language: which cell, how long, what Excel holds. */
export function overlongMessage(cell: OverlongCell, lang: Lang): string {
  const number = (n: number) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');
  const [length, max] = [number(cell.length), number(EXCEL_CELL_LIMIT)];
  return lang === 'vi'
    ? `"${cell.column}" (trang tính "${cell.sheet}") có ${length} ký tự, nhiều hơn một ô Excel chứa được (${max}): quy trình không được xuất vào sổ tính; hãy viết ngắn lại`
    : `"${cell.column}" (sheet "${cell.sheet}") has ${length} characters, more than an Excel cell holds (${max}): the procedure is left out of the workbook; shorten it`;
}

/**
 * The catalog as an Excel workbook, for people and for configuring one-stop software: a catalog sheet (code, title,
 * level, field, agency, limit, computed total and slack in working hours, four on-the-spot, revision, effective…),
 * a steps sheet (procedure, TT, step, body, duration in working hours and as written, role, forms, next), a bodies
 * sheet, and a sheet for each of the ISO document's tables. Headers in Vietnamese, or English with `lang: 'en'`;
 * `procmap import` reads the workbook back. Dated from the procedures, or `source` (SOURCE_DATE_EPOCH) when set.
 */
export async function catalogWorkbook(entries: readonly ExportEntry[], lang: Lang, source?: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'procmap';
  // The procedures' dates (or SOURCE_DATE_EPOCH's), never the run's: the same catalog gives the same bytes.
  const dates = procedureDates(
    entries.map((entry) => entry.procedure),
    source,
  );
  workbook.created = dates.created;
  workbook.modified = dates.modified;
  const tall = sheetsOf(entries, lang).flatMap((sheet) =>
    addSheet(workbook, sheet.name, sheet.columns, sheet.rows, lang),
  );
  addLongLists(workbook, tall, lang);
  return datedZip(Buffer.from(await workbook.xlsx.writeBuffer()), dates.modified);
}
