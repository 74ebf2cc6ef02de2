import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { zipOf } from '../helpers/zip.js';

// A dossier export as a workbook whose one sheet holds the header and a dossier in each of `rows` (sparse: a row far
// down costs its bytes alone, so a workbook that reaches row 3,000,000 is a few hundred bytes, read in milliseconds).
// Chứng thực (1 working day), received Mon 02/03/2026 09:00, settled 10:00 that day: early.
function workbook(rows: readonly (number | string)[]): Buffer {
  const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
  const header = ['Số hồ sơ', 'Mã thủ tục', 'Ngày tiếp nhận', 'Ngày có kết quả'];
  let data = `<row r="1">${header.map((h, i) => text(`${'ABCD'[i]}1`, h)).join('')}</row>`;
  for (const row of rows) {
    // A string is written as it stands: a row of no cell.
    if (typeof row === 'string') data += row;
    else
      data += `<row r="${row}">${text(`A${row}`, `HS-${row}`)}${text(`B${row}`, '2.000815')}${text(`C${row}`, '02/03/2026 09:00')}${text(`D${row}`, '02/03/2026 10:00')}</row>`;
  }
  const xml = (body: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const pkg = 'http://schemas.openxmlformats.org/package/2006';
  return zipOf([
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="${pkg}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="${pkg}/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Hồ sơ" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        `<Relationships xmlns="${pkg}/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: xml(`<worksheet xmlns="${main}"><sheetData>${data}</sheetData></worksheet>`),
    },
  ]);
}

const ontime = (file: string, ...more: string[]) =>
  runCli(['ontime', file, '--catalog', 'test/fixtures/ontime/catalog', '--as-of', '31/03/2026 17:00', ...more]);

describe('procmap ontime, a dossier workbook past the last row of a sheet', () => {
  it('refuses a sheet that reaches past row 1,048,576, naming the row, before anything is written', async () => {
    // Before, the dossier in row 1,048,577 (and one in row 3,000,000) was read and counted: a report of more dossiers
    // than Excel, which cannot open the file whole, shows the officer in it.
    const dir = mkdtempSync(join(tmpdir(), 'past-excel-'));
    const file = join(dir, 'ho-so.xlsx');
    writeFileSync(file, workbook([2, 1_048_577]));
    const vi = await ontime(file, '-f', 'markdown', '-o', join(dir, 'bao-cao.md'));
    expect([vi.code, vi.stdout]).toEqual([1, '']);
    expect(vi.stderr).toBe(
      `${file}: trang tính "Hồ sơ" có đến dòng 1.048.577 (ô A1048577), vượt quá dòng cuối cùng của một trang tính (1.048.576): phần mềm xuất tệp đã ghi nhiều dòng hơn sức chứa của một trang tính, điều không ứng dụng bảng tính nào làm, và Excel không mở được trọn tệp này, nên hồ sơ cán bộ thấy trong tệp sẽ không khớp với hồ sơ procmap đếm; hãy xuất hồ sơ ra tệp CSV, procmap đọc tệp CSV từng phần, đến 5.000.000 dòng\n` +
        `procmap: không ghi báo cáo vì không đọc được 1 tệp hồ sơ: "${file}" (lỗi nêu trên); báo cáo thiếu hồ sơ của tệp đó sẽ cho số liệu sai. Hãy sửa tệp đó, hoặc bỏ nó khỏi lệnh, rồi chạy lại\n`,
    );
    expect(readdirSync(dir)).toEqual(['ho-so.xlsx']);
    // A row far down with no cell (a height set on it) is named by its row alone.
    writeFileSync(file, workbook([2, '<row r="3000000" ht="20" customHeight="1"/>']));
    const en = await ontime(file, '--lang', 'en');
    expect([en.code, en.stdout]).toEqual([1, '']);
    expect(en.stderr).toContain(
      `${file}: sheet "Hồ sơ" reaches row 3,000,000, past the last row a sheet has (1,048,576): the software that exported it wrote more rows than a sheet holds, which no spreadsheet application does, and Excel cannot open the file whole, so the dossiers an officer sees in it would not be those procmap counts; export the dossiers as CSV, which procmap reads as it streams, up to 5,000,000 rows\n`,
    );
  });

  it('reads a dossier in the last row, 1,048,576', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'past-excel-'));
    const file = join(dir, 'ho-so.xlsx');
    writeFileSync(file, workbook([2, 1_048_576]));
    const run = await ontime(file, '-f', 'json');
    expect([run.code, run.stderr]).toEqual([0, '']);
    // Both settled an hour after receipt, within the day's limit: early.
    expect(JSON.parse(run.stdout).totals).toMatchObject({ dossiers: 2, early: 2 });
  });
});
