/**
 * A streaming CSV reader for dossier exports: RFC 4180 quoting, `,` `;` or tab found from the header line (past a
 * report's title lines), BOM dropped.
 */

import type { Lang } from '../i18n.js';
import { MAX_DOSSIER_ROWS, tooManyRows } from './row-ceiling.js';

/** One record of a table: its row number as a spreadsheet shows it (the header is row 1) and its cells. */
export interface TableRecord {
  row: number;
  values: string[];
  /** A record longer than any dossier, passed over unread (its cells are not kept): listed as a row not measured. */
  tooLong?: true;
}

/**
 * A CSV record longer than this is no dossier: it is passed over without being held (`tooLong`), and a first line
 * that long, or a quote that never closes, stops the reading.
 */
export const MAX_RECORD_CHARS = 1_000_000;

// Where a record passed over stands, read a character at a time: at a cell's start, in a cell without quotes, in a
// quoted cell, just after a quote in a quoted cell (closing it, or the first of ""), just after a CR ending it.
const enum Skip {
  CellStart,
  Plain,
  Quoted,
  QuoteInQuoted,
  AfterCr,
}

// The ceiling of rows, shared with the JSON reader (row-ceiling.ts): re-exported for the readers' callers.
export { MAX_DOSSIER_ROWS };

/** Whether cells are a table's header, alone or with the row `below` them (a header over two rows). */
export type HeaderTest = (cells: string[], below?: string[]) => boolean;

/** The file's quoting never closes (everything after a stray quote would be one cell), or it is too long to read. */
export class CsvError extends Error {
  override name = 'CsvError';
  /**
   * `long`: a record over MAX_RECORD_CHARS with no end in sight; `rows`: more rows than MAX_DOSSIER_ROWS; else a
   * quote that never closes.
   */
  constructor(
    readonly row: number,
    readonly reason: 'quote' | 'long' | 'rows' = 'quote',
  ) {
    super(CsvError.words(row, reason, 'en'));
  }

  /** The message in a language. */
  text(lang: Lang): string {
    return CsvError.words(this.row, this.reason, lang);
  }

  private static words(row: number, reason: 'quote' | 'long' | 'rows', lang: Lang): string {
    const number = (n: number) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');
    // The row refused is the first past the ceiling.
    if (reason === 'rows') return tooManyRows(row - 1)[lang];
    if (reason === 'long')
      return lang === 'vi'
        ? `dòng ${row} dài hơn ${number(MAX_RECORD_CHARS)} ký tự: không tệp xuất nào có dòng dài như vậy`
        : `line ${row} is longer than ${number(MAX_RECORD_CHARS)} characters: no export has rows that long`;
    return lang === 'vi'
      ? `dấu ngoặc kép mở ở dòng ${row} không bao giờ đóng`
      : `a quote opened on line ${row} never closes`;
  }
}

const QUOTE = 34;
const DELIMITERS = [44, 59, 9]; // , ; tab
const LF = 10;
const CR = 13;

// ="…", as software writes a cell for Excel to keep as text (a dossier number's leading zeros, a code's trailing ones,
// a date not turned into a number): Excel shows the text alone, "" inside it one quote. Any other formula stays as written.
const EXCEL_TEXT = /^="((?:[^"]|"")*)"$/;

/** A cell's text, ="…" read as Excel reads it. */
function excelText(value: string): string {
  if (value.charCodeAt(0) !== 61) return value;
  const text = EXCEL_TEXT.exec(value);
  return text === null ? value : text[1]!.replaceAll('""', '"');
}

function guessDelimiter(firstLine: string): number {
  let best = 44; // ,
  let bestCount = -1;
  for (const code of DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (let i = 0; i < firstLine.length; i++) {
      const c = firstLine.charCodeAt(i);
      if (c === QUOTE) quoted = !quoted;
      else if (c === code && !quoted) count++;
    }
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}

// Lines searched for the header: a report's title lines above it (as many as measureTable reads past) and itself.
const HEADER_LINES = 11;

/** The cells of a line split at a delimiter outside quotes, unquoted and trimmed: enough to recognise a header. */
function headerCells(line: string, delimiter: number): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (c === delimiter && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += line[i];
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * The delimiter of the first of `lines` that `isHeader` accepts split at it, alone or with the line below (a header
 * over two rows). Title lines above a header ("BÁO CÁO", a period) hold no delimiter or a stray comma, so the first
 * line alone would pick `,` for a `;` or tab file.
 */
function headerDelimiter(lines: readonly string[], isHeader: HeaderTest): number | undefined {
  for (let i = 0; i < lines.length; i++)
    for (const delimiter of DELIMITERS) {
      const line = lines[i]!;
      if (line.indexOf(String.fromCharCode(delimiter)) < 0) continue;
      const cells = headerCells(line, delimiter);
      if (isHeader(cells)) return delimiter;
      const next = lines[i + 1];
      if (next !== undefined && isHeader(cells, headerCells(next, delimiter))) return delimiter;
    }
  return undefined;
}

/**
 * Feeds on text chunks and hands out complete records; `end()` hands out the last one. `isHeader` says whether cells
 * are the header (the columns the reader needs): the delimiter is the one that splits the header so, else the most
 * frequent on the first line.
 */
export class CsvParser {
  private buffer = '';
  private delimiter = -1;
  // The physical line, for a broken quote an editor finds; and the row as a spreadsheet numbers it, for records.
  private line = 1;
  private row = 1;
  private started = false;
  // The record being passed over, too long to hold: where it started, and where its reading stands.
  private skipping: { row: number; line: number; state: Skip } | undefined;

  constructor(
    private readonly isHeader?: HeaderTest,
    /** MAX_DOSSIER_ROWS but in tests, which would otherwise write millions of rows to reach it. */
    private readonly maxRows = MAX_DOSSIER_ROWS,
  ) {}

  /** Adds a chunk of text; returns the records it completed. */
  push(text: string): TableRecord[] {
    this.buffer += text;
    if (!this.started) {
      if (this.buffer.length === 0) return [];
      if (this.buffer.charCodeAt(0) === 0xfeff) this.buffer = this.buffer.slice(1);
      this.started = true;
    }
    return this.counted(this.drain(false));
  }

  /** The records left when the input ends. */
  end(): TableRecord[] {
    return this.counted(this.drain(true));
  }

  // Checked once a chunk is read: a file past the ceiling stops there, at most a chunk's rows beyond it.
  private counted(records: TableRecord[]): TableRecord[] {
    if (this.row - 1 > this.maxRows) throw new CsvError(this.maxRows + 1, 'rows');
    return records;
  }

  /**
   * Reads past the record being skipped from `from`, counting its lines; the index after its end, or -1 when the text
   * ends first. Nothing of it is kept, so a cell of any length costs no memory.
   */
  private skip(buf: string, from: number, final: boolean): number {
    const skipping = this.skipping!;
    const delimiter = this.delimiter;
    let i = from;
    const n = buf.length;
    while (i < n) {
      const c = buf.charCodeAt(i);
      switch (skipping.state) {
        case Skip.Quoted: {
          // Jump to the next quote, counting the line breaks on the way.
          const quote = buf.indexOf('"', i);
          const to = quote < 0 ? n : quote;
          for (let lf = buf.indexOf('\n', i); lf >= 0 && lf < to; lf = buf.indexOf('\n', lf + 1)) this.line++;
          if (quote < 0) return -1;
          skipping.state = Skip.QuoteInQuoted;
          i = quote + 1;
          continue;
        }
        case Skip.QuoteInQuoted:
          skipping.state = c === QUOTE ? Skip.Quoted : Skip.Plain;
          if (c === QUOTE) {
            i++;
            continue;
          }
          break;
        case Skip.AfterCr:
          return c === LF ? i + 1 : i;
        case Skip.CellStart:
          if (c === QUOTE) {
            skipping.state = Skip.Quoted;
            i++;
            continue;
          }
          skipping.state = Skip.Plain;
          break;
        case Skip.Plain:
          break;
      }
      // In a cell without quotes (or after a quoted cell's closing quote).
      if (c === delimiter) skipping.state = Skip.CellStart;
      else if (c === LF) return i + 1;
      else if (c === CR) skipping.state = Skip.AfterCr;
      i++;
    }
    if (!final) return -1;
    if (skipping.state === Skip.Quoted) throw new CsvError(skipping.line);
    return n;
  }

  /** Ends the record passed over: one row, one more line, handed out as too long. */
  private skipped(out: TableRecord[]): void {
    out.push({ row: this.skipping!.row, values: [], tooLong: true });
    this.line++;
    this.skipping = undefined;
  }

  private drain(final: boolean): TableRecord[] {
    const out: TableRecord[] = [];
    let buf = this.buffer;
    if (this.skipping) {
      const end = this.skip(buf, 0, final);
      if (end < 0) {
        this.buffer = '';
        return out;
      }
      this.skipped(out);
      buf = this.buffer = buf.slice(end);
    }
    if (this.delimiter < 0) {
      const newline = buf.indexOf('\n');
      // A first line that never ends is refused at the limit, not searched again with every chunk that grows it.
      if (newline < 0 && buf.length > MAX_RECORD_CHARS) throw new CsvError(1, 'long');
      if (newline < 0 && !final) return out;
      const lines = buf.split('\n', HEADER_LINES + 1);
      // The header may be below title lines: wait for them, unless the file ends or they grow past any title.
      if (this.isHeader && lines.length <= HEADER_LINES && !final && buf.length <= MAX_RECORD_CHARS) return out;
      const complete = final ? lines.slice(0, HEADER_LINES) : lines.slice(0, Math.min(lines.length - 1, HEADER_LINES));
      this.delimiter =
        (this.isHeader && headerDelimiter(complete, this.isHeader)) ||
        guessDelimiter(newline < 0 ? buf : buf.slice(0, newline));
    }
    const delimiter = this.delimiter;
    const separator = String.fromCharCode(delimiter);
    let pos = 0;
    const n = buf.length;
    // Where the next quote is: lines before it need no quote handling and are split natively (most lines).
    let nextQuote = buf.indexOf('"');
    while (pos < n) {
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = buf.indexOf('"', pos);
      const newline = buf.indexOf('\n', pos);
      if (newline !== -1 && (nextQuote === -1 || nextQuote > newline)) {
        const end = newline > pos && buf.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
        this.line++;
        const startRow = this.row++;
        if (end - pos > MAX_RECORD_CHARS) out.push({ row: startRow, values: [], tooLong: true });
        else if (end > pos) out.push({ row: startRow, values: buf.slice(pos, end).split(separator) });
        pos = newline + 1;
        continue;
      }
      const recordStart = pos;
      const startLine = this.line;
      const startRow = this.row;
      let lines = 0;
      const values: string[] = [];
      let complete = false;
      let p = pos;
      for (;;) {
        if (p < n && buf.charCodeAt(p) === QUOTE) {
          // A quoted cell: "" inside is one quote.
          let value = '';
          let from = p + 1;
          let closed = -1;
          for (;;) {
            const q = buf.indexOf('"', from);
            if (q < 0) break;
            if (q + 1 < n && buf.charCodeAt(q + 1) === QUOTE) {
              value += buf.slice(from, q + 1);
              from = q + 2;
              continue;
            }
            if (q + 1 >= n && !final) break;
            value += buf.slice(from, q);
            closed = q;
            break;
          }
          if (closed < 0) {
            if (final) throw new CsvError(startLine);
            break;
          }
          for (let i = p; i < closed; i++) if (buf.charCodeAt(i) === LF) lines++;
          p = closed + 1;
          // Text after the closing quote up to the delimiter belongs to the cell (lenient).
          let q = p;
          while (q < n) {
            const c = buf.charCodeAt(q);
            if (c === delimiter || c === LF || c === CR) break;
            q++;
          }
          if (q > p) value += buf.slice(p, q);
          p = q;
          values.push(excelText(value));
        } else {
          let q = p;
          while (q < n) {
            const c = buf.charCodeAt(q);
            if (c === delimiter || c === LF || c === CR) break;
            q++;
          }
          values.push(excelText(buf.slice(p, q)));
          p = q;
        }
        if (p >= n) {
          if (final) complete = true;
          break;
        }
        const c = buf.charCodeAt(p);
        if (c === delimiter) {
          p++;
          if (p >= n && final) {
            values.push('');
            complete = true;
            break;
          }
          continue;
        }
        if (c === CR) {
          if (p + 1 >= n && !final) break;
          p += buf.charCodeAt(p + 1) === LF ? 2 : 1;
        } else p++;
        lines++;
        complete = true;
        break;
      }
      if (!complete) {
        if (n - recordStart <= MAX_RECORD_CHARS) {
          this.buffer = buf.slice(recordStart);
          return out;
        }
        // Longer than any dossier: read past it without holding it, and list it as a row not measured.
        this.line = startLine;
        this.row++;
        this.skipping = { row: startRow, line: startLine, state: Skip.CellStart };
        const end = this.skip(buf, recordStart, final);
        if (end < 0) {
          this.buffer = '';
          return out;
        }
        this.skipped(out);
        pos = end;
        nextQuote = buf.indexOf('"', pos);
        continue;
      }
      this.line += lines;
      this.row++;
      pos = p;
      if (p - recordStart > MAX_RECORD_CHARS) out.push({ row: startRow, values: [], tooLong: true });
      // Blank lines are no records.
      else if (!(values.length === 1 && values[0] === '')) out.push({ row: startRow, values });
    }
    this.buffer = '';
    return out;
  }
}
