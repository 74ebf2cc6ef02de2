import { mayOutgrowPage } from './row-split.js';

// A table of a few short rows fits on a page: printed whole, it never leaves its last row alone on the next one (the
// records table of QT-HT-02 took a seventh page for one row). A longer one may break, its header row repeated.
const MAX_ROWS = 12;
// About a page of A4 text at 12 pt in table cells: longer rows could make a "few rows" table taller than a page.
const MAX_CHARACTERS = 1800;

/** Whether a table of these rows (its cells' text) is short enough to print whole on one page. */
export function keepsWhole(rows: readonly (readonly (string | null | undefined)[])[]): boolean {
  const characters = rows.reduce((sum, row) => sum + row.reduce((n, cell) => n + (cell?.length ?? 0), 0), 0);
  // A row that may be taller than a page breaks (row-split.ts), so its table cannot be printed whole: kept, Chromium
  // pushed a channels table with a fee by 12 cases to the next page, its title left alone on the page before.
  return rows.length <= MAX_ROWS && characters <= MAX_CHARACTERS && !rows.some((row) => mayOutgrowPage(row));
}
