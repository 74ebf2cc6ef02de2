import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/date-receipt/set-aside.csv: A1 early and A2 late (listed), A6 early; row 4 lists A1 again,
// row 5 has no procedure, row 6 no receipt, row 7 a receipt that is no date. Before, the workbook's sheet of every
// dossier left the four rows set aside out (read back: "Dòng không đo được: 0") and the read-back report named the
// workbook's rows ("bao-cao.xlsx:3 A2") instead of the export's.
const DIR = 'test/fixtures/ontime/date-receipt';
const CSV = `${DIR}/set-aside.csv`;
const RUN = ['--catalog', `${DIR}/catalog`, '--as-of', '06/12/2026', '--lang', 'vi'];
// The same, its language to follow.
const IN = RUN.slice(0, -1);

let made: Promise<string> | undefined;

/**
 * The export's workbook, written once for the tests that only read it (each made its own: three identical runs and
 * writes of the same workbook).
 */
function workbook(): Promise<string> {
  made ??= (async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-ontime-')), 'bao-cao.xlsx');
    const written = await runCli(['ontime', CSV, ...RUN, '--format', 'xlsx', '-o', out]);
    expect([written.code, written.stdout]).toEqual([0, '']);
    return out;
  })();
  return made;
}

describe('procmap ontime, its workbook read back with the rows the run set aside', () => {
  it('writes each row set aside on "Tất cả hồ sơ" with where it was read, its reason and the reason\'s code', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await workbook());
    const every = book.getWorksheet('Tất cả hồ sơ')!;
    const headers = every.getRow(1).values as unknown[];
    const [status, reason, code] = ['Trạng thái', 'Lý do', 'Mã lý do'].map((h) => headers.indexOf(h));
    const aside = every
      .getRows(2, every.rowCount - 1)!
      .filter((row) => row.getCell(status!).value === 'không đo được')
      .map((row) => [row.getCell(2).value, row.getCell(reason!).value, row.getCell(code!).value]);
    expect(aside).toEqual([
      [4, `hồ sơ "A1" bị lặp lại (chỉ tính một lần, theo ${CSV}:2)`, 'repeated'],
      [5, 'không có mã thủ tục', 'no-procedure'],
      [6, 'không có ngày tiếp nhận', 'no-received'],
      [7, 'ngày tiếp nhận "hôm qua" không phải ngày; viết 13/02/2026 09:00 hoặc 2026-02-13T09:00', 'bad-received'],
    ]);
  });

  it("reads back the same report, the rows set aside counted and said at the export's rows", async () => {
    const out = await workbook();
    const first = await runCli(['ontime', CSV, ...RUN]);
    expect(first.stdout).toContain('Dòng không đo được: 4 (trong đó dòng lặp lại của hồ sơ đã tính một lần: 1)\n');
    const again = await runCli(['ontime', out, ...RUN]);
    expect(again.code).toBe(first.code);
    expect(again.stderr).toBe(first.stderr);
    expect(again.stdout).toBe(first.stdout);
    const json = async (file: string) => JSON.parse((await runCli(['ontime', file, ...RUN, '-f', 'json'])).stdout);
    const [before, after] = [await json(CSV), await json(out)];
    expect(after.totals).toEqual(before.totals);
    expect([after.bad_rows.count, after.bad_rows.byReason]).toEqual([before.bad_rows.count, before.bad_rows.byReason]);
  });

  it("says the reasons of a workbook written in English in the report's Vietnamese, and the reverse", async () => {
    // Before, read back with --lang vi, an English workbook said "no procedure code" where the run says "không có mã
    // thủ tục" (and the reverse).
    const dir = mkdtempSync(join(tmpdir(), 'procmap-ontime-'));
    for (const [written, read] of [
      ['en', 'vi'],
      ['vi', 'en'],
    ]) {
      const out = join(dir, `${written}.xlsx`);
      const made = await runCli(['ontime', CSV, ...IN, written!, '--format', 'xlsx', '-o', out]);
      expect(made.code).toBe(0);
      const first = await runCli(['ontime', CSV, ...IN, read!]);
      const again = await runCli(['ontime', out, ...IN, read!]);
      expect([again.code, again.stdout, again.stderr]).toEqual([first.code, first.stdout, first.stderr]);
      // In JSON, each row with the keys the export's run gives it (its value, the row counted), not the words read.
      const json = async (file: string) =>
        JSON.parse((await runCli(['ontime', file, ...IN, read!, '-f', 'json'])).stdout).bad_rows;
      expect(await json(out)).toEqual(await json(CSV));
    }
  });

  it("names the export's file and row for each listed dossier, not the workbook's", async () => {
    const again = await runCli(['ontime', await workbook(), ...RUN]);
    expect(again.stdout).toContain(`\n  ${CSV}:3 A2 WD1 · quá hạn ·`);
  });

  it('writes every row set aside, past the 1,000 the report lists, and reads back the same report', async () => {
    // many-set-aside.csv: A1 early, A2 late, A6 early, and 1,100 rows set aside between them (B1…B1100: a receipt
    // missing, a receipt that is no date, a procedure missing, in turn). Before, the sheet held the first 1,000 of them
    // and read back said "Dòng không đo được: 1000" and 1,003 rows read.
    const many = `${DIR}/many-set-aside.csv`;
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-ontime-')), 'bao-cao.xlsx');
    const written = await runCli(['ontime', many, ...RUN, '--format', 'xlsx', '-o', out]);
    expect([written.code, written.stdout]).toEqual([0, '']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const every = book.getWorksheet('Tất cả hồ sơ')!;
    const status = (every.getRow(1).values as unknown[]).indexOf('Trạng thái');
    const aside = every.getRows(2, every.rowCount - 1)!.filter((row) => row.getCell(status).value === 'không đo được');
    expect(aside.length).toBe(1100);
    expect(aside.at(-1)!.getCell(2).value).toBe(1103);

    const first = await runCli(['ontime', many, ...RUN]);
    expect(first.stdout).toContain('— tệp: 1, dòng: 1.103,');
    expect(first.stdout).toContain('Dòng không đo được: 1.100\n');
    const again = await runCli(['ontime', out, ...RUN]);
    expect([again.code, again.stdout, again.stderr]).toEqual([first.code, first.stdout, first.stderr]);
    const json = async (file: string) => JSON.parse((await runCli(['ontime', file, ...RUN, '-f', 'json'])).stdout);
    const [before, after] = [await json(many), await json(out)];
    expect(after.totals).toEqual(before.totals);
    const counts = (report: { bad_rows: { count: number; byReason: object; omitted: number; listed: object[] } }) => [
      report.bad_rows.count,
      report.bad_rows.byReason,
      report.bad_rows.omitted,
      report.bad_rows.listed.map((row) =>
        JSON.stringify([(row as { row: number }).row, (row as { reason: string }).reason]),
      ),
    ];
    expect(counts(after)).toEqual(counts(before));
  });
});
