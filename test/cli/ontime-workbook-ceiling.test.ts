import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// ba-ho-so.csv: three dossiers on four rows (HS-1 twice, HS-3 withdrawn), so four rows of the sheet that reads back
// (the row set aside is one); bon-ho-so.csv: the same and HS-4, five. The runs' ceiling is four rows, so that five
// reach it (the binary's, 50,000, takes seconds and about 1 GB).
const DIR = 'test/fixtures/ontime/workbook-ceiling';
const HEADER = 'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Trạng thái,Kênh';
const run = (file: string | string[], output: string, lang: string) =>
  runCli(
    [
      'ontime',
      ...(Array.isArray(file) ? file : [join(DIR, file)]),
      '--catalog',
      'test/fixtures/ontime/catalog',
      '--as-of',
      '2026-05-08 09:00',
      '-f',
      'xlsx',
      '-o',
      output,
      '--lang',
      lang,
    ],
    { workbookDossiers: 4 },
  );

describe('procmap ontime -f xlsx, past the dossiers a workbook holds', () => {
  it('refuses one dossier more, in Vietnamese and English, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-ceiling-'));
    const vi = await run('bon-ho-so.csv', join(dir, 'dung-han.xlsx'), 'vi');
    expect(vi.code).toBe(1);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toBe(
      'procmap: báo cáo dạng bảng tính ghi tối đa 4 dòng hồ sơ, kể cả dòng không đo được, các tệp này có nhiều hơn; chưa ghi tệp nào: hãy đo từng kỳ (mỗi quý hoặc mỗi tháng) trong một lần chạy riêng, hoặc ghi báo cáo dạng văn bản, JSON, Markdown hoặc HTML (--format)\n',
    );
    const en = await run('bon-ho-so.csv', join(dir, 'ontime.xlsx'), 'en');
    expect(en.code).toBe(1);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(
      'procmap: the workbook report holds up to 4 rows of dossiers, those not measured included, and these files have more; nothing was written: measure each period (a quarter or a month) in a run of its own, or write the report as text, JSON, Markdown or HTML (--format)\n',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes the workbook at the ceiling, a dossier of two rows counted once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-ceiling-'));
    const output = join(dir, 'dung-han.xlsx');
    const result = await run('ba-ho-so.csv', output, 'vi');
    // HS-1's two rows are said once, counted once: by the later result.
    expect(result.stderr).toBe(
      `${DIR}/ba-ho-so.csv:2: hồ sơ "HS-1" bị lặp lại với ngày trả kết quả khác; chỉ tính một lần, theo ${DIR}/ba-ho-so.csv:5, ngày trả muộn hơn\nDòng không đo được: 1\n`,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(existsSync(output)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(output);
    const every = book.getWorksheet('Tất cả hồ sơ')!;
    // The row set aside after the dossiers, with no id: where it was read and its reason.
    expect(every.getRows(2, every.rowCount - 1)!.map((row) => [row.getCell(2).value, row.getCell(3).value])).toEqual([
      [3, 'HS-2'],
      [4, 'HS-3'],
      [5, 'HS-1'],
      [2, null],
    ]);
  });

  it('stops reading once past it: neither the rest of the file nor the next files are read for a refusal', async () => {
    // Before, every file was read to its end first (a year of a million rows, 16 s, for a refusal), and a fault further
    // on (here an unclosed quote on the last line, 240 KB down; an empty second file) refused the run in its stead.
    const dir = mkdtempSync(join(tmpdir(), 'procmap-ceiling-'));
    const rows = Array.from({ length: 3000 }, (_, i) => `HS-${i + 1},2.000815,02/03/2026 09:00,,02/03/2026 10:00,,`);
    const year = join(dir, 'ca-nam.csv');
    writeFileSync(year, `${[HEADER, ...rows].join('\n')}\n"HS-3001,2.000815,02/03/2026 09:00,,,,\n`);
    const empty = join(dir, 'trong.csv');
    writeFileSync(empty, '');
    const refusal =
      'procmap: the workbook report holds up to 4 rows of dossiers, those not measured included, and these files have more; nothing was written: measure each period (a quarter or a month) in a run of its own, or write the report as text, JSON, Markdown or HTML (--format)\n';
    for (const files of [[year], [join(DIR, 'bon-ho-so.csv'), empty]]) {
      const result = await run(files, join(dir, 'ontime.xlsx'), 'en');
      expect([result.code, result.stdout, result.stderr]).toEqual([1, '', refusal]);
    }
    expect(readdirSync(dir).sort()).toEqual(['ca-nam.csv', 'trong.csv']);
  });
});
