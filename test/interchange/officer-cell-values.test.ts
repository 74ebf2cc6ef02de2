import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { codeWithZeros } from '../../src/interchange/code-zeros.js';
import { runCli } from '../helpers/run-cli.js';

// Values as Excel keeps what officers type: a national code typed in a cell of General format is a number (Excel drops
// its trailing zeros), a date cell holds a count of days (Excel counts 1900 a leap year), a formula may have no value.
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-officer-cells-'));
const HEADER = ['STT', 'Tên thủ tục', 'Mã thủ tục', 'Thời hạn giải quyết', 'Ngày hiệu lực', 'Cấp thực hiện'];

/** A catalog workbook of one sheet, the rows after the header as given; `dated` cells of column E formatted as dates. */
async function catalog(rows: ExcelJS.CellValue[][], extra?: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh mục');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(5).numFmt = 'dd/mm/yyyy';
  extra?.(workbook);
  const file = join(fresh(), 'danh-muc.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('procmap import of a national code Excel kept as a number', () => {
  it('reads 1.00089 as the code 1.000890, says so at its cell, and joins the steps sheet that names it so', async () => {
    const file = await catalog(
      [[1, 'Đăng ký kết hôn', 1.00089, '05 ngày làm việc', '01/07/2025', 'Cấp xã']],
      (workbook) => {
        const steps = workbook.addWorksheet('Các bước');
        steps.addRow(['Mã thủ tục', 'TT', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian']);
        steps.addRow([1.00089, 1, 'Tiếp nhận hồ sơ', 'Bộ phận Một cửa', '4 giờ']);
        steps.addRow([1.00089, 2, 'Giải quyết hồ sơ', 'Công chức Tư pháp - Hộ tịch', '02 ngày làm việc']);
      },
    );
    const out = join(fresh(), 'out');
    const run = await runCli(['import', '--lang', 'en', file, '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split(file).join('F').split(out).join('OUT')).toBe(
      'imported     OUT/1.000890.yaml  ← F: sheet "Danh mục" row 2 (1.000890)\n' +
        '               cell C2 ("Mã thủ tục") holds 1.00089, read as the code 1.000890: Excel drops the trailing zeros of a number, and a national code has six digits after the full stop; check it, and format the column as Text so that Excel keeps codes as typed\n' +
        '               the table gives 2 steps no id: procmap numbered B1, B2\n' +
        '1 imported, 0 skipped\n',
    );
    const yaml = readFileSync(join(out, '1.000890.yaml'), 'utf8');
    expect(yaml).toContain('\ncode: "1.000890"\n');
    // The two steps of the steps sheet, not a draft.
    expect(yaml).toContain('name: Tiếp nhận hồ sơ\n');
    expect(yaml).not.toContain('draft: true');
    const vi = await runCli(['import', file, '-o', join(fresh(), 'out')]);
    expect(vi.stdout).toContain(
      'ô C2 ("Mã thủ tục") ghi 1.00089, được đọc là mã 1.000890: Excel bỏ các chữ số 0 ở cuối một số, còn mã thủ tục quốc gia có sáu chữ số sau dấu chấm; hãy kiểm tra lại, và định dạng cột là Văn bản (Text) để Excel giữ mã như khi gõ\n',
    );
  });

  it('reads a code typed as text as it is, six digits or fewer, and says nothing', async () => {
    const file = await catalog([
      [1, 'Đăng ký kết hôn', '1.000890', '05 ngày làm việc', '01/07/2025', 'Cấp xã'],
      // A text is what the officer typed (a column formatted as Text, a CSV file): no zero was dropped from it.
      [2, 'Đăng ký khai tử', '1.00089', '05 ngày làm việc', '01/07/2025', 'Cấp xã'],
    ]);
    const out = join(fresh(), 'out');
    const run = await runCli(['import', '--lang', 'en', file, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('trailing zeros');
    expect(existsSync(join(out, '1.000890.yaml'))).toBe(true);
    expect(existsSync(join(out, '1.00089.yaml'))).toBe(true);
  });
});

describe("procmap import of a date cell as Excel counts it, 1900's leap day included", () => {
  it('refuses day 60, which Excel shows as 29/02/1900, a day that never was, rather than writing 28/02/1900', async () => {
    const file = await catalog([[1, 'Đăng ký kết hôn', '1.000894', '05 ngày làm việc', 60, 'Cấp xã']]);
    const out = join(fresh(), 'out');
    const run = await runCli(['import', '--lang', 'en', file, '-o', out]);
    expect(run.stdout.split(file).join('F')).toBe(
      'skipped      F: sheet "Danh mục" row 2 (1.000894): effective date "29/02/1900" is not a date (write YYYY-MM-DD or dd/mm/yyyy)\n' +
        '0 imported, 1 skipped\n',
    );
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('reads day 59 as 28/02/1900, the day Excel shows, one before the count from 30/12/1899', async () => {
    const file = await catalog([[1, 'Đăng ký kết hôn', '1.000894', '05 ngày làm việc', 59, 'Cấp xã']]);
    const out = join(fresh(), 'out');
    const run = await runCli(['import', '--lang', 'en', file, '-o', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, '1.000894.yaml'), 'utf8')).toContain('\neffective: 1900-02-28\n');
  });
});

describe('procmap import of an effective date cell with no value', () => {
  it('names the cell and its formula saved without a value, not a missing column', async () => {
    const file = await catalog([
      [1, 'Đăng ký kết hôn', '1.000894', '05 ngày làm việc', { formula: 'DATE(2025,7,1)' }, 'Cấp xã'],
      [2, 'Đăng ký khai tử', '1.000895', '03 ngày làm việc', '', 'Cấp xã'],
    ]);
    const out = join(fresh(), 'out');
    const run = await runCli(['import', '--lang', 'en', file, '-o', out]);
    expect(run.stdout.split(file).join('F')).toBe(
      'skipped      F: sheet "Danh mục" row 2 (1.000894): no effective date: cell E2 ("Ngày hiệu lực") gives none; write the date there (dd/mm/yyyy) or give --effective YYYY-MM-DD: cell E2 ("Ngày hiệu lực") holds a formula with no value: the file was not saved by a spreadsheet that computes it; open the file in Excel or LibreOffice and save it so that values are computed, or type the value in the cell\n' +
        'skipped      F: sheet "Danh mục" row 3 (1.000895): no effective date: cell E3 ("Ngày hiệu lực") gives none; write the date there (dd/mm/yyyy) or give --effective YYYY-MM-DD\n' +
        '0 imported, 2 skipped\n',
    );
    expect(run.code).toBe(1);
    const vi = await runCli(['import', file, '-o', out]);
    expect(vi.stdout).toContain(
      'dòng 3 (1.000895): không có ngày hiệu lực: ô E3 ("Ngày hiệu lực") không có giá trị; hãy ghi ngày vào ô đó (dd/mm/yyyy) hoặc dùng --effective YYYY-MM-DD\n',
    );
  });
});

describe('codeWithZeros', () => {
  it('restores the zeros of a code of three to five decimals starting with 0, and leaves local numbers', () => {
    expect(codeWithZeros('1.00089')).toBe('1.000890');
    expect(codeWithZeros('2.0001')).toBe('2.000100');
    expect(codeWithZeros('1.001')).toBe('1.001000');
    expect(codeWithZeros('1.1')).toBeUndefined();
    expect(codeWithZeros('1.25')).toBeUndefined();
    expect(codeWithZeros('1.000894')).toBeUndefined();
  });
});
