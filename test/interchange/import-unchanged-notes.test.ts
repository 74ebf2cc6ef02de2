import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// An import that gives the procedure the file already holds leaves the file as it is: the notes it carried (here an
// officer's column "Điện thoại" on the workbook's bodies sheet) were lost, while the report said they were kept. The
// fixture: don-vi-ghi-chu.xlsx (workbook-edits/make-workbooks.mjs), procmap's workbook of chung-thuc-ban-sao.yaml
// with that column added, imported over that file.
const WORKBOOK = join(ROOT, 'test/interchange/fixtures/workbook-edits/don-vi-ghi-chu.xlsx');
const FILE = join(ROOT, 'test/fixtures/site/xa/chung-thuc-ban-sao.yaml');
const NOTES = [
  'Đơn vị "Trung tâm Phục vụ hành chính công phường Kinh Bắc" — Điện thoại: 0222 3821 555',
  'Đơn vị "Lãnh đạo UBND phường Kinh Bắc" — Điện thoại: 0222 3821 666',
];

/** A catalog folder holding the procedure's file, as the officer keeps it. */
function catalog(): string {
  const out = mkdtempSync(join(tmpdir(), 'procmap-unchanged-notes-'));
  copyFileSync(FILE, join(out, 'chung-thuc-ban-sao.yaml'));
  return out;
}
const shown = (stdout: string, out: string) =>
  stdout.split('test/interchange/fixtures/workbook-edits/').join('F/').split(out).join('OUT');

describe('procmap import: an unchanged procedure with notes the file does not hold', () => {
  it('leaves the file as it is and shows the notes it did not write, with how to write them', async () => {
    const out = catalog();
    const run = await runCli(['import', '--lang', 'en', WORKBOOK, '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out)).toBe(
      'unchanged    OUT/chung-thuc-ban-sao.yaml  ← F/don-vi-ghi-chu.xlsx: sheet "Quy trình" row 2 (2.000815)\n' +
        '               2 values of columns procmap does not read ("Điện thoại") kept in the note, by row\n' +
        '               not written: 2 lines of the note, below, that the file does not hold (the procedure is the same as the file, which is left as it is; --force writes them in the comment at its top, and nothing else)\n' +
        NOTES.map((note) => `                 ${note}\n`).join('') +
        '0 imported, 1 unchanged, 0 skipped\n',
    );
    expect(readFileSync(join(out, 'chung-thuc-ban-sao.yaml'), 'utf8')).toBe(readFileSync(FILE, 'utf8'));
  });

  it('with --force writes only the comment at the top, then has nothing more to say', async () => {
    const out = catalog();
    const run = await runCli(['import', '--lang', 'vi', WORKBOOK, '-o', out, '--force']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out)).toBe(
      'đã ghi đè    OUT/chung-thuc-ban-sao.yaml  ← F/don-vi-ghi-chu.xlsx: trang tính "Quy trình", dòng 2 (2.000815)\n' +
        '               2 giá trị ở các cột procmap không đọc ("Điện thoại") được giữ trong ghi chú, theo từng dòng\n' +
        '               quy trình giống với tệp: chỉ ghi phần ghi chú trong chú thích ở đầu tệp, 2 dòng mới\n' +
        'đã nhập 0, ghi đè 1, bỏ qua 0\n',
    );
    // The file below its new comment is the officer's, byte for byte.
    expect(readFileSync(join(out, 'chung-thuc-ban-sao.yaml'), 'utf8')).toBe(
      '# Tạo bởi procmap import từ don-vi-ghi-chu.xlsx.\n' +
        '# Ghi chú: dữ liệu chưa có trường tương ứng trong quy trình, giữ lại ở đây:\n' +
        NOTES.map((note) => `#   ${note}\n`).join('') +
        '\n' +
        readFileSync(FILE, 'utf8'),
    );
    const again = await runCli(['import', '--lang', 'en', WORKBOOK, '-o', out]);
    expect(shown(again.stdout, out)).toBe(
      'unchanged    OUT/chung-thuc-ban-sao.yaml  ← F/don-vi-ghi-chu.xlsx: sheet "Quy trình" row 2 (2.000815)\n' +
        '               2 values of columns procmap does not read ("Điện thoại") kept in the note, by row\n' +
        '0 imported, 1 unchanged, 0 skipped\n',
    );
  });
});
