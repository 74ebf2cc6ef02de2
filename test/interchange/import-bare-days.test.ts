import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A limit of a plain "N ngày" is calendar days in law and often working days to the officer who typed it: lint's
// ambiguous-days asks which, and the import wrote such a limit without a word. The fixtures: ly-lich.json, national
// records (the lý lịch tư pháp limit with its case for verification, a limit per case, a limit in working days), and
// danh-muc.csv, a catalog whose limits say "ngày" alone, per way of filing, with a case, and in working days; phu-luc.csv,
// an annex of internal processes whose step "Thẩm định hồ sơ" takes "03 ngày" in a limit of 10 working days.
const DIR = join(ROOT, 'test/interchange/fixtures/bare-days');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-bare-days-'));
const shown = (stdout: string, out: string) =>
  stdout.split('test/interchange/fixtures/bare-days/').join('F/').split(out).join('OUT');
const BOTH = (value: string) =>
  `counts its days with a plain "ngày", which can mean ${value} working days (as step tables often mean it) or ${value} calendar days (as the law reads it, and procmap counts it until told): write "${value} ngày làm việc" or "${value} ngày lịch"`;

describe('procmap import: a limit of a plain "N ngày"', () => {
  it('from a national record, is said once for the ways of filing that give it, case by case, the other case kept', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'ly-lich.json'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const lines = shown(run.stdout, out).split('\n');
    expect(lines.filter((line) => line.includes('plain "ngày"'))).toEqual([
      `               KENH 1 (trực tiếp), KENH 2 (trực tuyến): time limit "Không quá 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì không quá 15 ngày" ${BOTH('10')}, and say which days "15 ngày" of the other case are`,
      `               KENH 1 (trực tiếp), Trường hợp thông thường: time limit "10 ngày" ${BOTH('10')}`,
    ]);
    // Said under its record; the record in working days has nothing to say.
    expect(lines[0]).toBe('imported     OUT/1.001193.yaml  ← F/ly-lich.json: record 1 (1.001193)');
    expect(lines[1]).toContain('KENH 1 (trực tiếp), KENH 2 (trực tuyến)');
    expect(lines.findIndex((line) => line.includes('record 2'))).toBe(4);
    expect(lines[5]).toContain('Trường hợp thông thường');
    // Written as the law reads it, never guessed, the case for verification kept with it.
    expect(readFileSync(join(out, '1.001193.yaml'), 'utf8')).toContain(
      '\ntime_limit: Không quá 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì không quá 15 ngày\nchannels:\n  - kind: in_person\n  - kind: online\n',
    );
    expect(readFileSync(join(out, '1.001194.yaml'), 'utf8')).toContain(
      '\ntime_limit: "10 ngày (Trường hợp phải xác minh: 15 ngày làm việc)"\n',
    );
  });

  it('from a catalog, is said at its column, for a way of filing too, in Vietnamese as in English', async () => {
    const out = fresh();
    const args = ['import', join(DIR, 'danh-muc.csv'), '--effective', '01/01/2026', '-o', out];
    const run = await runCli([...args, '--lang', 'en']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out)).toBe(
      'imported     OUT/1.0001.yaml  ← F/danh-muc.csv: row 2 (1.0001)\n' +
        `               cell C2 ("Thời hạn giải quyết") "05 ngày" ${BOTH('5')}\n` +
        '               no sequence in the source: one draft step to replace with the real steps\n' +
        'imported     OUT/1.0002.yaml  ← F/danh-muc.csv: row 3 (1.0002)\n' +
        `               cell C3 ("Thời hạn giải quyết") "Không quá 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì không quá 15 ngày" ${BOTH('10')}, and say which days "15 ngày" of the other case are\n` +
        '               no sequence in the source: one draft step to replace with the real steps\n' +
        'imported     OUT/1.0003.yaml  ← F/danh-muc.csv: row 4 (1.0003)\n' +
        `               cell C4 ("Thời hạn giải quyết") (Online) "3 ngày" ${BOTH('3')}\n` +
        '               no sequence in the source: one draft step to replace with the real steps\n' +
        '3 imported, 0 skipped\n',
    );
    const vi = await runCli([...args, '--lang', 'vi', '--force']);
    expect(vi.stdout).toContain(
      '               ô C2 ("Thời hạn giải quyết") "05 ngày" ghi "ngày" không rõ loại: có thể là 5 ngày làm việc (cách hiểu thường gặp ở các bước) hoặc 5 ngày lịch (cách hiểu theo luật, procmap đang tính theo cách này): hãy ghi "5 ngày làm việc" hoặc "5 ngày lịch"\n',
    );
  });

  it("asks about another case's plain days when the limit's own say which days they are", async () => {
    const out = fresh();
    const args = ['import', join(DIR, 'truong-hop.csv'), '--effective', '01/01/2026', '-o', out];
    const run = await runCli([...args, '--lang', 'en']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out).split('\n')[1]).toBe(
      '               cell C2 ("Thời hạn giải quyết") "05 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày" counts the days of another case with a plain "ngày" ("10 ngày"), which can mean working days (as step tables often mean it) or calendar days (as the law reads it): write which, e.g. "10 ngày làm việc" or "10 ngày lịch"',
    );
    const vi = await runCli([...args, '--lang', 'vi', '--force']);
    expect(vi.stdout).toContain(
      '               ô C2 ("Thời hạn giải quyết") "05 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày" ghi số ngày của trường hợp khác ("10 ngày") bằng "ngày" không rõ loại: có thể là ngày làm việc (cách hiểu thường gặp ở các bước) hoặc ngày lịch (cách hiểu theo luật): hãy ghi rõ, ví dụ "10 ngày làm việc" hoặc "10 ngày lịch"\n',
    );
  });

  it("says a step's plain days at its row, not only as the overrun they make", async () => {
    const out = fresh();
    const args = ['import', join(DIR, 'phu-luc.csv'), '--effective', '01/01/2026', '-o', out];
    const run = await runCli([...args, '--lang', 'en']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const lines = shown(run.stdout, out).split('\n');
    // Under a limit in working days, counted as working days as lint and `time` count them, and said in lint's words.
    expect(lines[1]).toBe(
      `               F/phu-luc.csv: row 5: "Thời gian" "03 ngày" counts its days with a plain "ngày", which can ` +
        `mean 3 working days (the unit of the procedure's limit, which procmap uses until told) or 3 calendar days ` +
        `(as the law reads it): write "3 ngày làm việc" or "3 ngày lịch"`,
    );
    // The overrun the steps make is still said, after what to write.
    expect(lines[3]).toContain('lint will report this as an error');
    // Written as typed, as the law reads it: the officer settles which days.
    expect(readFileSync(join(out, '1.000001.yaml'), 'utf8')).toContain('    duration: 03 ngày\n');
    const vi = await runCli([...args, '--lang', 'vi', '--force']);
    expect(vi.stdout).toContain(
      'phu-luc.csv: dòng 5: "Thời gian" "03 ngày" ghi "ngày" không rõ loại: có thể là 3 ngày làm việc (đơn vị của thời hạn giải quyết, procmap đang dùng) hoặc 3 ngày lịch (cách hiểu theo luật): hãy ghi "3 ngày làm việc" hoặc "3 ngày lịch"\n',
    );
    // A step in working days, or in hours, has nothing to say.
    expect(run.stdout.match(/plain "ngày"/g)).toHaveLength(1);
  });
});
