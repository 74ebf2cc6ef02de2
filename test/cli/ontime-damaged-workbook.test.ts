import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Dossier exports a copy or a tool damaged, each made from two-row-header.xlsx: ontime reads them through the checks
// import makes (src/interchange/workbook-parts.ts), in the same words. Before, exceljs's streaming reader went on
// without the missing part and reported a workbook of no dossiers, or a header without its texts.
const DIR = 'test/fixtures/ontime/damaged';
const CATALOG = 'test/fixtures/ontime/catalog';
// The last line of stderr when a dossier file is refused: no report is written, not even an empty one.
const noReportEn = (file: string): string =>
  `procmap: no report written: the dossier file "${file}" could not be read (see above), and a report without its dossiers would give wrong figures. Fix it, or leave it out of the command, and run again\n`;
const noReportVi = (file: string): string =>
  `procmap: không ghi báo cáo vì không đọc được 1 tệp hồ sơ: "${file}" (lỗi nêu trên); báo cáo thiếu hồ sơ của tệp đó sẽ cho số liệu sai. Hãy sửa tệp đó, hoặc bỏ nó khỏi lệnh, rồi chạy lại\n`;

/** `procmap ontime` of one damaged export, in `lang`. */
function ontimeOf(name: string, lang: 'en' | 'vi' = 'en') {
  return runCli(['ontime', `${DIR}/${name}`, '--catalog', CATALOG, '--as-of', '2026-05-08 09:00', '--lang', lang]);
}

describe('procmap ontime of a damaged or misnamed workbook', () => {
  it.each([
    [
      'thieu-trang-ho-so.xlsx',
      'the workbook is damaged: its part xl/worksheets/sheet1.xml (sheet "Sổ theo dõi") is missing: open it in Excel and save it again',
    ],
    [
      'thieu-chu-o.xlsx',
      'the workbook is damaged: its part xl/sharedStrings.xml (the texts of its cells) is missing: open it in Excel and save it again',
    ],
    ['tai-lieu-word.xlsx', 'not an Excel workbook (.xlsx): it is a Word document (.docx) named .xlsx: rename it .docx'],
    [
      'o-qua-dai.xlsx',
      'sheet "Sổ theo dõi", cell J3 is 20,000 characters long; procmap reads a cell of up to 10,000 characters, the most a text of a procedure holds: shorten it',
    ],
  ])('%s: says what is wrong as import says it, and measures nothing', async (name, said) => {
    const run = await ontimeOf(name);
    expect(run.stderr).toBe(`${DIR}/${name}: ${said}\n${noReportEn(`${DIR}/${name}`)}`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
  });

  it('says it in Vietnamese too', async () => {
    const run = await ontimeOf('thieu-chu-o.xlsx', 'vi');
    expect(run.stderr).toBe(
      `${DIR}/thieu-chu-o.xlsx: sổ tính bị hỏng: thiếu phần xl/sharedStrings.xml (chữ trong các ô): hãy mở bằng Excel rồi lưu lại\n` +
        noReportVi(`${DIR}/thieu-chu-o.xlsx`),
    );
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
  });
});
