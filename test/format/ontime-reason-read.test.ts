import { describe, expect, it } from 'vitest';
import { badRowText } from '../../src/format/ontime-labels.js';
import { ROWS, where } from './set-aside-rows.js';

// Each row said in one language in procmap's workbook ("Lý do"), read back and said in the other, must be said as the
// run in that language says it.
describe('the reason of a row set aside, read back from the workbook', () => {
  it("is said in the language of the report, whichever the workbook was written in, when the words are procmap's", () => {
    const misses: string[] = [];
    for (const row of ROWS)
      for (const [from, to] of [
        ['vi', 'en'],
        ['en', 'vi'],
        ['vi', 'vi'],
        ['en', 'en'],
      ] as const) {
        const said = badRowText(row, from);
        const read = badRowText({ file: row.file, row: row.row, reason: row.reason, reasonText: said }, to);
        if (read !== badRowText(row, to)) misses.push(`${row.reason} ${from}→${to}: ${said} ⇒ ${read}`);
      }
    expect(misses).toEqual([]);
    // Words procmap did not write (a reason typed into the workbook), or another reason's than the code says, are said
    // as written: never taken apart into a reason they are not.
    const reasonText = 'lý do do người dùng tự ghi';
    expect(badRowText({ ...where, reason: 'no-procedure', reasonText }, 'en')).toBe(reasonText);
    const other = badRowText({ ...where, reason: 'no-received' }, 'vi');
    expect(badRowText({ ...where, reason: 'no-procedure', reasonText: other }, 'en')).toBe(other);
  });
});
