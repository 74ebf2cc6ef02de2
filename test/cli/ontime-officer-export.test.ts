import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/officer-export.csv: an export as a ward's one-stop software writes it: a title block above the
// header, headers without diacritics, a serial-number column, a blank row, a totals row at the end. Đăng ký kết hôn
// (1.000894, 5 working days; office hours 07:30–11:30, 13:00–17:00), as of Fri 29/05/2026 17:00. Counted by hand:
// - K-1 received Thu 02/04 08:00: 7.5 h that day, then Fri 03, Mon 06, Tue 07, Wed 08 (39.5 h), 0.5 h more: due
//   Thu 09/04 08:00; settled Wed 08/04 10:00, a day ahead: early.
// - K-2, the same due moment, settled Fri 10/04 09:00: late by 7.5 h (Thu 08:00–17:00) + 1.5 h (Fri 07:30–09:00) = 9 h.
// - K-3 received Thu 30/04 09:00, a holiday (30/04, 01/05; then the weekend): counted from Mon 04/05 07:30, due the end
//   of Fri 08/05; settled 08/05 16:00: on time. The software's appointment, Mon 11/05 07:30, differs.
// - K-4 received Wed 06/05 18:30, after hours: counted from Thu 07/05 07:30, due Wed 13/05 17:00; settled 16:30 that
//   day: on time. The software's appointment, Thu 14/05 07:30, differs.
// - K-5 received Mon 25/05 09:00, in progress: due Mon 01/06 09:00, open in time.
// - K-6 received Mon 04/05 09:00, in progress: due Mon 11/05 09:00, open and overdue.
// - K-7 received Mon 04/05 09:00, returned for additions Tue 05/05 09:00 (8 h used) to Tue 12/05 09:00: 32 h left,
//   6.5 h on the 12th, 8 h on the 13th, 14th and 15th (30.5 h), 1.5 h more: due Mon 18/05 09:00; settled Thu 14/05:
//   early.
// - K-8 withdrawn: not counted. K-9 received Mon 18/05 09:00, paused from Wed 20/05 09:00 (16 h used), still waiting
//   for the applicant: open, paused.
// - name 1.999999, which the catalog has not; Y-1 no code, and a name that is no procedure's title.
// Measured 8: finished 5 (early 2, on time 2, late 1: 80%), open 3 (1 in time, 1 overdue, 1 paused); 1 withdrawn; 3
// rows not measured; the blank row and the totals row are no dossiers (12 rows read).
const ONTIME = [
  'ontime',
  'test/fixtures/ontime/officer-export.csv',
  '--catalog',
  'test/fixtures/ontime/catalog',
  '--as-of',
  '29/05/2026 17:00',
];

describe('procmap ontime on an export as a ward writes it', () => {
  it('counts as the hand count does', async () => {
    const run = await runCli([...ONTIME, '-f', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.rows).toBe(12);
    expect(report.totals).toMatchObject({
      dossiers: 8,
      finished: 5,
      early: 2,
      on_time: 2,
      late: 1,
      open_in_time: 1,
      open_overdue: 1,
      open_paused: 1,
      rate: 0.8,
    });
    expect(report.not_settled).toBe(1);
    expect(report.bad_rows.count).toBe(3);
    expect(report.vendor).toMatchObject({ compared: 7, disagreements: 2, vendorLater: 2 });
    const listed = Object.fromEntries(
      report.dossiers.map((d: { id: string; due: string; lateHours: number }) => [d.id, [d.due, d.lateHours]]),
    );
    expect(listed).toMatchObject({
      'K-2': ['2026-04-09T08:00', 9],
      'K-3': ['2026-05-08T17:00', 0],
      'K-4': ['2026-05-13T17:00', 0],
      // 11/05 09:00 to 29/05 17:00: 6.5 h, then 14 working days of 8 h.
      'K-6': ['2026-05-11T09:00', 118.5],
    });
  });

  it('names the procedures not found in the catalog, with their rows, in every report', async () => {
    // Before, the report said "3 rows not measured" and no more: which procedures the catalog lacks was to be pieced
    // together from the rows listed one by one on stderr (the first 50).
    const vi = await runCli(ONTIME);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(
      '\n\nThủ tục không có trong bộ quy trình (3 dòng, không đo được): 1.999999 – Cấp phép xây dựng (2 dòng); Cấp bản sao trích lục hộ tịch (1 dòng). Nếu đó là thủ tục của đơn vị, hãy lập quy trình cho thủ tục đó (hoặc ghi mã thủ tục vào quy trình đã có); nếu mã bị ghi sai, hãy sửa trong tệp xuất.\n',
    );
    const en = await runCli([...ONTIME, '-f', 'markdown', '--lang', 'en']);
    // One file in the singular: it was "1 files, 12 rows".
    expect(en.stdout).toContain('\n1 file, 12 rows, as of Fri 29/05/2026 17:00\n');
    expect(en.stdout).toContain(
      '\n> Procedures not in the catalog (3 rows, not measured): 1.999999 – Cấp phép xây dựng (2 rows); Cấp bản sao trích lục hộ tịch (1 row). If',
    );
    const json = JSON.parse((await runCli([...ONTIME, '-f', 'json'])).stdout);
    expect(json.unknown_procedures).toEqual([
      { procedure: '1.999999', name: 'Cấp phép xây dựng', rows: 2 },
      { procedure: '', name: 'Cấp bản sao trích lục hộ tịch', rows: 1 },
    ]);
    expect(json.unknown_procedures_rows_left_out).toBe(0);
  });
});

describe('procmap ontime on a workbook as a ward exports a year, a month per sheet', () => {
  it('reads merged two-row headers, date cells, serial numbers and text, and passes over totals and a summary sheet', async () => {
    // Each month's sheet: a merged title, "Thời gian" merged over the three date columns, the others merged down over
    // both header rows, a totals row with a formula. A summary sheet first, with no dossier header. Counted by hand
    // (as in the CSV above): A-1 early, A-2 late by 9 h (its dates as serial numbers), A-3 (Chứng thực, 1 working
    // day, received on the 30/04 holiday as text) counted from Mon 04/05, settled 10:00 that day: on time; B-1 (after
    // hours) on time, its appointment the software's 14/05 07:30 (≠); B-2 open and overdue; B-3 withdrawn.
    const dir = mkdtempSync(join(tmpdir(), 'procmap-ward-'));
    const file = join(dir, 'ho-so-2026.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Tổng hợp').addRow(['Tổng số hồ sơ', 6]);
    const utc = (m: number, d: number, h: number, mi = 0) => new Date(Date.UTC(2026, m - 1, d, h, mi));
    const serial = (date: Date) => date.getTime() / 86_400_000 + 25_569;
    const month = (name: string, rows: ExcelJS.CellValue[][]) => {
      const sheet = book.addWorksheet(name);
      sheet.mergeCells('A1:G1');
      sheet.getCell('A1').value = `BÁO CÁO GIẢI QUYẾT HỒ SƠ ${name.toUpperCase()}`;
      sheet.getRow(3).values = ['STT', 'Số hồ sơ', 'Mã thủ tục', 'Thời gian', null, null, 'Trạng thái'];
      sheet.getRow(4).values = [null, null, null, 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', null];
      for (const range of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4']) sheet.mergeCells(range);
      rows.forEach((values, i) => {
        const row = sheet.getRow(5 + i);
        row.values = values;
        for (const column of [4, 5, 6]) row.getCell(column).numFmt = 'dd/mm/yyyy hh:mm';
      });
      const total = 5 + rows.length;
      sheet.getRow(total).values = ['Tổng cộng', { formula: `COUNTA(B5:B${total - 1})`, result: rows.length }];
    };
    month('Tháng 4', [
      [1, 'A-1', '1.000894', utc(4, 2, 8), utc(4, 9, 8), utc(4, 8, 10), 'Đã trả kết quả'],
      [2, 'A-2', '1.000894', serial(utc(4, 2, 8)), serial(utc(4, 9, 8)), serial(utc(4, 10, 9)), 'Đã trả kết quả'],
      [3, 'A-3', '2.000815', '30/04/2026 09:00', null, '04/05/2026 10:00', 'Hoàn thành'],
    ]);
    month('Tháng 5', [
      [1, 'B-1', '1.000894', utc(5, 6, 18, 30), utc(5, 14, 7, 30), utc(5, 13, 16, 30), 'Đã trả kết quả'],
      [2, 'B-2', '1.000894', utc(5, 4, 9), null, null, 'Đang giải quyết'],
      [3, 'B-3', '1.000894', utc(5, 4, 9), null, null, 'Công dân rút hồ sơ'],
    ]);
    await book.xlsx.writeFile(file);
    const run = await runCli([
      'ontime',
      file,
      '--catalog',
      'test/fixtures/ontime/catalog',
      '--as-of',
      '29/05/2026 17:00',
      '-f',
      'json',
    ]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const report = JSON.parse(run.stdout);
    expect(report.rows).toBe(6);
    expect(report.totals).toMatchObject({
      dossiers: 5,
      early: 1,
      on_time: 2,
      late: 1,
      open_in_time: 0,
      open_overdue: 1,
    });
    expect([report.not_settled, report.bad_rows.count]).toEqual([1, 0]);
    expect(report.vendor).toMatchObject({ compared: 3, disagreements: 1 });
  });
});
