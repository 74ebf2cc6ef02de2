import type { ColumnMap } from './columns.js';
import { matchColumns } from './columns.js';
import type { WordDocument } from './docx-read.js';
import type { Sheet } from './sheets.js';
import { stepNumberOf } from './step-order.js';
import { oneLine } from './text.js';
import { stepHeaderRow } from './workbook-import.js';

// Word splits a long step table over pages, and an officer who cut it there, or a document pasted together, leaves
// two tables, the second without the header row: its rows are still steps of the first.

/** The step table being read: where it stands in the document, its header, and the number of its last step. */
interface Open {
  table: Sheet;
  header: string[];
  numberColumn: number;
  last: number | undefined;
  start: number | undefined;
}

/**
 * The document with each table that continues a step table joined to it: right after it (no text between), its rows
 * as wide as the step table's, its first row numbering the next step. Rows of a table that looks like more steps
 * (as wide, numbered) but continues none are returned as "Header: value; …" lines, to keep in the file's note.
 */
export function joinSplitStepTables(
  document: WordDocument,
  map: ColumnMap = {},
): { document: WordDocument; unread: string[] } {
  const tables: Sheet[] = [];
  const starts: number[] = [];
  const unread: string[] = [];
  let open: Open | undefined;
  document.tables.forEach((table, t) => {
    const start = document.tableStarts?.[t];
    const headerRow = stepHeaderRow(table, map);
    if (headerRow !== undefined) {
      const header = table.rows[headerRow]!;
      const numberColumn =
        [...matchColumns(header, 'steps', map)].find(([, def]) => def.field === 'step_no')?.[0] ?? -1;
      open = { table: { ...table, rows: [...table.rows] }, header, numberColumn, last: undefined, start };
      open.last = lastNumber(open.table.rows.slice(headerRow + 1), numberColumn) ?? 0;
      tables.push(open.table);
      starts.push(start ?? 0);
      return;
    }
    const rows = table.rows.filter((row) => row.some(Boolean));
    const numbered =
      open !== undefined &&
      open.numberColumn >= 0 &&
      rows.length > 0 &&
      rows.every((row) => row.length === open!.header.length) &&
      stepNumberOf(rows[0]![open.numberColumn]) !== undefined;
    if (open && numbered) {
      // No text between the two tables: a paragraph between would be a heading or a note of its own.
      const adjacent = start === undefined || open.start === undefined || start === open.start;
      if (adjacent && stepNumberOf(rows[0]![open.numberColumn]) === (open.last ?? 0) + 1) {
        open.table.rows.push(...rows);
        open.last = lastNumber(rows, open.numberColumn) ?? open.last;
        return;
      }
      const header = open.header;
      unread.push(
        ...rows.map((row) =>
          row
            .map((cell, i) => (cell ? `${oneLine(header[i] || `column ${i + 1}`)}: ${oneLine(cell)}` : ''))
            .filter(Boolean)
            .join('; '),
        ),
      );
    }
    open = undefined;
    tables.push(table);
    starts.push(start ?? 0);
  });
  const joined: WordDocument = { ...document, tables };
  if (document.tableStarts) joined.tableStarts = starts;
  return { document: joined, unread };
}

/** The number of the last numbered row, or undefined when no row has one. */
function lastNumber(rows: readonly string[][], column: number): number | undefined {
  for (let r = rows.length - 1; r >= 0; r--) {
    const n = stepNumberOf(rows[r]![column]);
    if (n !== undefined) return n;
  }
  return undefined;
}
