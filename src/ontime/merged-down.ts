/**
 * Cells merged down in a dossier sheet: a procedure code, an agency or a date written once over the rows of several
 * dossiers. A streamed sheet gives the value to the range's first row only, and lists its merged ranges after its
 * rows, so the ranges are read from the sheet's XML first and each row is given its range's value as it streams.
 */
import { SheetError } from '../interchange/read-error.js';
import type { Cell } from './cells.js';
import { columnNumber } from '../interchange/cell-names.js';

// More ranges merged down than a sheet of Excel's 1,048,576 rows has dossiers: no export, and memory for nothing.
const MAX_MERGES = 1_000_000;

// Too many ranges merged down to hold.
const TOO_MANY_MERGES = {
  en: `its first sheet has more than ${MAX_MERGES.toLocaleString('en-US')} cells merged over several rows, more than procmap reads`,
  vi: `trang tính đầu tiên có hơn ${MAX_MERGES.toLocaleString('vi-VN')} ô gộp qua nhiều dòng, nhiều hơn mức procmap đọc`,
};

// `<mergeCell ref="A2:A4"/>`, with or without a namespace prefix; `mergeCells` (the list) is not one.
const MERGE_CELL =
  /<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?[A-Za-z]{1,3}\$?(\d{1,7})["']/g;
const WORD = 'mergeCell';
// Longer than any `<mergeCell …>` element: what of a chunk's end is kept to find one cut between chunks.
const TAIL = 512;

/** Finds, in a sheet's XML as it inflates, the ranges merged over more than one row. */
export class MergeScanner {
  private tail = '';
  // [top row, bottom row, 0-based column] for each range, flat.
  private readonly ranges: number[] = [];

  /** Reads the next chunk of the sheet's XML; throws SheetError past the ranges it holds. */
  push(chunk: Buffer): void {
    const head = this.tail + chunk.toString('latin1', 0, Math.min(chunk.length, TAIL));
    // Most of a sheet is its rows: a chunk without the word is not turned into text.
    if (!head.includes(WORD) && !chunk.includes(WORD)) {
      const end = chunk.toString('latin1', Math.max(0, chunk.length - TAIL));
      this.tail = chunk.length >= TAIL ? end : (this.tail + end).slice(-TAIL);
      return;
    }
    const text = this.tail + chunk.toString('latin1');
    let end = 0;
    for (const match of text.matchAll(MERGE_CELL)) {
      end = match.index + match[0].length;
      const top = Number(match[2]);
      const bottom = Number(match[3]);
      if (bottom <= top) continue;
      if (this.ranges.length / 3 >= MAX_MERGES) throw new SheetError(TOO_MANY_MERGES);
      this.ranges.push(top, bottom, columnNumber(match[1]!) - 1);
    }
    this.tail = text.slice(Math.max(end, text.length - TAIL));
  }

  /** The ranges found, ready to fill rows with. */
  merges(): MergedDown | undefined {
    return this.ranges.length === 0 ? undefined : new MergedDown(this.ranges);
  }
}

/** Gives each row of a streamed sheet, in order, the values of the ranges merged down over it. */
export class MergedDown {
  // Range indexes by top row.
  private readonly order: number[];
  private next = 0;
  // The open ranges by column: the value of their first row, and their last row.
  private readonly open = new Map<number, { value: Cell; bottom: number }>();

  constructor(private readonly ranges: readonly number[]) {
    this.order = Array.from({ length: ranges.length / 3 }, (_, i) => i).sort((a, b) => ranges[a * 3]! - ranges[b * 3]!);
  }

  /** Fills the empty cells of row `row` (1-based, rows in increasing order) under a range that began above. */
  fill(row: number, values: Cell[]): void {
    while (this.next < this.order.length && this.ranges[this.order[this.next]! * 3]! <= row) {
      const at = this.order[this.next++]! * 3;
      // A range whose first row was empty, and so never streamed, has no value to give.
      if (this.ranges[at] === row)
        this.open.set(this.ranges[at + 2]!, { value: values[this.ranges[at + 2]!], bottom: this.ranges[at + 1]! });
    }
    for (const [column, range] of this.open) {
      if (range.bottom < row) this.open.delete(column);
      else if (values[column] === undefined || values[column] === null || values[column] === '')
        values[column] = range.value;
    }
  }
}
