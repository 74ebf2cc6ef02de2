import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// An officer hides an old version's catalog row (or the whole old catalog sheet) rather than deleting it; the steps of
// that procedure stay on the steps sheet. They were each skipped as belonging to "no procedure in the catalog sheet"
// (exit 1), or the whole sheet told to be given "with the catalog … or the whole workbook", when it was the whole
// workbook. Fixtures written by hidden-owner/make-workbooks.mjs.
const DIR = join(ROOT, 'test/interchange/fixtures/hidden-owner');

async function imported(file: string, lang: 'en' | 'vi' = 'en') {
  const out = mkdtempSync(join(tmpdir(), 'procmap-hidden-owner-'));
  const run = await runCli(['import', '--lang', lang, file, '-o', out], { cwd: DIR });
  return { run, out, stdout: run.stdout.split(out).join('OUT') };
}

describe('procmap import: the rows of a procedure hidden in the catalog', () => {
  it('are passed over with its hidden catalog row, named by their rows, and nothing is skipped', async () => {
    const { run, out, stdout } = await imported('danh-muc-dong-an.xlsx');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(stdout).toBe(
      'hidden       danh-muc-dong-an.xlsx: sheet "Danh mục": 2 hidden rows (rows 2, 4) passed over, as an officer hides what is no longer in force (unhide them to import them)\n' +
        'imported     OUT/QT-HT-01.yaml  ← danh-muc-dong-an.xlsx: sheet "Danh mục" row 3 (1.001193)\n' +
        'imported     OUT/QT-HT-03.yaml  ← danh-muc-dong-an.xlsx: sheet "Danh mục" row 5 (1.000656)\n' +
        'hidden       danh-muc-dong-an.xlsx: sheet "Các bước": rows 4, 5 (procedure "QT-HT-02") passed over with the procedure, hidden in the catalog (sheet "Danh mục" row 4), as an officer hides what is no longer in force (unhide both to import them)\n' +
        '2 imported, 0 skipped\n',
    );
    // The visible row is the version in force; its steps are its own.
    const text = readFileSync(join(out, 'QT-HT-01.yaml'), 'utf8');
    expect(text).toContain('time_limit: 01 ngày làm việc\n');
    expect(text).toContain('name: Tiếp nhận hồ sơ\n');
    expect(existsSync(join(out, 'QT-HT-02.yaml'))).toBe(false);
  });

  it('are passed over with a hidden catalog sheet, in Vietnamese, and not told to give the catalog', async () => {
    const { run, out, stdout } = await imported('danh-muc-trang-an.xlsx', 'vi');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(stdout).toBe(
      'ẩn           danh-muc-trang-an.xlsx: trang tính "Danh mục": trang tính ẩn, như cán bộ ẩn những gì không còn hiệu lực: bỏ qua (bỏ ẩn trang tính nếu cần nhập)\n' +
        'ẩn           danh-muc-trang-an.xlsx: trang tính "Các bước": bỏ qua dòng 2, 3 (thủ tục "QT-HT-01") cùng với thủ tục đó, vì thủ tục đã bị ẩn trong danh mục (trang tính ẩn "Danh mục"), như cán bộ ẩn những gì không còn hiệu lực (bỏ ẩn cả hai nếu cần nhập)\n' +
        'ẩn           danh-muc-trang-an.xlsx: trang tính "Các bước": bỏ qua dòng 4, 5 (thủ tục "QT-HT-02") cùng với thủ tục đó, vì thủ tục đã bị ẩn trong danh mục (trang tính ẩn "Danh mục"), như cán bộ ẩn những gì không còn hiệu lực (bỏ ẩn cả hai nếu cần nhập)\n' +
        // The sheet named after a hidden procedure is that procedure's table, not a table "of no procedure".
        'ẩn           danh-muc-trang-an.xlsx: trang tính "QT-HT-03": bỏ qua dòng 2, 3 (thủ tục "QT-HT-03") cùng với thủ tục đó, vì thủ tục đã bị ẩn trong danh mục (trang tính ẩn "Danh mục"), như cán bộ ẩn những gì không còn hiệu lực (bỏ ẩn cả hai nếu cần nhập)\n' +
        'đã nhập 0, bỏ qua 0\n',
    );
    expect(existsSync(join(out, 'QT-HT-03.yaml'))).toBe(false);
  });
});
