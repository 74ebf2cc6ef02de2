/** Reading dossier exports from disk as streams of records: CSV (any UTF), JSON (list or lines) and XLSX. */
import { utf8WorkbookReader } from './utf8-workbook-reader.js';
import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { cellText, formulaErrorCell, formulaErrorOf, type Cell } from '../ontime/cells.js';
import { columnLetters } from '../interchange/cell-names.js';
import { exceljsDateShiftMs } from '../time/excel-serial.js';
import { CsvParser, type HeaderTest } from '../ontime/csv.js';
import { JsonRecordError, JsonRecordParser, MAX_JSON_KEYS } from '../ontime/json-records.js';
import { HiddenRowScanner } from '../ontime/hidden-rows.js';
import { MergeScanner, type MergedDown } from '../ontime/merged-down.js';
import { TITLE_ROWS, type CellRecord } from '../ontime/measure.js';
import { inRunFolder } from './run-context.js';
import { SheetError } from '../interchange/read-error.js';
import { cellPlace, LegacyTextCheck } from '../interchange/legacy-text.js';
import { said } from '../interchange/import-messages.js';
import { CsvTextDecoder, type TextFileKind } from '../interchange/text-encoding.js';
import type { Translated } from '../i18n.js';
import type { ZipLimits } from '../interchange/zip-parts.js';

/** The kinds of export procmap reads. */
export type DossierFileKind = 'csv' | 'json' | 'xlsx';

const CHUNK = 1 << 16;

/** The kind of a dossier file, by its extension, else by its first bytes (`PK` zip, `[` or `{` JSON). */
export function dossierFileKind(path: string): DossierFileKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') return 'json';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  const head = Buffer.alloc(16);
  const fd = openSync(inRunFolder(path), 'r');
  let read: number;
  try {
    read = readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (read >= 2 && head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  const text = head
    .subarray(0, read)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return text.startsWith('[') || text.startsWith('{') ? 'json' : 'csv';
}

/**
 * Text chunks of a file, decoded as UTF-16 when it starts with a UTF-16 byte order mark, else UTF-8; bytes of any
 * other encoding (Windows-1258, TCVN3, VNI) are refused (EncodingError), with what to save instead for the kind of
 * file, rather than read as other letters.
 */
async function* textChunks(path: string, kind: TextFileKind): AsyncGenerator<string> {
  const decoder = new CsvTextDecoder(kind);
  for await (const chunk of createReadStream(inRunFolder(path), { highWaterMark: CHUNK })) {
    const text = decoder.write(chunk as Buffer);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * Refuses (EncodingError) records whose texts were typed in a TCVN3 or VNI font, which a file in UTF-8 holds as other
 * letters: measured, a procedure's name or a unit would be read as those letters. `place` words a cell's place.
 */
function checkTexts(
  check: LegacyTextCheck,
  records: readonly CellRecord[],
  place: (row: number, column: number) => Translated,
): void {
  for (const { row, values } of records)
    for (const [column, value] of values.entries())
      if (typeof value === 'string') check.push({ text: value, where: () => place(row, column) });
}

async function* csvRecords(path: string, isHeader?: HeaderTest): AsyncGenerator<CellRecord[]> {
  const parser = new CsvParser(isHeader);
  const check = new LegacyTextCheck('report');
  // A record's row is the spreadsheet's, as the file's cells are named (C2).
  const place = (row: number, column: number) => cellPlace(undefined, row - 1, column);
  for await (const text of textChunks(path, 'csv')) {
    const records = parser.push(text);
    checkTexts(check, records, place);
    if (records.length > 0) yield records;
  }
  const last = parser.end();
  checkTexts(check, last, place);
  yield last;
}

/** The refusal of a JSON export whose dossiers have more keys between them than a table has columns. */
function tooManyKeys(row: number): JsonRecordError {
  const en = MAX_JSON_KEYS.toLocaleString('en-US');
  const vi = MAX_JSON_KEYS.toLocaleString('vi-VN');
  return new JsonRecordError(row, {
    en: `the dossiers have more than ${en} different keys between them, more columns than a table holds: an export's dossiers share their keys ("Mã thủ tục", "Ngày tiếp nhận", …); export the dossiers again, each with the same fields`,
    vi: `các hồ sơ có tổng cộng hơn ${vi} khóa khác nhau, nhiều hơn số cột của một bảng: các hồ sơ của một tệp xuất dùng chung các khóa ("Mã thủ tục", "Ngày tiếp nhận", …); hãy xuất lại hồ sơ, mỗi hồ sơ cùng các trường`,
  });
}

function jsonMode(path: string): 'document' | 'lines' {
  return /\.(jsonl|ndjson)$/i.test(path) ? 'lines' : 'document';
}

/**
 * Every key of a JSON export's records, in the order each first appears. Vendor APIs leave out empty fields, so the
 * first record alone (a dossier still in progress, without its result date) does not name every column.
 */
async function jsonKeys(path: string): Promise<string[]> {
  const parser = new JsonRecordParser(jsonMode(path));
  const keys = new Set<string>();
  for await (const text of textChunks(path, 'json'))
    for (const { row, value } of parser.push(text)) {
      for (const key of Object.keys(value)) keys.add(key);
      if (keys.size > MAX_JSON_KEYS) throw tooManyKeys(row);
    }
  parser.end();
  return [...keys];
}

// Read twice, once for the keys and once for the records, so that a year of dossiers never sits in memory.
async function* jsonRecords(path: string): AsyncGenerator<CellRecord[]> {
  const keys = await jsonKeys(path);
  const parser = new JsonRecordParser(jsonMode(path));
  const check = new LegacyTextCheck('report');
  // A record's row is the line it starts on; its cells are the values of its keys.
  const place = (line: number, column: number) => said('jsonField', { line, key: keys[column]! });
  let header = false;
  for await (const text of textChunks(path, 'json')) {
    const objects = parser.push(text);
    if (objects.length === 0) continue;
    const batch: CellRecord[] = [];
    if (!header) {
      batch.push({ row: 0, values: keys });
      header = true;
    }
    const records = objects.map(({ row, value }) => ({ row, values: keys.map((key) => value[key] as Cell) }));
    checkTexts(check, records, place);
    batch.push(...records);
    yield batch;
  }
  parser.end();
}

// A spreadsheet cell as exceljs hands it over: rich text, formulas and hyperlinks become their text or result. A
// formula's error (#VALUE!, #REF!) is kept with its column's letters: dropped, a date cell holding one read as empty,
// "no received date", where the officer has a formula to mend. The streaming reader gives a formula whose result is
// an error no result at all (nor one never calculated): its error is not known, only that it gives no value.
function plainCell(value: unknown, column: number, shift = 0): Cell {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return shift === 0 ? value : new Date(value.getTime() + shift);
  if (typeof value !== 'object') return value as Cell;
  const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
  if ('result' in v) return plainCell(v.result, column, shift);
  if (typeof v.error === 'string') return formulaErrorCell(v.error, columnLetters(column));
  if ('formula' in v || 'sharedFormula' in v) return formulaErrorCell('', columnLetters(column));
  if (typeof v.text === 'string') return v.text;
  return undefined;
}

const MIB = 1024 * 1024;

// exceljs's streaming reader keeps every distinct text of a workbook (its shared strings) in memory, and copies a
// sheet stored before them to a temporary file: a small file could unpack to gigabytes of either. The largest sheet
// Excel writes (1,048,576 rows) of an export with three distinct texts per dossier holds about 190 MiB of shared
// strings and 210 MiB of sheet; the limits leave room for that, and CSV has none.
const MAX_FILE_BYTES = 512 * MIB;
const DOSSIER_WORKBOOK: ZipLimits = {
  part: (name) => (name === 'xl/sharedStrings.xml' ? 256 * MIB : 1024 * MIB),
  total: 2048 * MIB,
};

/** What procmap knows of a dossier workbook before exceljs streams it. */
interface DossierWorkbook {
  /** The cells merged down in each sheet, by its name. */
  merged: Map<string, MergedDown>;
  /** The rows hidden (by hand or by a filter) in each sheet, by its name. */
  hiddenRows: Map<string, ReadonlySet<number>>;
  /** How many sheets the workbook has. */
  sheets: number;
  /** Whether its dates count from 1904 (workbook-parts.ts reads `date1904` as "1" or "true"). */
  date1904: boolean;
  ordered: Readable;
}

/**
 * Refuses (SheetError) a dossier workbook that would unpack past DOSSIER_WORKBOOK's limits, before exceljs reads it;
 * then finds the cells merged down in the sheet read, which the streaming reader leaves empty below their first row,
 * and gives the workbook's parts in the order that reader needs them (workbook-order.ts).
 */
async function checkDossierWorkbook(path: string): Promise<DossierWorkbook | undefined> {
  if ((await stat(path)).size > MAX_FILE_BYTES)
    throw new SheetError(
      {
        en: `the file is larger than procmap reads as a workbook (${MAX_FILE_BYTES / MIB} MiB)`,
        vi: `tệp lớn hơn mức procmap đọc như sổ tính (${MAX_FILE_BYTES / MIB} MiB)`,
      },
      true,
    );
  const [
    { default: JSZip },
    { checkZipEntries, checkZipParts, partChunks },
    { checkCellLengths, wholeWorkbook },
    { inReadingOrder },
    { notPackageWords },
  ] = await Promise.all([
    import('jszip'),
    import('../interchange/zip-parts.js'),
    import('../interchange/workbook-parts.js'),
    import('./workbook-order.js'),
    import('../interchange/office-container.js'),
  ]);
  const data = await readFile(path);
  // A workbook protected with a password is no zip: said so, not that the file is damaged.
  const compound = notPackageWords(data, 'workbook');
  if (compound) throw new SheetError(compound);
  checkZipEntries(data);
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    // Not a zip: exceljs says so, in the words it has always used.
    return undefined;
  }
  await checkZipParts(zip, Object.keys(zip.files), DOSSIER_WORKBOOK);
  // As import checks a workbook (workbook-parts.ts): exceljs's reader goes on without a sheet or the shared strings
  // the workbook names, and reads a Word document named .xlsx as a workbook of no rows. Every sheet is checked for
  // an overlong cell: any of them may be the one whose header names the dossier columns.
  const parts = await wholeWorkbook(zip);
  await checkCellLengths(zip, parts);
  const merged = new Map<string, MergedDown>();
  const hiddenRows = new Map<string, ReadonlySet<number>>();
  for (const { name, part } of parts.sheets) {
    const scanner = new MergeScanner();
    const hiding = new HiddenRowScanner();
    for await (const chunk of partChunks(zip, part)) {
      scanner.push(chunk);
      hiding.push(chunk);
    }
    const merges = scanner.merges();
    if (merges) merged.set(name, merges);
    const hidden = hiding.hidden();
    if (hidden) hiddenRows.set(name, hidden);
  }
  return {
    merged,
    hiddenRows,
    sheets: parts.sheets.length,
    date1904: parts.date1904 === true,
    ordered: inReadingOrder(zip),
  };
}

async function* xlsxRecords(
  path: string,
  isHeader?: HeaderTest,
  looked?: string[],
  hidden?: string[],
): AsyncGenerator<CellRecord[]> {
  try {
    yield* xlsxRows(path, isHeader, looked, hidden);
  } catch (error) {
    if (error instanceof SheetError || (error as NodeJS.ErrnoException).code !== undefined) throw error;
    // exceljs's words ("2:158: undefined entity") do not say which part of the workbook: the part that is no XML does.
    const [{ default: JSZip }, { malformedXmlPart }] = await Promise.all([
      import('jszip'),
      import('../interchange/zip-parts.js'),
    ]);
    const zip = await JSZip.loadAsync(await readFile(inRunFolder(path))).catch(() => undefined);
    const malformed = zip && (await malformedXmlPart(zip));
    if (malformed?.doctype) throw new SheetError(said('declaresEntities', { part: malformed.part, app: 'Excel' }));
    if (malformed) throw new Error(`${malformed.part}: ${malformed.detail}`, { cause: error });
    throw error;
  }
}

// The rows of a sheet looked through for its header: a report's title block above it, and a header over two rows.
const HEADER_ROWS = TITLE_ROWS + 2;

/** Whether `isHeader` finds a header among a sheet's first records: one alone, or one with the record below it. */
function hasHeader(records: readonly CellRecord[], isHeader: HeaderTest): boolean {
  const texts = records.map((record) => record.values.map(cellText));
  return texts.some(
    (cells, i) =>
      isHeader(cells) || (i > 0 && records[i - 1]!.row + 1 === records[i]!.row && isHeader(texts[i - 1]!, cells)),
  );
}

/**
 * The records of every sheet whose header names the dossier columns (`isHeader`), each record naming its sheet when
 * the workbook has more than one: an office's export of a year may put each month on a sheet of its own ("Tháng 1",
 * "Tháng 2", …). Sheets without such a header (a cover, a summary, a chart) are passed over; hidden sheets with one
 * are read like any other, their names given to `hidden`. Without
 * `isHeader`, the first sheet's records. When no sheet has such a header, the first with rows is read, and `looked` is
 * given the names of the sheets looked through.
 */
async function* xlsxRows(
  path: string,
  isHeader?: HeaderTest,
  looked?: string[],
  hidden?: string[],
): AsyncGenerator<CellRecord[]> {
  // An empty file has no rows, which the caller says in words; exceljs would say "FILE_ENDED".
  if ((await stat(inRunFolder(path))).size === 0) return;
  const {
    merged,
    hiddenRows,
    ordered,
    sheets = 1,
    date1904 = false,
  } = (await checkDossierWorkbook(inRunFolder(path))) ?? {};
  const { default: ExcelJS } = await import('exceljs');
  const reader = utf8WorkbookReader(ExcelJS, ordered ?? inRunFolder(path), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  const names: string[] = [];
  let fallback: { records: CellRecord[]; check: () => void } | undefined;
  let read = false;
  for await (const sheet of reader) {
    const check = new LegacyTextCheck('report');
    // exceljs's reader names the sheet from the workbook's part (read first, workbook-order.ts), and types no name;
    // its state ("hidden", "veryHidden") comes from the same part.
    const { name, state } = sheet as unknown as { name: string; state?: string };
    const isHidden = state === 'hidden' || state === 'veryHidden';
    names.push(name);
    const place = (row: number, column: number) => cellPlace(name, row - 1, column);
    // Each record names its sheet, so that a row is found again among sheets numbered each from 1.
    const onSheet = sheets > 1 ? { sheet: name } : {};
    // A date exceljs read from the 1900 system in a workbook of 1904 (date1904="true", as LibreOffice writes it) is
    // moved to its day; a bare number in a date column is counted from 1904 when its row is measured (measure.ts).
    const { properties } = reader as unknown as { properties?: { model?: { date1904?: boolean } } };
    const shift = exceljsDateShiftMs(date1904, properties?.model?.date1904 === true);
    const dates = date1904 ? { date1904: true as const } : {};
    // Its first records are held until its header is found among them, or they are too many to lie above one; the
    // rest of a sheet without the header is read past (exceljs's reader gives the next sheet after this one's rows).
    let phase: 'looking' | 'reading' | 'passing' = 'looking';
    const head: CellRecord[] = [];
    let batch: CellRecord[] = [];
    for await (const row of sheet) {
      if (phase === 'passing') continue;
      // exceljs rows are 1-based sparse arrays.
      const values = (row.values as unknown[]).slice(1).map((value, i) => plainCell(value, i + 1, shift));
      // Formulas dragged down past the last dossier give errors on blank rows: such a row is no dossier either.
      if (values.every((v) => v === undefined || v === '' || formulaErrorOf(v) !== undefined)) continue;
      // A procedure code merged over its dossiers' rows is each one's code, as import reads it.
      merged?.get(name)?.fill(row.number, values);
      // A row the officer hid is measured all the same, and marked, so that the report says how many it counted.
      const hiddenRow = hiddenRows?.get(name)?.has(row.number) ? { hidden: true as const } : {};
      const record: CellRecord = { row: row.number, values, ...onSheet, ...dates, ...hiddenRow };
      if (phase === 'looking') {
        head.push(record);
        if (isHeader === undefined || hasHeader(head, isHeader)) {
          // Dossiers an officer hid (a month to filter the view, a ward's) are measured as hidden rows are (docs/ontime.md),
          // and the sheet named: else a late dossier could drop out of the rate unseen.
          if (isHidden) hidden?.push(name);
          phase = 'reading';
          checkTexts(check, head, place);
          batch = head;
        } else if (head.length >= HEADER_ROWS) phase = 'passing';
        continue;
      }
      checkTexts(check, [record], place);
      batch.push(record);
      if (batch.length >= 1000) {
        yield batch;
        batch = [];
      }
    }
    if (phase === 'reading') {
      if (batch.length > 0) yield batch;
      read = true;
      // Without a header to find, the first sheet is the table.
      if (isHeader === undefined) return;
      continue;
    }
    if (head.length > 0) fallback ??= { records: head, check: () => checkTexts(check, head, place) };
  }
  if (read) return;
  if (names.length > 1) looked?.push(...names);
  // No sheet has the header: the first with rows is measured as before, which names the columns it lacks.
  if (fallback !== undefined) {
    fallback.check();
    yield fallback.records;
  }
}

/**
 * The records of a dossier file, streamed in batches; the first record is the header, or title rows above it.
 * `isHeader` recognises the header, so that a CSV's delimiter is found from it rather than from a title line. A
 * workbook's records name their sheet when it has several (each sheet's first record is its header); `hidden` is
 * given the names of hidden sheets whose dossiers were read.
 */
export function dossierRecords(
  path: string,
  kind: DossierFileKind = dossierFileKind(path),
  isHeader?: HeaderTest,
  looked?: string[],
  hidden?: string[],
): AsyncIterable<CellRecord[]> {
  if (kind === 'xlsx') return xlsxRecords(path, isHeader, looked, hidden);
  if (kind === 'json') return jsonRecords(path);
  return csvRecords(path, isHeader);
}
