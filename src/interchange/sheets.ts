import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { said } from './import-messages.js';
import { firstLine, isNotZip, SheetError } from './read-error.js';
import { clean } from './text.js';
import { withoutColumnNumbers } from './column-numbers.js';
import {
  cellName,
  type LegacyRepairs,
  noLegacyRepairs,
  refuseLegacyText,
  sheetTexts,
  withoutAnsi,
  withoutLegacyFont,
  type RepairedCell,
} from './legacy-text.js';
import { vniWords } from '../model/vni-text.js';
import { CsvTextDecoder } from './text-encoding.js';
import { notPackageWords } from './office-container.js';
import { checkZipEntries, checkZipParts, malformedXmlPart } from './zip-parts.js';
import { checkCellLengths, MAX_SHEET_ROWS, wholeWorkbook } from './workbook-parts.js';
import { withSheetRefs } from './cell-refs.js';
import { exceljsDateShiftMs } from '../time/excel-serial.js';

// The error type lives apart (read-error.ts): reading a Word document must not load exceljs.
export { SheetError } from './read-error.js';

/** A sheet as text: its name and its rows of cell texts (merged cells repeat their value). */
export interface Sheet {
  name: string;
  rows: string[][];
  /** For each cell, whether it repeats the cell above because the two are merged: one value for both, not two. */
  mergedDown?: boolean[][];
  /** The file it was read from, when several files are read as one workbook (its sheets saved as CSV files). */
  file?: string;
  /** For each cell whose value cannot be read (its text is empty), why: an error, or a formula never computed. */
  unread?: (UnreadCell | undefined)[][];
  /** The rows (numbered from 1) the officer hid, left empty: what is hidden is no longer in force. */
  hiddenRows?: number[];
  /** A sheet the officer hid (an old version kept beside the new), its rows left empty. */
  hidden?: true;
  /**
   * The texts of what the officer hid (the hidden rows, by row index; a hidden sheet's every row), never imported: only
   * to know the procedures they name, so that a step row of one is said to be hidden with it, not "no such procedure".
   */
  hiddenCells?: string[][];
  /** The cells whose text was UTF-8 read as ANSI and saved again, read as written (said in the report). */
  repaired?: RepairedCell[];
  /** The cells typed in a TCVN3 or VNI font, read as Vietnamese in Unicode. */
  legacy?: LegacyRepairs;
  /** For each cell of a workbook, whether Excel keeps it as a number (a code typed so lost its trailing zeros). */
  numbers?: boolean[][];
  /** A sheet of a workbook whose dates count from 1904 (Excel for Mac's): a date column's bare number counts so. */
  date1904?: true;
}

/** A row of a sparse list as an empty row: what crosses to and from a worker thread is plain arrays. */
const dense = (row: string[] | undefined): string[] => row ?? [];

/**
 * Why a workbook cell has no value to read: the error it shows (`#DIV/0!`), a formula no spreadsheet computed, or a
 * formula whose text starts as a formula does (`=cmd|calc`), which procmap does not take as a code or a name.
 */
export type UnreadCell = { error: string } | { formula: string } | { result: string };

// A computed text that a spreadsheet or a later reader could take for a formula again (= + - @ in front).
const FORMULA_LIKE = /^\s*[=+\-@]/;
// A dash, a space and a word ("- Bản sao CMND") is how officers write a list's item: Excel refuses it as a formula,
// so it is the text it shows; one that calls another program (`|`, as `- cmd|' /C calc'!A0` does) is not.
const LIST_ITEM = /^\s*-\s+\p{L}[^|]*$/u;

/** Why a cell's value cannot be read, or undefined for one that can (an empty cell is read as empty). */
function unreadOf(value: ExcelJS.CellValue): UnreadCell | undefined {
  if (value === null || typeof value !== 'object' || value instanceof Date) return undefined;
  if ('error' in value) return { error: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = value as ExcelJS.CellFormulaValue;
    // A file written by a program (not saved in a spreadsheet) may carry formulas without their results.
    if (formula.result === undefined || formula.result === null) return { formula: formula.formula ?? '' };
    const text = cellText(formula.result as ExcelJS.CellValue);
    if (typeof formula.result !== 'number' && FORMULA_LIKE.test(text) && !LIST_ITEM.test(text)) return { result: text };
    return unreadOf(formula.result as ExcelJS.CellValue);
  }
  return undefined;
}

// Excel's day 61, 01/03/1900: from it on, exceljs's count of days from 30/12/1899 is the day Excel shows.
const EXCEL_DAY_61 = Date.UTC(1900, 2, 1);
const DAY_MS = 86_400_000;

function dateText(date: Date, date1904: boolean): string {
  // exceljs reads Excel dates as UTC midnight of the day shown, and a time of day alone (15:00 formatted hh:mm) as
  // that time on Excel's day 0: 30/12/1899, or 01/01/1904 in a workbook of the 1904 date system.
  const iso = date.toISOString();
  if (iso.startsWith(date1904 ? '1904-01-01' : '1899-12-30')) return iso.slice(11, 16);
  if (date1904) return iso.slice(0, 10);
  // Before it, Excel counts 1900 a leap year (Lotus 1-2-3's error, kept for its files): day 60 is "29/02/1900", a day
  // that never was, and days 1-59 show the day after exceljs's. Read as Excel shows them: 29/02/1900 then reads as no
  // date, and is said so, rather than as 28/02/1900, a day the officer never typed.
  if (date.getTime() < EXCEL_DAY_61) {
    const shown = new Date(date.getTime() + DAY_MS).toISOString().slice(0, 10);
    return shown === '1900-03-01' ? '29/02/1900' : shown;
  }
  return iso.slice(0, 10);
}

/** A workbook's date system, and what to add to the dates exceljs read (exceljsDateShiftMs). */
interface DateSystem {
  date1904: boolean;
  shift: number;
}
const DATES_1900: DateSystem = { date1904: false, shift: 0 };

function dateSystem(date1904: boolean, readBy: boolean): DateSystem {
  return { date1904, shift: exceljsDateShiftMs(date1904, readBy) };
}

// A number format with fixed decimals ("0.000000", "#,##0.00"): the digits shown, which a national code keeps.
const FIXED_DECIMALS = /^[#,0]*\.(0+)$/;

/**
 * A cell's value as the text the officer sees: rich text joined, formulas by their result, dates as YYYY-MM-DD, a
 * time of day as HH:MM, a number with the decimals its format shows (2.000820 in a cell formatted 0.000000, where
 * the value is 2.00082).
 */
function cellText(value: ExcelJS.CellValue, format = '', dates: DateSystem = DATES_1900): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    const decimals = FIXED_DECIMALS.exec(format)?.[1]?.length;
    return decimals === undefined || decimals > 20 ? String(value) : value.toFixed(decimals);
  }
  if (value instanceof Date) return dateText(new Date(value.getTime() + dates.shift), dates.date1904);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('formula' in value || 'sharedFormula' in value)
      return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, format, dates);
    if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue, '', dates);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

// exceljs holds a whole workbook in memory, several times the size of its XML: a catalog's sheets are a few
// megabytes, and a small hostile file could unpack to gigabytes.
const MAX_PART_BYTES = 64 * 1024 * 1024;
const MAX_TOTAL_BYTES = 128 * 1024 * 1024;

/** Reads every worksheet of an .xlsx file into text rows. */
export async function readWorkbook(data: Uint8Array): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  let zip: JSZip | undefined;
  let date1904 = false;
  try {
    const compound = notPackageWords(data, 'workbook');
    if (compound) throw new SheetError(compound);
    checkZipEntries(data);
    zip = await JSZip.loadAsync(data);
    await checkZipParts(zip, Object.keys(zip.files), { part: MAX_PART_BYTES, total: MAX_TOTAL_BYTES, workbook: true });
    const parts = await wholeWorkbook(zip);
    date1904 = parts.date1904 === true;
    const unreferenced = await checkCellLengths(zip, parts, MAX_SHEET_ROWS);
    // Rows and cells written without their references, as some programs export them, are given them first: only the
    // sheets the length check saw such a row or cell in are inflated again.
    const referenced = (await withSheetRefs(zip, unreferenced)) ?? data;
    await workbook.xlsx.load(referenced as unknown as ExcelJS.Buffer);
  } catch (error) {
    if (error instanceof SheetError) throw error;
    if (isNotZip(error)) throw new SheetError(said('notWorkbookZip'));
    // exceljs's words ("2:177: undefined entity") do not say which part: the part that is no XML does.
    const malformed = zip && (await malformedXmlPart(zip));
    // A JavaScript error of exceljs's own code (a TypeError: "Cannot read properties of undefined") says nothing to
    // the officer: the zip and its XML are whole, so a part holds what Excel never writes.
    const crashed = error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError;
    throw new SheetError(
      malformed
        ? said(malformed.doctype ? 'declaresEntities' : 'notWorkbookXml', {
            part: malformed.part,
            detail: malformed.detail,
            app: 'Excel',
          })
        : crashed
          ? said('workbookDamaged')
          : said('notWorkbook', { detail: firstLine(error) }),
    );
  }
  // exceljs leaves a workbook with no workbook part without properties.
  const properties = workbook.properties as ExcelJS.WorkbookProperties | undefined;
  const dates = dateSystem(date1904, properties?.date1904 === true);
  const sheets = workbook.worksheets.map((worksheet) => {
    const rows: string[][] = [];
    const mergedDown: boolean[][] = [];
    const unread: (UnreadCell | undefined)[][] = [];
    const hiddenRows: number[] = [];
    const numbers: boolean[][] = [];
    const repaired: RepairedCell[] = [];
    const legacy = noLegacyRepairs();
    // An officer hides a sheet or a row that is no longer in force (an old version, an abolished procedure): it is
    // not read, and the import says what it passed over.
    const hiddenCells: string[][] = [];
    const textsOf = (row: ExcelJS.Row): string[] => {
      const texts: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        texts[column - 1] = unreadOf(cell.value) ? '' : clean(cellText(cell.value, cell.numFmt, dates));
      });
      return Array.from(texts, (text) => text ?? '');
    };
    if (worksheet.state === 'hidden' || worksheet.state === 'veryHidden') {
      worksheet.eachRow({ includeEmpty: true }, (row, number) => void (hiddenCells[number - 1] = textsOf(row)));
      return { name: worksheet.name, rows: [], hidden: true as const, hiddenCells: Array.from(hiddenCells, dense) };
    }
    worksheet.eachRow({ includeEmpty: true }, (row, number) => {
      if (row.hidden && row.hasValues) {
        hiddenRows.push(number);
        hiddenCells[number - 1] = textsOf(row);
        rows[number - 1] = [];
        mergedDown[number - 1] = [];
        return;
      }
      const cells: string[] = [];
      const merged: boolean[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        const why = unreadOf(cell.value);
        // A formula's text that starts as a formula does is not taken: the report names the cell instead.
        const text = cellText(cell.value, cell.numFmt, dates);
        const place = () => cellName(number - 1, column - 1);
        cells[column - 1] =
          why && 'result' in why ? '' : clean(withoutLegacyFont(withoutAnsi(text, place, repaired), place, legacy));
        // A merged range gives each of its cells the value of its first: the rows below it repeat that one value.
        merged[column - 1] = cell.isMerged && Number(cell.master.row) < number;
        if (why) (unread[number - 1] ??= [])[column - 1] = why;
        const value = cell.value as ExcelJS.CellValue | ExcelJS.CellFormulaValue;
        const result = value !== null && typeof value === 'object' && 'result' in value ? value.result : value;
        if (typeof result === 'number') (numbers[number - 1] ??= [])[column - 1] = true;
      });
      rows[number - 1] = Array.from(cells, (cell) => cell ?? '');
      mergedDown[number - 1] = Array.from(merged, (flag) => flag ?? false);
    });
    return {
      name: worksheet.name,
      rows: withoutColumnNumbers(
        Array.from(rows, (row, r) => (row ?? []).map((cell, c) => laterVni(cell, r, c, legacy))),
      ),
      mergedDown: Array.from(mergedDown, (row) => row ?? []),
      ...(unread.length > 0 ? { unread } : {}),
      ...(hiddenRows.length > 0 ? { hiddenRows, hiddenCells: Array.from(hiddenCells, dense) } : {}),
      ...(repaired.length > 0 ? { repaired } : {}),
      ...(legacy.places.length > 0 ? { legacy } : {}),
      ...(numbers.length > 0 ? { numbers } : {}),
      ...(date1904 ? { date1904: true as const } : {}),
    };
  });
  refuseLegacyText(sheetTexts(sheets));
  return sheets;
}

/**
 * A cleaned cell of a single VNI word ("Trong ngaøy") read as VNI once its sheet has shown VNI in other cells, which
 * the cell alone does not (legacy-text.ts): VNI's letters are Latin-1 letters that cleaning keeps.
 */
function laterVni(cell: string, r: number, c: number, legacy: LegacyRepairs): string {
  return legacy.vni > 0 && vniWords(cell) > 0 ? withoutLegacyFont(cell, () => cellName(r, c), legacy) : cell;
}

/** The delimiter of a CSV file: the one of `,` `;` and tab that splits its first line most. */
function delimiterOf(text: string): string {
  const line = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, line.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

// No catalog or step table has a cell near this; a hostile one-line file would cost memory many times its size.
const MAX_CELL_CHARS = 1_000_000;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Reads a CSV file (UTF-8, with or without a BOM, or UTF-16 with one; `,`, `;` or tab; quoted fields across lines) as one sheet; a CSV file's sheet has no name. */
export function readCsv(data: Uint8Array, name: string): Sheet {
  // The decoder drops the byte order mark it reads, and refuses what is not UTF-8 or UTF-16 in words.
  const decoder = new CsvTextDecoder();
  const text = decoder.write(data) + decoder.end();
  const delimiter = delimiterOf(text).charCodeAt(0);
  const rows: string[][] = [];
  // Rows past MAX_SHEET_ROWS are counted, not kept: the refusal says how many there are without holding them.
  let count = 0;
  const keep = (cells: string[]) => {
    if (++count <= MAX_SHEET_ROWS) rows.push(cells);
  };
  let row: string[] = [];
  // Fields are sliced from the text, never built a character at a time: a 60 MB line of one field took 2.6 GB so.
  let i = 0;
  const n = text.length;
  while (i < n) {
    let field = '';
    if (text.charCodeAt(i) === QUOTE) {
      // A quoted field, across lines: "" inside is one quote.
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) throw new SheetError(said('openQuote'));
        if (text.charCodeAt(quote + 1) === QUOTE) {
          field += text.slice(from, quote + 1);
          from = quote + 2;
          continue;
        }
        field += text.slice(from, quote);
        i = quote + 1;
        break;
      }
    }
    // Up to the delimiter or the line's end (text after a closing quote belongs to the field, as spreadsheets read it).
    let end = i;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === delimiter || c === LF || c === CR) break;
      end++;
    }
    if (field.length + end - i > MAX_CELL_CHARS)
      throw new SheetError(said('cellTooLong', { row: count + 1, max: MAX_CELL_CHARS.toLocaleString('en-US') }));
    row.push(field + text.slice(i, end));
    i = end;
    if (i >= n) break;
    if (text.charCodeAt(i) === delimiter) {
      i++;
      if (i >= n) row.push('');
      continue;
    }
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    keep(row);
    row = [];
  }
  // A last line of one empty field (`""` at the very end) is no row.
  if (row.length > 1 || (row.length === 1 && row[0] !== '')) keep(row);
  // The limit and the words of a workbook's sheet: a CSV file is a sheet saved on its own.
  if (count > MAX_SHEET_ROWS) {
    const number = (n: number) => ({ en: n.toLocaleString('en-US'), vi: n.toLocaleString('vi-VN') });
    throw new SheetError(said('tooManyCsvRows', { count: number(count), max: number(MAX_SHEET_ROWS) }));
  }
  const repaired: RepairedCell[] = [];
  const legacy = noLegacyRepairs();
  const cleaned = rows.map((cells, r) =>
    cells.map((cell, c) => {
      const place = () => cellName(r, c);
      return clean(withoutLegacyFont(withoutAnsi(cell, place, repaired), place, legacy));
    }),
  );
  const sheet = {
    name,
    rows: withoutColumnNumbers(cleaned.map((cells, r) => cells.map((cell, c) => laterVni(cell, r, c, legacy)))),
    ...(repaired.length > 0 ? { repaired } : {}),
    ...(legacy.places.length > 0 ? { legacy } : {}),
  };
  refuseLegacyText(sheetTexts([sheet]));
  return sheet;
}
