/** The most dossiers procmap reads from one export, whatever its format, and the words that refuse a file past it. */

import type { Translated } from '../i18n.js';

/**
 * The most rows procmap reads in one dossier file (CSV, or dossier objects of JSON). A memory bound, not a count of
 * dossiers (no source gives a province's yearly count): each dossier read is held in the run's ledger, measured at
 * about 116 MiB a million rows over the process's 70 MiB (docs/ontime.md, "How many rows"), so 5,000,000 stay under
 * 1.5 GiB, inside Node's default heap, where 20,000,000 would not. Beyond it the file is refused at once, not read to
 * its end: a 2 GB file of short rows would otherwise grow the ledger until the process dies.
 */
export const MAX_DOSSIER_ROWS = 5_000_000;

/** The refusal of a file with more than `max` rows, said the same for every format. */
export function tooManyRows(max: number): Translated {
  const en = max.toLocaleString('en-US');
  const vi = max.toLocaleString('vi-VN');
  return {
    en: `the file has more than ${en} rows; procmap reads a dossier file of up to ${en} rows: export it by period (a file per quarter or month) and measure each in a run of its own`,
    vi: `tệp có hơn ${vi} dòng; procmap đọc tệp hồ sơ tối đa ${vi} dòng: hãy xuất theo từng kỳ (mỗi quý hoặc mỗi tháng một tệp) và đo mỗi tệp trong một lần chạy riêng`,
  };
}
