import { readFileSync } from 'node:fs';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { inReadingOrder } from '../../src/node/workbook-order.js';

const FIXTURE = new URL('../fixtures/ontime/two-row-header.xlsx', import.meta.url);

/** Every row of every sheet as exceljs's streaming reader gives them. */
async function streamedRows(input: string | NodeJS.ReadableStream): Promise<unknown[][]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input as string, { sharedStrings: 'cache', styles: 'cache' });
  const rows: unknown[][] = [];
  for await (const sheet of reader) for await (const row of sheet) rows.push(row.values as unknown[]);
  return rows;
}

describe('a dossier workbook in reading order (exceljs/exceljs#3064)', () => {
  it('stores the workbook, its relations and shared strings before the sheets, and a part nothing reads last', async () => {
    const original = await JSZip.loadAsync(readFileSync(FIXTURE));
    // As exceljs writes it: the workbook part last, which its streaming reader can miss.
    expect(
      Object.keys(original.files)
        .filter((name) => !original.files[name]!.dir)
        .at(-1),
    ).toBe('xl/workbook.xml');
    const ordered = await JSZip.loadAsync(await buffer(inReadingOrder(original)));
    const names = Object.keys(ordered.files).filter((name) => !ordered.files[name]!.dir);
    const sheet = names.indexOf('xl/worksheets/sheet1.xml');
    for (const part of ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'])
      expect(names.indexOf(part), part).toBeLessThan(sheet);
    expect(names.at(-1)).toBe('procmap-end');
  });

  it('gives the rows of the file', async () => {
    const ordered = inReadingOrder(await JSZip.loadAsync(readFileSync(FIXTURE)));
    const rows = await streamedRows(ordered);
    expect(rows.length).toBe(5);
    expect(rows).toMatchInlineSnapshot(`
      [
        [
          ,
          "SỔ THEO DÕI HỒ SƠ",
        ],
        [
          ,
          "STT",
          "Mã hồ sơ",
          "Thủ tục",
          ,
          "Thời gian",
          ,
          ,
          "Trạng thái",
          "Đơn vị xử lý",
        ],
        [
          ,
          ,
          ,
          "Mã thủ tục",
          "Tên thủ tục",
          "Ngày tiếp nhận",
          "Ngày hẹn trả",
          "Ngày trả kết quả",
        ],
        [
          ,
          1,
          "X01",
          "1.000894",
          "Đăng ký kết hôn",
          2026-02-12T09:00:00.000Z,
          2026-02-26T09:00:00.000Z,
          2026-02-26T16:45:00.000Z,
          "Đã trả kết quả",
          "UBND phường Kinh Bắc",
        ],
        [
          ,
          2,
          "X02",
          "1.000894",
          "Đăng ký kết hôn",
          2026-05-04T08:00:00.000Z,
          2026-05-11T08:00:00.000Z,
          ,
          "Rút hồ sơ",
          "UBND phường Kinh Bắc",
        ],
      ]
    `);
  });
});
