import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A spreadsheet that gives one header to two columns: "Thời hạn giải quyết" twice, 05 and 10 working days.
const DIR = 'test/interchange/fixtures/hong';
const fresh = () => join(mkdtempSync(join(tmpdir(), 'procmap-damaged-')), 'out');

/** `procmap import` of one fixture into a fresh folder, in `lang`. */
async function importOf(name: string, lang: 'en' | 'vi' = 'en') {
  const out = fresh();
  const run = await runCli(['import', '--lang', lang, join(DIR, name), '-o', out, '--effective', '2026-01-01']);
  return { ...run, out };
}

describe('procmap import of a field given in two columns', () => {
  it('refuses a row whose two columns of one header give two values, naming both', async () => {
    // dupcol: "Thời hạn giải quyết" in F and H, 05 and 10 working days; "Tên thủ tục" twice as well.
    const en = await importOf('hai-thoi-han.csv');
    expect(en.stderr).toBe('');
    expect(en.stdout).toBe(
      `skipped      ${DIR}/hai-thoi-han.csv: row 2 (1.000894): the column "Thời hạn giải quyết" is there twice with two values: "05 ngày làm việc" (column F) and "10 ngày làm việc" (column H); procmap cannot tell which is right: keep one of the two columns and delete the other\n` +
        '0 imported, 1 skipped\n',
    );
    expect(en.code).toBe(1);
    expect(existsSync(en.out)).toBe(false);
    const vi = await importOf('hai-thoi-han.csv', 'vi');
    expect(vi.stdout).toContain(
      'dòng 2 (1.000894): cột "Thời hạn giải quyết" có hai lần với hai giá trị khác nhau: "05 ngày làm việc" (cột F) và "10 ngày làm việc" (cột H); procmap không biết giá trị nào đúng: hãy giữ một trong hai cột và xóa cột kia\n',
    );
  });

  it('reads two columns of one value as one, and the second when the first is empty', async () => {
    const run = await importOf('hai-cot-mot-gia-tri.csv');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/\n2 imported, 0 skipped\n$/);
    const first = readFileSync(join(run.out, '1.000894.yaml'), 'utf8');
    expect(first).toContain('\ntime_limit: 05 ngày làm việc\n');
    expect(first).not.toContain('# Ghi chú');
    const second = readFileSync(join(run.out, '1.000895.yaml'), 'utf8');
    expect(second).toContain('\ntime_limit: 03 ngày làm việc\n');
    expect(second).not.toContain('# Ghi chú');
  });

  it("refuses a step table's procedure when a step's two time columns disagree, at the step's row", async () => {
    const run = await importOf('buoc-hai-thoi-gian.csv');
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      `skipped      ${DIR}/buoc-hai-thoi-gian.csv (1.000010): row 5: the column "Thời gian" is there twice with two values: "05 ngày" in the first and "06 ngày" in the second; procmap cannot tell which is right: keep one of the two columns and delete the other\n` +
        '0 imported, 1 skipped\n',
    );
    expect(run.code).toBe(1);
  });
});
