// How far a sheet reaches and what it merges, read tag by tag as its XML streams (workbook-parts.ts): exceljs makes
// an object for every row up to the last one named, every cell up to a row's last column, and every cell of a merged
// range, whatever the file's size. A 17 KB workbook that merges A5:XFD1048576 took it past 4 GB.
import { columnLetters, columnNumber } from './cell-names.js';

/**
 * The most columns procmap reads in a sheet: its own export writes 33 at most, a province's catalog a few dozen;
 * Excel's last column, XFD, is 16,384. exceljs holds every cell of a row up to its last: 10,000 rows reaching column
 * IV (256) took 800 MB and a minute, to CV (100) a third of that.
 */
export const MAX_SHEET_COLUMNS = 100;

/**
 * The most merged ranges procmap reads in a sheet: a catalog merges a few cells per procedure (2,000 procedures, five
 * each). exceljs checks each range against every range before it, so the time grows as their number squared: 5,000
 * took 3.1 s of CPU (119 MB peak), 10,000 11 s (127 MB), 19,999 took 51 s (156 MB), under the old cap of 20,000 (docs/import.md).
 */
export const MAX_SHEET_MERGES = 10_000;

/** A place in a sheet past what procmap reads, or merged ranges it cannot read, as the scan found it first. */
export type ExtentFault =
  | { kind: 'farRow'; row: number; cell?: string }
  | { kind: 'farColumn'; cell: string; column: number }
  | { kind: 'farMerge'; range: string }
  | { kind: 'manyMerges'; count: number }
  | { kind: 'mergeOverlap'; first: string; second: string };

/** A range's corners, 1-based, and how the sheet wrote it. */
interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
  ref: string;
}

// `B2` or `$B$2`; a range's two corners are read apart.
const CORNER = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** A merged range (`A5:C7`, or one cell `A5`), its corners in order, or undefined for what names no cells. */
function rangeOf(ref: string): Range | undefined {
  const [from = '', to = from, ...more] = ref.trim().split(':');
  const a = CORNER.exec(from);
  const b = CORNER.exec(to);
  if (!a || !b || more.length > 0) return undefined;
  const [r1, r2] = [Number(a[2]), Number(b[2])];
  const [c1, c2] = [columnNumber(a[1]!), columnNumber(b[1]!)];
  return {
    top: Math.min(r1, r2),
    bottom: Math.max(r1, r2),
    left: Math.min(c1, c2),
    right: Math.max(c1, c2),
    ref: ref.trim().replace(/\$/g, '').toUpperCase(),
  };
}

/**
 * The first of a sheet's merged ranges that shares a cell with another: Excel never writes one, and exceljs stops
 * at it in English ("Cannot merge already merged cells"). Ranges sorted by their top row: those still open at a
 * range's top row all hold that row, so they are at most a row's columns, each compared once.
 */
function overlap(ranges: Range[]): [Range, Range] | undefined {
  const sorted = [...ranges].sort((a, b) => a.top - b.top || a.left - b.left);
  let open: Range[] = [];
  for (const range of sorted) {
    open = open.filter((o) => o.bottom >= range.top);
    const other = open.find((o) => o.left <= range.right && range.left <= o.right);
    if (other) return [other, range];
    open.push(range);
  }
  return undefined;
}

/** Gathers a sheet's reach (its rows' and cells' numbers) and merged ranges, and says the first that is too far. */
export class SheetExtent {
  private fault: ExtentFault | undefined;
  private readonly merges: Range[] = [];
  private mergeCount = 0;

  constructor(
    private readonly maxRows: number,
    private readonly maxColumns = MAX_SHEET_COLUMNS,
  ) {}

  // A row far down, told as a row only if it holds no cell to name.
  private farRow: number | undefined;

  /** A `<row r>` (its number): a row far down makes exceljs hold every row above it, an empty one too. */
  row(row: number): void {
    if (row > this.maxRows) this.farRow = row;
  }

  /** The end of a row (`</row>`, or `<row/>`). */
  rowEnd(): void {
    if (this.farRow !== undefined) this.fault ??= { kind: 'farRow', row: this.farRow };
    this.farRow = undefined;
  }

  /** A cell at `row` and `column`. */
  cell(row: number, column: number): void {
    if (row <= this.maxRows && column <= this.maxColumns) return;
    // Named only when too far: a sheet of a million cells is not a million names.
    const cell = `${columnLetters(column)}${row}`;
    if (row > this.maxRows) this.fault ??= { kind: 'farRow', row, cell };
    if (column > this.maxColumns) this.fault ??= { kind: 'farColumn', cell, column };
  }

  /** A `<mergeCell ref>`. */
  merge(ref: string): void {
    const range = rangeOf(ref);
    if (!range) return;
    if (range.bottom > this.maxRows || range.right > this.maxColumns)
      this.fault ??= { kind: 'farMerge', range: range.ref };
    // Counted past the limit without being held: the refusal says how many there are.
    if (++this.mergeCount <= MAX_SHEET_MERGES) this.merges.push(range);
  }

  /** The first fault found, once the whole sheet is read. */
  result(): ExtentFault | undefined {
    if (this.fault) return this.fault;
    if (this.mergeCount > MAX_SHEET_MERGES) return { kind: 'manyMerges', count: this.mergeCount };
    const both = overlap(this.merges);
    return both && { kind: 'mergeOverlap', first: both[0].ref, second: both[1].ref };
  }
}
