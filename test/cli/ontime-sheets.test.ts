import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/ontime/date-receipt';
const RUN = ['--catalog', `${DIR}/catalog`, '--as-of', '06/12/2026'];
const HEADER = ['Số hồ sơ', 'Mã thủ tục', 'Ngày tiếp nhận', 'Ngày có kết quả'];

/**
 * A year's export with a month on each sheet: a cover without a header, "Tháng 1" (A1, A2), "Tháng 2" (B1, and on
 * row 3 a procedure the catalog lacks, on row 4 a late dossier without a number), and a hidden "Nháp" (C1, measured as a hidden row is). WD1 is 1 working day: each dossier received Wed
 * 01/07/2026 with its result Thu 02/07 is on time; the one
 * with its result Fri 10/07 is late.
 */
async function monthsWorkbook(): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Bìa').addRow(['Báo cáo hồ sơ năm 2026']);
  const months: [string, string[][]][] = [
    [
      'Tháng 1',
      [
        ['A1', 'WD1', '01/07/2026', '02/07/2026'],
        ['A2', 'WD1', '01/07/2026', '02/07/2026'],
      ],
    ],
    [
      'Tháng 2',
      [
        ['B1', 'WD1', '01/07/2026', '02/07/2026'],
        ['B2', 'KHONGCO', '01/07/2026', '02/07/2026'],
        // Without a number: on procmap's sheet of late dossiers too, where the ledger cannot tell it is the same one.
        ['', 'WD1', '01/07/2026', '10/07/2026'],
      ],
    ],
  ];
  for (const [name, rows] of months) book.addWorksheet(name).addRows([HEADER, ...rows]);
  const draft = book.addWorksheet('Nháp', { state: 'hidden' });
  draft.addRows([HEADER, ['C1', 'WD1', '01/07/2026', '02/07/2026']]);
  const path = join(mkdtempSync(join(tmpdir(), 'procmap-sheets-')), 'ho-so.xlsx');
  await book.xlsx.writeFile(path);
  return path;
}

describe('procmap ontime, a workbook with its dossiers on several sheets', () => {
  it('measures every sheet with the dossier header, naming the sheet of a row, a hidden one named too', async () => {
    const path = await monthsWorkbook();
    const before = readFileSync(path);
    const vi = await runCli(['ontime', path, ...RUN, '--lang', 'vi']);
    // Before, the first sheet with the header alone was read: "dòng: 2", B1 and B2 silently left out.
    expect(vi.stdout).toContain('tệp: 1, dòng: 6,');
    expect(vi.stdout).toContain('Đã giải quyết: 5 (trước hạn 0, đúng hạn 4, quá hạn 1)\n');
    expect(vi.stderr).toContain(`${path}, trang "Tháng 2", dòng 3: `);
    // The report on the terminal carries the note among its notes (ontime-file-notes.test.ts).
    expect(vi.stdout).toContain(`${path}: trang "Nháp" đang ẩn, nhưng hồ sơ trong đó vẫn được đo như mọi trang khác;`);
    expect(vi.stderr).not.toMatch(/Bìa|Tháng 1/u);
    expect(vi.code).toBe(0);
    const en = await runCli(['ontime', path, ...RUN, '--lang', 'en']);
    expect(en.stderr).toContain(`${path}, sheet "Tháng 2", row 3: `);
    expect(en.stdout).toContain(`${path}: the sheet "Nháp" is hidden, and its dossiers are measured like any other's;`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("reads procmap's own workbook of such a run back with each dossier once, the late sheet not counted again", async () => {
    const path = await monthsWorkbook();
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-sheets-')), 'bao-cao.xlsx');
    const written = await runCli(['ontime', path, ...RUN, '--lang', 'vi', '--format', 'xlsx', '-o', out]);
    expect(written.code).toBe(0);
    const again = await runCli(['ontime', out, ...RUN, '--lang', 'vi']);
    expect(again.stdout).toContain('tệp: 1, dòng: 6,');
    expect(again.stdout).toContain('Đã giải quyết: 5 (trước hạn 0, đúng hạn 4, quá hạn 1)\n');
    // The row set aside is named where it was first read: the month's sheet of the export.
    expect(again.stderr).toContain(`${path}, trang "Tháng 2", dòng 3: `);
    expect(again.code).toBe(0);
  });
});
