import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// QT-HT-02, 5 working days from Tue 10/03/2026 09:00: due Tue 17/03 09:00 (Wed 11, Thu 12, Fri 13, Mon 16, Tue 17).
// A1 finished Thu 12/03, A3 too: early; A2 finished Wed 18/03 10:00: late. A1 and A2 give words for their appointment
// ("Không hẹn", "Trả ngay"): measured, not compared, and noted. Before, the workbook wrote their appointment cell empty,
// and read back the note was gone: the report said nothing of the two appointments it could not compare.
const DIR = 'test/fixtures/ontime';
const CSV = `${DIR}/appointment-words/ho-so.csv`;
const RUN = ['--catalog', `${DIR}/catalog`, '--as-of', '31/03/2026 17:00', '--lang', 'vi'];

describe('procmap ontime, a workbook of dossiers whose appointment is words, read back', () => {
  it('keeps the words in the appointment cell, and reads back the same report, its note included', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-ontime-')), 'bao-cao.xlsx');
    const first = await runCli(['ontime', CSV, ...RUN]);
    expect([first.code, first.stderr]).toEqual([0, '']);
    expect(first.stdout).toContain('2 hồ sơ có ô ngày hẹn trả ghi chữ không phải ngày');
    const written = await runCli(['ontime', CSV, ...RUN, '--format', 'xlsx', '-o', out]);
    expect([written.code, written.stdout]).toEqual([0, '']);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const every = book.getWorksheet('Tất cả hồ sơ')!;
    const appointments = every
      .getRows(2, every.rowCount - 1)!
      .map((row) => [row.getCell(3).value, row.getCell(9).value]);
    expect(appointments.slice(0, 2)).toEqual([
      ['A1', 'Không hẹn'],
      ['A2', 'Trả ngay'],
    ]);
    expect(appointments[2]![1]).toBeInstanceOf(Date);

    const again = await runCli(['ontime', out, ...RUN]);
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(again.stdout).toBe(first.stdout);
  });
});
