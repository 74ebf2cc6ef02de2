import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// QT-TEST-THANG's steps take 248 working hours less a minute (247,983…), over its online 45 calendar days by 39 h
// 59 min (39,983… hours) for the worst receipt, received at closing time; QT-LICH
// meets its 15 calendar days for every receipt, so what it has to spare depends on the date of receipt.
const DIR = 'test/fixtures/overrun-on-dates';

describe("the workbook's total and slack", () => {
  it('are working hours to two decimals, shown so; the slack is blank for a limit that dates decide and is met', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'procmap-overrun-xlsx-')), 'l.xlsx');
    const result = await runCli(['export', DIR, '-o', file, '--lang', 'vi']);
    expect(result.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0]!;
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, i) => {
      if (i > 1) rows.set(String(row.getCell(1).value), row);
    });
    const [total, slack] = [8, 9];
    const month = rows.get('QT-TEST-THANG')!;
    expect(month.getCell(total).value).toBe(247.98);
    expect(month.getCell(slack).value).toBe(-39.98);
    expect(month.getCell(total).numFmt).toBe('0.00');
    expect(month.getCell(slack).numFmt).toBe('0.00');
    const calendarDays = rows.get('QT-LICH')!;
    expect(calendarDays.getCell(total).value).toBe(24);
    expect(calendarDays.getCell(slack).value).toBe('');
  });

  it("the steps sheet gives each step's working hours to two decimals too, shown so", async () => {
    // 20 minutes is 0,333… working hours.
    const file = join(mkdtempSync(join(tmpdir(), 'procmap-step-hours-xlsx-')), 's.xlsx');
    const result = await runCli(['export', 'test/fixtures/slack-rounding/minutes.yaml', '-o', file, '--lang', 'vi']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('Các bước')!;
    const hours = 7;
    expect(sheet.getRow(1).getCell(hours).value).toBe('Thời gian (giờ làm việc)');
    expect([2, 3].map((i) => sheet.getRow(i).getCell(hours).value)).toEqual([0.33, 8]);
    expect([2, 3].map((i) => sheet.getRow(i).getCell(hours).numFmt)).toEqual(['0.00', '0.00']);
    // The total beside them is the same figure, rounded once.
    expect(book.worksheets[0]!.getRow(2).getCell(8).value).toBe(8.33);
  });
});
