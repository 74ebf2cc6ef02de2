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

/**
 * The most rows of dossiers the workbook report (`-f xlsx`) writes on its sheet that reads back: the dossiers and the
 * rows set aside, each a row there (a million rows set aside would otherwise all be written). exceljs builds the whole workbook in memory, about 19 MB
 * of peak RSS a thousand dossiers up to 100,000: 50,000 peaked at 0.94 GB, 100,000 at 1.9 GB, 200,000 at 3.0 GB, and
 * 1,000,000 ran Node out of its heap (docs/ontime.md), far below the 1,048,576 rows a sheet holds. 50,000 keeps a run
 * under about 1 GB on a machine shared with others. Past it the run is refused before anything is written.
 */
export const MAX_WORKBOOK_DOSSIERS = 50_000;

/** The refusal of a workbook report of more than `max` dossiers. */
export function tooManyForWorkbook(max: number): Translated {
  const en = max.toLocaleString('en-US');
  const vi = max.toLocaleString('vi-VN');
  return {
    en: `the workbook report holds up to ${en} rows of dossiers, those not measured included, and these files have more; nothing was written: measure each period (a quarter or a month) in a run of its own, or write the report as text, JSON, Markdown or HTML (--format)`,
    vi: `báo cáo dạng bảng tính ghi tối đa ${vi} dòng hồ sơ, kể cả dòng không đo được, các tệp này có nhiều hơn; chưa ghi tệp nào: hãy đo từng kỳ (mỗi quý hoặc mỗi tháng) trong một lần chạy riêng, hoặc ghi báo cáo dạng văn bản, JSON, Markdown hoặc HTML (--format)`,
  };
}
