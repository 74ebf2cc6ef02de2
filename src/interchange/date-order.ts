import type { Sheet } from './sheets.js';

// A cell holding a date alone, written with slashes: 20/06/2025 as Vietnamese write it, or 06/20/2025 as a spreadsheet
// in US English saves it (LibreOffice's and Excel's CSV in the en-US locale).
const SLASH_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

/** A sheet's dates read month first: the sheet with them as YYYY-MM-DD, and where they stood. */
export interface MonthFirst {
  sheet: Sheet;
  /** The columns that held such dates, by index, each with its first date as written and as read. */
  columns: Map<number, { written: string; read: string }>;
  /** A date of the sheets that cannot be day first (06/20/2025), as written. */
  proof: string;
}

/**
 * The sheets read month first when their dates prove it: some date has more than 12 in second place (06/20/2025) and
 * none has more than 12 in first place. Such sheets, saved together from one spreadsheet (a workbook, or its sheets
 * as CSV files), have every date month first, 07/01/2025 too, which read day first would move by months without a
 * word. For each sheet, its dates so read, or undefined when it has none; undefined for all when any date reads day
 * first, or none says which it is: dd/mm/yyyy is the Vietnamese way.
 */
export function monthFirstDates(sheets: readonly Sheet[]): (MonthFirst | undefined)[] | undefined {
  let proof: string | undefined;
  for (const sheet of sheets)
    for (const row of sheet.rows)
      for (const cell of row) {
        const match = cell ? SLASH_DATE.exec(cell) : null;
        if (!match) continue;
        if (Number(match[1]) > 12) return undefined;
        if (Number(match[2]) > 12) proof ??= cell.trim();
      }
  if (proof === undefined) return undefined;
  return sheets.map((sheet) => {
    const columns: MonthFirst['columns'] = new Map();
    const rows = sheet.rows.map((row) =>
      row.map((cell, i) => {
        const match = cell ? SLASH_DATE.exec(cell) : null;
        const read = match && isoOf(Number(match[3]), Number(match[1]), Number(match[2]));
        if (!read) return cell;
        if (!columns.has(i)) columns.set(i, { written: cell.trim(), read });
        return read;
      }),
    );
    return columns.size === 0 ? undefined : { sheet: { ...sheet, rows }, columns, proof };
  });
}

/** The date as YYYY-MM-DD, or undefined when there is no such day (02/30/2025). */
function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
