import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/date-receipt/unsettled.csv: U1 early, U2 late; U3 withdrawn, U4 refused, an unnumbered row
// cancelled, U5 handed back ("Trả lại hồ sơ"), U6 stopped ("Dừng giải quyết"); U7 early. Before, the workbook's sheet of every dossier left out the five not
// counted, and read back said "Rút, từ chối hoặc hủy (không tính): 0" and 5 rows fewer.
const DIR = 'test/fixtures/ontime/date-receipt';
const CSV = `${DIR}/unsettled.csv`;
const RUN = ['--catalog', `${DIR}/catalog`, '--as-of', '06/12/2026', '--lang', 'vi'];

describe('procmap ontime, the workbook of a run with withdrawn, refused and cancelled dossiers, read back', () => {
  it('writes them with their status as the export wrote it, and reads back the same report', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-ontime-')), 'bao-cao.xlsx');
    const first = await runCli(['ontime', CSV, ...RUN]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Rút, từ chối hoặc hủy (không tính): 5\n');
    const written = await runCli(['ontime', CSV, ...RUN, '--format', 'xlsx', '-o', out]);
    expect([written.code, written.stdout]).toEqual([0, '']);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const every = book.getWorksheet('Tất cả hồ sơ')!;
    const statuses = every
      .getRows(2, every.rowCount - 1)!
      .map((row) => [row.getCell(3).value ?? '', row.getCell(5).value])
      .filter(([, status]) => !['trước hạn', 'đúng hạn', 'quá hạn'].includes(status as string));
    expect(statuses).toEqual([
      ['U3', 'Đã rút hồ sơ'],
      ['U4', 'Từ chối tiếp nhận'],
      ['', 'Đã hủy'],
      ['U5', 'Trả lại hồ sơ'],
      ['U6', 'Dừng giải quyết'],
    ]);

    const again = await runCli(['ontime', out, ...RUN]);
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(again.stdout).toContain('Rút, từ chối hoặc hủy (không tính): 5\n');
    // Every line the same: the counts, the rate, the groups, the listed dossiers and where each was read (the export's
    // file and row, which the workbook carries).
    expect(again.stdout).toBe(first.stdout);
  });
});
