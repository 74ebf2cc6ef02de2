import type { Translated } from '../i18n.js';
import { said } from './import-messages.js';

// Officers add columns of their own to a step table or a dossier table ("Ghi chú", "Ghi chú thêm"). A procedure
// has no field for them, so each value is kept in the file's note by the row it stands in, and the report names the
// columns once for the procedure, whichever tables they were found in.

/** A value of a column procmap does not read: the column's header and the note line that keeps it. */
export interface KeptValue {
  column: string;
  note: string;
}

/** The note line of a value kept from a row known by its label (`Bước 2 "Tiếp nhận hồ sơ"`, `Thành phần hồ sơ "Tờ khai"`). */
export function keptValue(row: string, column: string, value: string): KeptValue {
  return { column, note: `${row} — ${column}: ${value}` };
}

// The warnings this module wrote: one line a procedure, replaced when more tables add their columns.
const SAID = new WeakSet<Translated>();

/** The warnings with one line counting the values kept and naming their columns (the previous such line replaced). */
export function withKeptSaid(warnings: readonly Translated[], kept: readonly KeptValue[]): Translated[] {
  const others = warnings.filter((warning) => !SAID.has(warning));
  if (kept.length === 0) return others;
  const columns = [...new Set(kept.map((value) => `"${value.column}"`))].join(', ');
  const line = said('columnsKept', { count: kept.length, columns });
  SAID.add(line);
  return [...others, line];
}
