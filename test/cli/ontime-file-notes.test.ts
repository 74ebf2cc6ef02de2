import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unmarked } from '../helpers/inert.js';
import { runCli } from '../helpers/run-cli.js';
import { ontimeReportFile } from '../helpers/ontime-report-file.js';

// pause-days-column.csv (ontime-pause-days-column.test.ts): a column of paused days with no pause's start or end, two
// of its dossiers not measured for it. hidden-sheet/ho-so.xlsx (make.mjs beside it): "Tháng 7" (A1 on time) and a
// hidden "Nháp" (C1 late), measured as a hidden row is. Before, both notes went to stderr alone: a report read later
// (Markdown, HTML, a workbook, JSON) counted C1 late, or left two dossiers out, with nothing to say why.
const PAUSED = {
  file: 'test/fixtures/ontime/pause-days-column.csv',
  run: ['--catalog', 'test/fixtures/ontime/catalog', '--as-of', '01/06/2026 08:00'],
  vi: 'test/fixtures/ontime/pause-days-column.csv: cột "Số ngày tạm dừng" chỉ ghi số ngày tạm dừng, không ghi tạm dừng từ lúc nào đến lúc nào; số ngày không đặt được lên lịch làm việc (ngày nghỉ, ngày lễ, giờ trong ngày), nên hồ sơ có tạm dừng mà không tính tạm dừng thì quá hạn không được đo; hãy xuất thêm cột "Ngày tạm dừng" và "Ngày tiếp tục", hoặc cột "Tạm dừng" (13/02/2026 09:00 - 16/02/2026 10:00)',
  en: 'test/fixtures/ontime/pause-days-column.csv: the column "Số ngày tạm dừng" gives a number of paused days, not when each pause started and ended; a number of days cannot be placed on the working calendar (days off, holidays, hours of the day), so a paused dossier that reads late without its pauses is not measured; export the columns "Ngày tạm dừng" and "Ngày tiếp tục" too, or "Tạm dừng" (13/02/2026 09:00 - 16/02/2026 10:00)',
  json: { paused_days_only: [{ file: 'test/fixtures/ontime/pause-days-column.csv', column: 'Số ngày tạm dừng' }] },
};
const HIDDEN = {
  file: 'test/fixtures/ontime/hidden-sheet/ho-so.xlsx',
  run: ['--catalog', 'test/fixtures/ontime/date-receipt/catalog', '--as-of', '10/07/2026'],
  vi: 'test/fixtures/ontime/hidden-sheet/ho-so.xlsx: trang "Nháp" đang ẩn, nhưng hồ sơ trong đó vẫn được đo như mọi trang khác; nếu đó không phải hồ sơ của kỳ báo cáo (bản nháp, bản sao), hãy xóa trang đó rồi chạy lại',
  en: 'test/fixtures/ontime/hidden-sheet/ho-so.xlsx: the sheet "Nháp" is hidden, and its dossiers are measured like any other\'s; if they are not dossiers of the period (a draft, a copy), delete the sheet and run again',
  json: { hidden_sheets: [{ file: 'test/fixtures/ontime/hidden-sheet/ho-so.xlsx', sheet: 'Nháp' }] },
};
// hidden-rows/ho-so.xlsx (make.mjs beside it): rows 3 (B1, late) and 5 (B2) hidden by hand. Before, they were measured
// without a word, while Excel's SUBTOTAL leaves filtered rows out: the officer's own total disagreed unexplained.
const ROWS = {
  file: 'test/fixtures/ontime/hidden-rows/ho-so.xlsx',
  run: ['--catalog', 'test/fixtures/ontime/date-receipt/catalog', '--as-of', '10/07/2026'],
  vi: 'test/fixtures/ontime/hidden-rows/ho-so.xlsx: 2 dòng hồ sơ đang ẩn trong sổ tính (ẩn tay hoặc bị lọc: dòng 3, 5) vẫn được đo như mọi dòng, vì mỗi dòng là một hồ sơ; dòng tổng của Excel tính bằng SUBTOTAL bỏ qua dòng bị lọc (và dòng ẩn tay, với mã 101–111), nên có thể ít hơn số hồ sơ của báo cáo này; dòng nào không phải hồ sơ (dòng thử, bản sao) thì hãy xóa chứ đừng ẩn, rồi chạy lại',
  en: "test/fixtures/ontime/hidden-rows/ho-so.xlsx: 2 dossier rows hidden in the workbook (by hand or by a filter: rows 3, 5) are measured like any other, since each row is a dossier; Excel's totals by SUBTOTAL leave out rows filtered out (and rows hidden by hand, with codes 101–111), so they may count fewer dossiers than this report; delete a row that is no dossier (a test, a copy) rather than hide it, and run again",
  json: {
    hidden_rows: [{ file: 'test/fixtures/ontime/hidden-rows/ho-so.xlsx', count: 2, rows: [{ row: 3 }, { row: 5 }] }],
  },
};

describe.each([
  ['paused days without dates', PAUSED],
  ['a hidden sheet measured', HIDDEN],
  ['hidden rows measured', ROWS],
])('procmap ontime: the note on %s', (_, note) => {
  it('is among the notes of the report on the terminal, and not said again on stderr', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const run = await runCli(['ontime', note.file, ...note.run, '--lang', lang]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`\n\n${note[lang]}\n`);
      expect(run.stderr).not.toContain(note[lang]);
    }
  });

  it("is in every report file, in the report's language, as well as on stderr", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'file-notes-'));
    const write = async (format: string, lang: 'vi' | 'en') => {
      const { run, output } = await ontimeReportFile(dir, [note.file, ...note.run], format, lang);
      expect([run.code, run.stdout]).toEqual([0, '']);
      expect(run.stderr.split(note[lang])).toHaveLength(2);
      return output;
    };
    expect(readFileSync(await write('text', 'en'), 'utf8')).toContain(`\n\n${note.en}\n`);
    expect(readFileSync(await write('markdown', 'vi'), 'utf8')).toContain(`\n> ${note.vi}\n`);
    // The page names an export by its file name, as its rows do, never the folders it was read from.
    const page = unmarked(readFileSync(await write('html', 'vi'), 'utf8'));
    const named = note.vi.replace(note.file, basename(note.file));
    expect(page).toContain(`<p class="note">${named.replaceAll('"', '&quot;')}</p>`);
    const json = JSON.parse(readFileSync(await write('json', 'en'), 'utf8'));
    expect(json).toMatchObject({ paused_days_only: [], hidden_sheets: [], hidden_rows: [], ...note.json });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await write('xlsx', 'vi'));
    const cells: unknown[] = [];
    book.worksheets[0]!.eachRow((row) => cells.push(row.getCell(1).value));
    expect(cells).toContain(note.vi);
  });

  it('is said on stderr when no report is printed, another file being refused', async () => {
    const empty = join(mkdtempSync(join(tmpdir(), 'file-notes-')), 'trong.csv');
    writeFileSync(empty, '');
    const run = await runCli(['ontime', note.file, empty, ...note.run, '--lang', 'en']);
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toContain(`${note.en}\n`);
  });
});

describe('procmap ontime: hidden rows', () => {
  it('counts a hidden row as the dossier it is', async () => {
    const run = await runCli(['ontime', ROWS.file, ...ROWS.run, '-f', 'json']);
    expect(run.code).toBe(0);
    // Hand-counted: A1, A2 and B2 on time, B1 (hidden row 3, result 10/07 for a limit ending 02/07) late: 3 of 4.
    expect(JSON.parse(run.stdout).totals).toMatchObject({ dossiers: 4, finished: 4, late: 1, rate: 0.75 });
  });
});

describe('procmap ontime: hidden rows in a period', () => {
  it('counts only the hidden rows of the period', async () => {
    // Rows 2–5 received 01–02/07 and settled 02–10/07: a period of 01/07–02/07 keeps A1 (row 2, settled 02/07) alone;
    // the hidden rows 3 (settled 10/07) and 5 (03/07) are settled after it, open at its end: both in the note.
    const kept = await runCli([
      'ontime',
      ROWS.file,
      ...ROWS.run.slice(0, 2),
      '--from',
      '01/07/2026',
      '--to',
      '02/07/2026',
      '-f',
      'json',
    ]);
    expect(JSON.parse(kept.stdout).hidden_rows).toEqual([
      { file: ROWS.file, count: 2, rows: [{ row: 3 }, { row: 5 }] },
    ]);
    // 04/07–31/07 leaves out rows 2, 4, 5 (settled before it): hidden row 3 alone, settled 10/07, is in it.
    const later = await runCli([
      'ontime',
      ROWS.file,
      ...ROWS.run.slice(0, 2),
      '--from',
      '04/07/2026',
      '--to',
      '31/07/2026',
      '-f',
      'json',
    ]);
    expect(JSON.parse(later.stdout).hidden_rows).toEqual([{ file: ROWS.file, count: 1, rows: [{ row: 3 }] }]);
  });
});
