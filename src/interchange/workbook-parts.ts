import { posix } from 'node:path';
import type JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { LIMITS } from '../model/limits.js';
import { quoted } from '../model/quote.js';
import { said } from './import-messages.js';
import { SheetError } from './read-error.js';
import { partChunks } from './zip-parts.js';
import { columnLetters, columnNumber } from './cell-names.js';
import { type ExtentFault, MAX_SHEET_COLUMNS, MAX_SHEET_MERGES, SheetExtent } from './sheet-extent.js';
import type { Translated } from '../i18n.js';

// The parts exceljs reads a workbook from, by their usual names: it looks for these and skips what is missing.
const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS_TYPE = /\/sharedStrings$/;

/** An element's name without its namespace prefix: generators write `x:c` as well as `c`. */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Parses a small XML part (the workbook, its relationships) element by element, each open tag to `open`. */
async function eachTag(zip: JSZip, part: string, open: (tag: SaxesTagPlain) => void): Promise<void> {
  const parser = new SaxesParser();
  parser.on('opentag', open);
  parser.write(await zip.file(part)!.async('string')).close();
}

/** A sheet of the workbook, as its workbook part lists it: its name and the part that holds its cells. */
export interface SheetPart {
  name: string;
  part: string;
}

/** The workbook's sheets and its shared strings' part, as its workbook part and relationships name them. */
export interface WorkbookParts {
  sheets: SheetPart[];
  sharedStrings?: string;
  /** Whether its dates count from 01/01/1904 (`<workbookPr date1904="1"/>`, Excel for Mac's older workbooks). */
  date1904?: true;
}

// xsd:boolean, as ECMA-376 Part 1, 18.2.28 types date1904: Excel writes "1", LibreOffice "true".
const TRUE = new Set(['1', 'true']);

async function workbookParts(zip: JSZip): Promise<WorkbookParts & { targets: string[] }> {
  const targets = new Map<string, { part: string; type: string }>();
  if (zip.file(WORKBOOK_RELS))
    await eachTag(zip, WORKBOOK_RELS, ({ name, attributes }) => {
      const { Id: id, Target: target, Type: type = '', TargetMode: mode } = attributes;
      if (local(name) !== 'Relationship' || !id || !target || mode === 'External') return;
      // A target is relative to xl/, or from the package's root when it starts with "/".
      const part = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
      targets.set(id, { part, type });
    });
  const sheets: SheetPart[] = [];
  let date1904 = false;
  await eachTag(zip, WORKBOOK, ({ name, attributes }) => {
    if (local(name) === 'workbookPr') date1904 = TRUE.has((attributes.date1904 ?? '').trim());
    if (local(name) !== 'sheet') return;
    const id = Object.entries(attributes).find(([key]) => local(key) === 'id' && key.includes(':'))?.[1];
    const part = id === undefined ? undefined : targets.get(id)?.part;
    if (part) sheets.push({ name: attributes.name ?? '', part });
  });
  const sharedStrings = [...targets.values()].find(({ type }) => SHARED_STRINGS_TYPE.test(type))?.part;
  return {
    sheets,
    ...(sharedStrings ? { sharedStrings } : {}),
    ...(date1904 ? { date1904: true as const } : {}),
    targets: [...targets.values()].map((t) => t.part),
  };
}

/**
 * The workbook's sheets and shared strings, once it is known to be whole; refuses (SheetError, in words) a Word document named .xlsx,
 * and a workbook a part of which its own directory names is missing: exceljs reads such a workbook without the part
 * (a sheet of steps gone, every text of the cells gone) and says nothing. A zip with no workbook part and nothing of
 * one is left to say it holds nothing to import.
 */
export async function wholeWorkbook(zip: JSZip): Promise<WorkbookParts> {
  if (!zip.file(WORKBOOK)) {
    if (zip.file('word/document.xml')) throw new SheetError(said('wordNamedXlsx'));
    if (Object.keys(zip.files).some((name) => name.startsWith('xl/')))
      throw new SheetError(said('partMissing', { part: WORKBOOK, what: '' }));
    return { sheets: [] };
  }
  const { targets, ...parts } = await workbookParts(zip);
  const { sheets, sharedStrings } = parts;
  for (const part of targets) {
    if (zip.file(part)) continue;
    const sheet = sheets.find((s) => s.part === part);
    const what = sheet
      ? { en: ` (sheet "${sheet.name}")`, vi: ` (trang tính "${sheet.name}")` }
      : part === sharedStrings
        ? { en: ' (the texts of its cells)', vi: ' (chữ trong các ô)' }
        : '';
    throw new SheetError(said('partMissing', { part, what }));
  }
  return parts;
}

/** Feeds a part to a parser as it inflates, a megabyte at a time: a hostile part's text is never held twice. */
async function parse(zip: JSZip, part: string, parser: SaxesParser): Promise<void> {
  const decoder = new TextDecoder();
  for await (const chunk of partChunks(zip, part)) parser.write(decoder.decode(chunk, { stream: true }));
  parser.write(decoder.decode()).close();
}

/** The length of each shared string (its text runs, not its phonetic guide), by its index. */
async function sharedLengths(zip: JSZip, part: string): Promise<number[]> {
  const lengths: number[] = [];
  let text = 0;
  let phonetic = 0;
  const parser = new SaxesParser();
  parser.on('opentag', ({ name }) => {
    const tag = local(name);
    if (tag === 'si') lengths.push(0);
    else if (tag === 'rPh') phonetic++;
    else if (tag === 't' && phonetic === 0) text++;
  });
  parser.on('closetag', ({ name }) => {
    const tag = local(name);
    if (tag === 'rPh') phonetic--;
    else if (tag === 't' && phonetic === 0) text--;
  });
  parser.on('text', (chunk) => {
    if (text > 0 && lengths.length > 0) lengths[lengths.length - 1]! += chunk.length;
  });
  await parse(zip, part, parser);
  return lengths;
}

/** A cell's name from its row and column numbers (1-based): `B2`. */
const cellName = (row: number, column: number) => `${columnLetters(column)}${row}`;

/** The row and column numbers of a cell reference (`B2`), or undefined for none. */
function cellAt(ref: string | undefined): { row: number; column: number } | undefined {
  const match = ref === undefined ? null : /^([A-Z]{1,3})(\d+)$/i.exec(ref);
  if (!match) return undefined;
  return { row: Number(match[2]), column: columnNumber(match[1]!) };
}

/**
 * The most rows procmap reads in one sheet: a province's catalog has some 2,000 procedures, the national one some
 * 6,500, a step table tens of rows. Beyond it the sheet is refused before exceljs, which took six minutes and 2.7 GB
 * for a million one-cell rows (and the import then said a line per row).
 */
export const MAX_SHEET_ROWS = 10_000;

/**
 * The last row of a sheet in Excel (and LibreOffice): a sheet reaching past it was written by no spreadsheet
 * application, and Excel cannot open it whole; a program that exports past it writes more rows than a sheet holds.
 */
export const EXCEL_ROWS = 1_048_576;

/**
 * What a sheet's scan found first: more rows than procmap reads, a cell longer than allowed, or one whose shared
 * string cannot be read.
 */
type CellFault =
  | { kind: 'rows'; count: number }
  | { kind: 'pastExcel'; row: number; cell?: string }
  | { kind: 'long'; cell: string; length: number }
  | { kind: 'missing'; cell: string; index: string }
  | { kind: 'formula'; cell: string }
  | ExtentFault;

/**
 * The first cell of a sheet whose text is longer than `max`, or whose shared string is none of the workbook's (an
 * index out of range, -1, not a number) or is a formula's value: exceljs read the first as "Cannot read properties
 * of undefined (reading 'richText')", and took the second's index ("25") for its text.
 */
async function cellFault(
  zip: JSZip,
  part: string,
  shared: readonly number[],
  max: number,
  maxRows: number,
): Promise<{ fault: CellFault | undefined; unreferenced: boolean }> {
  // Only a sheet read whole (import) is bounded in its reach: the streaming reader of dossiers holds a row at a time.
  const extent = Number.isFinite(maxRows) ? new SheetExtent(maxRows) : undefined;
  let row = 0;
  let rows = 0;
  let column = 0;
  let type = '';
  let length = 0;
  let formula = false;
  let index = '';
  // Inside a cell's value (`v`: a number, a shared string's index, a formula's text) or its inline text (`is`/`t`).
  let value = 0;
  let found: CellFault | undefined;
  // A row or a cell written without its reference (cell-refs.ts gives it one): seen in this pass, so that the sheet
  // is not inflated a second time to look for one (a second of a 56 MB sheet's import).
  let unreferenced = false;
  const parser = new SaxesParser();
  parser.on('opentag', ({ name, attributes }) => {
    const tag = local(name);
    if ((tag === 'row' || tag === 'c') && attributes.r === undefined) unreferenced = true;
    if (tag === 'row') {
      rows++;
      row = Number(attributes.r) || row + 1;
      column = 0;
      extent?.row(row);
    } else if (tag === 'c') {
      const at = cellAt(attributes.r);
      if (at) ({ row, column } = at);
      else column++;
      if (row > EXCEL_ROWS) found ??= { kind: 'pastExcel', row, cell: cellName(row, column) };
      extent?.cell(row, column);
      type = attributes.t ?? '';
      length = 0;
      formula = false;
      index = '';
    } else if (tag === 'f') formula = true;
    else if (tag === 'mergeCell' && attributes.ref !== undefined) extent?.merge(attributes.ref);
    else if (tag === 'v' || (tag === 't' && type === 'inlineStr')) value++;
  });
  parser.on('text', (chunk) => {
    if (value === 0) return;
    // A shared string's cell holds its index, read whole at the value's end: its length is the string's.
    if (type === 's') index = (index + chunk).slice(0, 24);
    else length += chunk.length;
  });
  parser.on('closetag', ({ name }) => {
    const tag = local(name);
    if (tag === 'v' && type === 's' && value === 1) {
      const at = index.trim();
      const known = /^\d{1,9}$/.test(at) ? shared[Number(at)] : undefined;
      if (formula) found ??= { kind: 'formula', cell: cellName(row, column) };
      else if (known === undefined) found ??= { kind: 'missing', cell: cellName(row, column), index: at };
      else length = known;
    }
    if (tag === 'v' || (tag === 't' && type === 'inlineStr')) value--;
    if (tag === 'row') extent?.rowEnd();
    // A row past Excel's last without a cell to name (a cell names it first).
    if (tag === 'row' && row > EXCEL_ROWS) found ??= { kind: 'pastExcel', row };
    if (tag === 'c' && length > max) found ??= { kind: 'long', cell: cellName(row, column), length };
  });
  await parse(zip, part, parser);
  // A count of rows past the limit says the most; a row or a merged range far down, where it is.
  const fault = rows > maxRows ? { kind: 'rows' as const, count: rows } : (extent?.result() ?? found);
  return { fault, unreferenced };
}

/** The words for a sheet that reaches past what procmap reads, or merges what it cannot read; undefined for another fault. */
function extentFault(sheet: string, fault: CellFault, maxRows: number): Translated | undefined {
  const number = (n: number) => ({ en: n.toLocaleString('en-US'), vi: n.toLocaleString('vi-VN') });
  const last = columnLetters(MAX_SHEET_COLUMNS);
  switch (fault.kind) {
    case 'farRow': {
      const place = fault.cell
        ? { en: `cell ${fault.cell}`, vi: `ô ${fault.cell}` }
        : { en: 'an empty row', vi: 'một dòng trống' };
      return said('farRow', { sheet, place, row: number(fault.row), max: number(maxRows) });
    }
    case 'farColumn':
      return said('farColumn', {
        sheet,
        cell: fault.cell,
        column: number(fault.column),
        max: number(MAX_SHEET_COLUMNS),
        last,
      });
    case 'farMerge':
      return said('farMerge', { sheet, range: fault.range, rows: number(maxRows), last });
    case 'manyMerges':
      return said('manyMerges', { sheet, count: number(fault.count), max: number(MAX_SHEET_MERGES) });
    case 'mergeOverlap':
      return said('mergeOverlap', { sheet, first: fault.first, second: fault.second });
    default:
      return undefined;
  }
}

/**
 * Refuses (SheetError, in words) a workbook with a sheet of more than `maxRows` rows (an import's MAX_SHEET_ROWS;
 * a dossier export has no such limit), a cell longer than a procedure's text may be, or with a shared
 * string it does not hold (cellFault), naming its sheet and cell. Read as the parts stream, before exceljs, which takes 20 seconds and 700 MB for a cell of 8 million
 * characters that no procedure could hold. Gives back the sheets with a row or a cell written without its reference,
 * for withSheetRefs (cell-refs.ts) to mend.
 */
export async function checkCellLengths(
  zip: JSZip,
  { sheets, sharedStrings }: WorkbookParts,
  maxRows = Infinity,
): Promise<SheetPart[]> {
  const max = LIMITS.maxTextLength;
  const shared = sharedStrings ? await sharedLengths(zip, sharedStrings) : [];
  const unreferenced: SheetPart[] = [];
  for (const sheet of sheets) {
    const scanned = await cellFault(zip, sheet.part, shared, max, maxRows);
    if (scanned.unreferenced) unreferenced.push(sheet);
    const { fault } = scanned;
    if (!fault) continue;
    const number = (n: number) => ({ en: n.toLocaleString('en-US'), vi: n.toLocaleString('vi-VN') });
    if (fault.kind === 'rows')
      throw new SheetError(
        said('tooManyRows', { sheet: sheet.name, count: number(fault.count), max: number(maxRows) }),
      );
    // Refused for its size: the CSV the same software exports has no such limit (ontime says so).
    if (fault.kind === 'pastExcel') {
      const place = fault.cell ? { en: ` (cell ${fault.cell})`, vi: ` (ô ${fault.cell})` } : { en: '', vi: '' };
      const data = { sheet: sheet.name, place, row: number(fault.row), max: number(EXCEL_ROWS) };
      throw new SheetError(said('pastExcelRows', data), true);
    }
    const extent = extentFault(sheet.name, fault, maxRows);
    if (extent) throw new SheetError(extent);
    // What is left is a cell's own fault: its shared string, or its length.
    const at = fault as Exclude<CellFault, ExtentFault | { kind: 'rows' } | { kind: 'pastExcel' }>;
    const { cell } = at;
    if (at.kind === 'formula') throw new SheetError(said('sharedStringFormula', { sheet: sheet.name, cell }));
    if (at.kind === 'missing')
      throw new SheetError(
        said('sharedStringMissing', {
          sheet: sheet.name,
          cell,
          index: quoted(at.index),
          count: number(shared.length),
        }),
      );
    throw new SheetError(
      said('cellTooLongAt', { sheet: sheet.name, cell, length: number(at.length), max: number(max) }),
    );
  }
  return unreferenced;
}
