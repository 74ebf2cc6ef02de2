// Word repeats a table's header row at the top of each page it runs onto, and an officer who pasted the pages of a
// step table together, or copied it from a PDF, keeps each page's header as a row of the table. Read as data, such a
// row was a step "Nội dung công việc" of a body "Trách nhiệm" and a time "Thời gian" that no one wrote.
import { headerKey } from './text.js';

/**
 * Whether a row only repeats a header row: at least two cells written, as many as half the header's, each the
 * header's text of its column (spaces, case and marks aside). A row of data names a step or a time, never only these.
 */
export function repeatsHeader(row: readonly (string | undefined)[], header: readonly (string | undefined)[]): boolean {
  const headed = header.filter((cell) => headerKey(cell ?? '') !== '').length;
  let written = 0;
  for (let i = 0; i < row.length; i++) {
    const key = headerKey(row[i] ?? '');
    if (key === '') continue;
    if (key !== headerKey(header[i] ?? '')) return false;
    written++;
  }
  return written >= 2 && written * 2 >= headed;
}
