import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Edits an officer makes to procmap's own workbook in Excel, each once dropped without a word. The fixtures (made by
// make-workbooks.mjs from chung-thuc-ban-sao.yaml): gio-sua.xlsx, the hours of step "compare" changed to 1,5 with its
// "Thời gian" left at 0.75h; chi-co-gio.xlsx, the "Thời gian" column deleted and those hours changed; don-vi-ghi-chu.xlsx,
// a column "Điện thoại" added to the bodies sheet; gio-co-don-vi.xlsx, an hours cell of the steps sheet typed as text with
// its unit ("0.25h"), as its "Thời gian" writes it.
const DIR = join(ROOT, 'test/interchange/fixtures/workbook-edits');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-workbook-edits-'));
const shown = (stdout: string, out: string) =>
  stdout.split('test/interchange/fixtures/workbook-edits/').join('F/').split(out).join('OUT');

describe("procmap import: edits to procmap's own workbook", () => {
  it('says an edited hours cell disagrees with the time, and which cell to update for either edit, in both languages', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'gio-sua.xlsx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out)).toBe(
      'imported     OUT/QT-CT-01.yaml  ← F/gio-sua.xlsx: sheet "Quy trình" row 2 (2.000815)\n' +
        '               F/gio-sua.xlsx: sheet "Các bước" row 3: cell G3 ("Thời gian (giờ làm việc)") 1.5 does not agree with cell H3 ("Thời gian") "0.75h" (0.75 working hours), the time procmap reads and keeps: if you changed "Thời gian", update cell G3 to 0.75 or empty it; if you changed the hours, write them in cell H3, e.g. "1.5h"\n' +
        '1 imported, 0 skipped\n',
    );
    expect(readFileSync(join(out, 'QT-CT-01.yaml'), 'utf8')).toContain('    duration: 0.75h\n');
    const vi = await runCli(['import', '--lang', 'vi', join(DIR, 'gio-sua.xlsx'), '-o', fresh()]);
    expect(vi.stdout).toContain(
      'gio-sua.xlsx: trang tính "Các bước", dòng 3: ô G3 ("Thời gian (giờ làm việc)") 1,5 không khớp với ô H3 ("Thời gian") "0.75h" (0,75 giờ làm việc), là thời gian procmap đọc và giữ: nếu bạn đã sửa cột "Thời gian", hãy sửa ô G3 thành 0,75 hoặc xóa trống ô đó; nếu bạn đã sửa số giờ, hãy ghi vào ô H3, ví dụ "1.5h"\n',
    );
  });

  it('reads an unchanged hours cell written with its unit as agreeing, comparing values, not text', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'vi', join(DIR, 'gio-co-don-vi.xlsx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out)).toBe(
      'đã nhập      OUT/QT-CT-01.yaml  ← F/gio-co-don-vi.xlsx: trang tính "Quy trình", dòng 2 (2.000815)\n' +
        'đã nhập      OUT/QT-HT-02.yaml  ← F/gio-co-don-vi.xlsx: trang tính "Quy trình", dòng 3 (1.000894)\n' +
        'đã nhập 2, bỏ qua 0\n',
    );
  });

  it("reads the hours column as the steps' time when the sheet has no other", async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'chi-co-gio.xlsx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const lines = shown(run.stdout, out).split('\n');
    expect(lines[0]).toBe('imported     OUT/QT-CT-01.yaml  ← F/chi-co-gio.xlsx: sheet "Quy trình" row 2 (2.000815)');
    // The steps sheet is read, not passed over; the edited hours are what lint now judges against the same day.
    expect(run.stdout).not.toContain('other sheet');
    expect(run.stdout).not.toContain('does not agree');
    expect(lines[1]).toContain('The result is due the same day');
    const text = readFileSync(join(out, 'QT-CT-01.yaml'), 'utf8');
    expect(text.match(/ {4}duration: .*/g)).toEqual([
      '    duration: 0.25h',
      '    duration: 1.5h',
      '    duration: 0.5h',
      '    duration: 0.25h',
      '    duration: 0.25h',
    ]);
  });

  it("keeps an officer's column on the bodies sheet in the note, by body, as the other sheets' columns", async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'don-vi-ghi-chu.xlsx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out)).toBe(
      'imported     OUT/QT-CT-01.yaml  ← F/don-vi-ghi-chu.xlsx: sheet "Quy trình" row 2 (2.000815)\n' +
        '               2 values of columns procmap does not read ("Điện thoại") kept in the note, by row\n' +
        '1 imported, 0 skipped\n',
    );
    expect(readFileSync(join(out, 'QT-CT-01.yaml'), 'utf8')).toContain(
      '#   Đơn vị "Trung tâm Phục vụ hành chính công phường Kinh Bắc" — Điện thoại: 0222 3821 555\n' +
        '#   Đơn vị "Lãnh đạo UBND phường Kinh Bắc" — Điện thoại: 0222 3821 666\n',
    );
  });

  // Cells with no value to read, each once read as empty without a word: thoi-gian-loi.xlsx, "Thời gian" H2 of step 1
  // the error #DIV/0! beside its hours G2 = 0.25; thoi-gian-chua-tinh.xlsx, H2 a formula saved with no value;
  // chi-co-gio-loi.xlsx, no "Thời gian" column and G2 #DIV/0!; han-loi.xlsx, the catalog's limit G2 #DIV/0!.
  it("reads a step's hours where its time cell holds an error, naming the cell", async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'thoi-gian-loi.xlsx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out).split('\n').slice(0, 2)).toEqual([
      'imported     OUT/QT-CT-01.yaml  ← F/thoi-gian-loi.xlsx: sheet "Quy trình" row 2 (2.000815)',
      '               F/thoi-gian-loi.xlsx: sheet "Các bước" row 2: cell H2 ("Thời gian") shows the error #DIV/0!, not a value procmap can read, so the step\'s time is read from cell G2 ("Thời gian (giờ làm việc)"): 0.25 working hours; correct its formula, or type the value in the cell',
    ]);
    expect(run.stdout).not.toContain('draft');
    const text = readFileSync(join(out, 'QT-CT-01.yaml'), 'utf8');
    expect(text.match(/ {4}duration: .*/g)![0]).toBe('    duration: 0.25h');
    expect(text).not.toContain('draft: true');
  });

  // gio-mot.xlsx: step "compare" with its time changed to "1h" (hours left at 0,75), step "sign" with its time emptied
  // and its hours changed to 1: one working hour each, said "1 working hours".
  it('says one working hour in the singular in both messages about an hours cell', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'gio-mot.xlsx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const lines = shown(run.stdout, out).split('\n');
    expect(lines[1]).toBe(
      '               F/gio-mot.xlsx: sheet "Các bước" row 3: cell G3 ("Thời gian (giờ làm việc)") 0.75 does not agree with cell I3 ("Thời gian") "1h" (1 working hour), the time procmap reads and keeps: if you changed "Thời gian", update cell G3 to 1 or empty it; if you changed the hours, write them in cell I3, e.g. "0.75h"',
    );
    expect(lines[2]).toBe(
      '               F/gio-mot.xlsx: sheet "Các bước" row 4: cell I4 ("Thời gian") is empty, so the step\'s time is read from cell G4 ("Thời gian (giờ làm việc)"): 1 working hour; write the time in I4 if it is another',
    );
  });

  // thoi-gian-trong.xlsx: procmap's English workbook with step 2's "Duration" H3 emptied and its hours G3 = 1.5 kept;
  // it was read as a draft of 0h, the 1.5 hours dropped without a word.
  it("reads a step's hours where its time cell is empty, naming both cells, in both languages", async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'thoi-gian-trong.xlsx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out).split('\n').slice(0, 2)).toEqual([
      'imported     OUT/QT-CT-01.yaml  ← F/thoi-gian-trong.xlsx: sheet "Procedures" row 2 (2.000815)',
      '               F/thoi-gian-trong.xlsx: sheet "Steps" row 3: cell H3 ("Duration") is empty, so the step\'s time is read from cell G3 ("Duration (working hours)"): 1.5 working hours; write the time in H3 if it is another',
    ]);
    expect(run.stdout).not.toContain('draft');
    const text = readFileSync(join(out, 'QT-CT-01.yaml'), 'utf8');
    expect(text.match(/ {4}duration: .*/g)![1]).toBe('    duration: 1.5h');
    expect(text).not.toContain('draft: true');
    const vi = await runCli(['import', '--lang', 'vi', join(DIR, 'thoi-gian-trong.xlsx'), '-o', fresh()]);
    expect(vi.stdout).toContain(
      'trang tính "Steps", dòng 3: ô H3 ("Duration") để trống, nên thời gian của bước được đọc từ ô G3 ("Duration (working hours)"): 1,5 giờ làm việc; nếu thời gian khác, hãy ghi vào ô H3\n',
    );
  });

  it('says a formula saved without its value, and to save the file in a spreadsheet, in both languages', async () => {
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'thoi-gian-chua-tinh.xlsx'), '-o', fresh()]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain(
      'thoi-gian-chua-tinh.xlsx: sheet "Các bước" row 2: cell H2 ("Thời gian") holds a formula with no value: the file was not saved by a spreadsheet that computes it, so the step\'s time is read from cell G2 ("Thời gian (giờ làm việc)"): 0.25 working hours; open the file in Excel or LibreOffice and save it so that values are computed, or type the value in the cell\n',
    );
    const vi = await runCli(['import', '--lang', 'vi', join(DIR, 'thoi-gian-chua-tinh.xlsx'), '-o', fresh()]);
    expect(vi.stdout).toContain(
      'thoi-gian-chua-tinh.xlsx: trang tính "Các bước", dòng 2: ô H2 ("Thời gian") chứa công thức chưa có giá trị: tệp chưa được lưu bằng chương trình bảng tính tính ra giá trị, nên thời gian của bước được đọc từ ô G2 ("Thời gian (giờ làm việc)"): 0,25 giờ làm việc; hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại để giá trị được tính, hoặc ghi thẳng giá trị vào ô\n',
    );
  });

  it('names the cell of a draft step whose only time cell holds an error', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'chi-co-gio-loi.xlsx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out).split('\n').slice(1, 3)).toEqual([
      '               F/chi-co-gio-loi.xlsx: sheet "Các bước" row 2: cell G2 ("Thời gian (giờ làm việc)") shows the error #DIV/0!, not a value procmap can read, so the step is a draft; correct its formula, or type the value in the cell',
      "               1 of 5 steps are drafts: write each one's body and duration",
    ]);
  });

  it("names the cell of a catalog row's limit that holds an error, where the row is skipped", async () => {
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'han-loi.xlsx'), '-o', fresh()]);
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(run.stdout.split('\n')[0]).toBe(
      'skipped      test/interchange/fixtures/workbook-edits/han-loi.xlsx: sheet "Quy trình" row 2 (2.000815): no time limit: cell G2 ("Thời hạn giải quyết") shows the error #DIV/0!, not a value procmap can read; correct its formula, or type the value in the cell',
    );
  });
});
