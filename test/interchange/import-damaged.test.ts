import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Workbooks a copy or a tool damaged: a part its own directory names missing, a Word document named .xlsx, a cell of
// millions of characters.
const DIR = 'test/interchange/fixtures/hong';
const fresh = () => join(mkdtempSync(join(tmpdir(), 'procmap-damaged-')), 'out');

/** `procmap import` of one fixture into a fresh folder, in `lang`. */
async function importOf(name: string, lang: 'en' | 'vi' = 'en') {
  const out = fresh();
  const run = await runCli(['import', '--lang', lang, join(DIR, name), '-o', out, '--effective', '2026-01-01']);
  return { ...run, out };
}

describe('procmap import of a damaged or misnamed workbook', () => {
  const unreadable = (name: string, why: string) =>
    [`procmap: ${DIR}/${name}: ${why}\n`, '0 imported, 0 skipped, 1 file unreadable\n'] as const;

  it('names a sheet whose part is missing, where exceljs would read the workbook without it', async () => {
    // procmap's own export with xl/worksheets/sheet2.xml taken out: its catalog imported with draft steps before.
    const run = await importOf('thieu-trang-cac-buoc.xlsx');
    expect([run.stderr, run.stdout]).toEqual(
      unreadable(
        'thieu-trang-cac-buoc.xlsx',
        'the workbook is damaged: its part xl/worksheets/sheet2.xml (sheet "Các bước") is missing: open it in Excel and save it again',
      ),
    );
    expect(run.code).toBe(1);
    expect(existsSync(run.out)).toBe(false);
    const vi = await importOf('thieu-trang-cac-buoc.xlsx', 'vi');
    expect(vi.stderr).toBe(
      `procmap: ${DIR}/thieu-trang-cac-buoc.xlsx: sổ tính bị hỏng: thiếu phần xl/worksheets/sheet2.xml (trang tính "Các bước"): hãy mở bằng Excel rồi lưu lại\n`,
    );
  });

  it('names the missing shared texts, not ten sheets with no header', async () => {
    const run = await importOf('thieu-chu-o.xlsx');
    expect([run.stderr, run.stdout]).toEqual(
      unreadable(
        'thieu-chu-o.xlsx',
        'the workbook is damaged: its part xl/sharedStrings.xml (the texts of its cells) is missing: open it in Excel and save it again',
      ),
    );
    expect(run.code).toBe(1);
  });

  it('names a missing workbook part, not headers to fix', async () => {
    const run = await importOf('thieu-workbook.xlsx');
    expect([run.stderr, run.stdout]).toEqual(
      unreadable(
        'thieu-workbook.xlsx',
        'the workbook is damaged: its part xl/workbook.xml is missing: open it in Excel and save it again',
      ),
    );
    expect(run.code).toBe(1);
  });

  it('says a Word document named .xlsx is one, and to rename it', async () => {
    const run = await importOf('tai-lieu-word.xlsx');
    expect([run.stderr, run.stdout]).toEqual(
      unreadable(
        'tai-lieu-word.xlsx',
        'not an Excel workbook (.xlsx): it is a Word document (.docx) named .xlsx: rename it .docx',
      ),
    );
    expect(run.code).toBe(1);
    const vi = await importOf('tai-lieu-word.xlsx', 'vi');
    expect(vi.stderr).toBe(
      `procmap: ${DIR}/tai-lieu-word.xlsx: không phải sổ tính Excel (.xlsx): đây là tài liệu Word (.docx) bị đặt đuôi .xlsx: hãy đổi đuôi thành .docx\n`,
    );
  });

  it('refuses a cell longer than a text of a procedure, naming its sheet and cell, in bounded time', async () => {
    // 45 KB on disk, a header cell of 8 million characters: 22 s and 729 MB in exceljs before. Bounded means refused
    // before exceljs reads the workbook at all: counted, not timed (speed is `npm run bench`'s).
    const reads = vi.spyOn(ExcelJS.Workbook.prototype, 'xlsx', 'get');
    const run = await importOf('o-8-trieu-ky-tu.xlsx', 'vi');
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    expect([run.stderr, run.stdout]).toEqual([
      `procmap: ${DIR}/o-8-trieu-ky-tu.xlsx: trang tính "Quy trình", ô A1 dài 8.000.017 ký tự; procmap đọc ô dài tối đa 10.000 ký tự, bằng độ dài tối đa một văn bản của quy trình: hãy rút ngắn ô đó\n`,
      'đã nhập 0, bỏ qua 0, không đọc được 1 tệp\n',
    ]);
    expect(run.code).toBe(1);
  });

  // A probe's workbooks (good.xlsx with one cell edited): exceljs crashed on a shared string it does not hold, and
  // the message quoted JavaScript ("Cannot read properties of undefined (reading 'richText')") with a hint about .xls.
  it('names a cell whose shared text the workbook does not hold (past its end, or -1), with what to do', async () => {
    for (const [name, index] of [
      ['chu-o-ngoai-danh-sach.xlsx', '99999999'],
      ['chu-o-so-am.xlsx', '-1'],
    ] as const) {
      const run = await importOf(name);
      expect([run.stderr, run.stdout]).toEqual(
        unreadable(
          name,
          `the workbook is damaged: sheet "Procedures", cell A1 names text number "${index}" of the workbook, which has 906: open it in Excel and save it again`,
        ),
      );
      expect(run.code).toBe(1);
      expect(existsSync(run.out)).toBe(false);
    }
    const vi = await importOf('chu-o-so-am.xlsx', 'vi');
    expect(vi.stderr).toBe(
      `procmap: ${DIR}/chu-o-so-am.xlsx: sổ tính bị hỏng: trang tính "Procedures", ô A1 trỏ tới chữ số "-1" của sổ tính, trong khi sổ tính chỉ có 906: hãy mở bằng Excel rồi lưu lại\n`,
    );
  });

  it("refuses a formula's cell marked as a shared text, whose index was imported as the id (25.yaml)", async () => {
    const run = await importOf('cong-thuc-chu-o.xlsx');
    expect([run.stderr, run.stdout]).toEqual(
      unreadable(
        'cong-thuc-chu-o.xlsx',
        'the workbook is damaged: sheet "Procedures", cell A2 holds a formula whose value is marked as a text of the workbook, which Excel never writes: open it in Excel and save it again',
      ),
    );
    expect(run.code).toBe(1);
    expect(existsSync(run.out)).toBe(false);
  });
});
