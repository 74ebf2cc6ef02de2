import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Step tables as officers lay them out in Word and Excel, read by `procmap import`. mo-ta-chuyen-buoc.csv writes each
// step's route ("Chuyển bước 2", "Đạt → B3; Không đạt → B4", "→ Bước 5", "Kết thúc") in a "Mô tả" column of its own,
// not under the step's name. thoi-gian-tran.csv writes its times bare, as tables do ("1,5 ngày", "02 ngày (16 giờ)",
// "0,5 ngày làm việc", "04 giờ"), one with hours in brackets that contradict its days ("02 ngày (20 giờ)").
const DIR = join(ROOT, 'test/interchange/fixtures/buoc-tu-bang');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-step-tables-'));
const shown = (stdout: string, out: string) =>
  stdout.split('test/interchange/fixtures/buoc-tu-bang/').join('F/').split(out).join('OUT');

describe('procmap import: a step table', () => {
  it('reads the route a description column gives as next, as it reads one under the step', async () => {
    const out = fresh();
    const run = await runCli([
      'import',
      '--lang',
      'en',
      join(DIR, 'mo-ta-chuyen-buoc.csv'),
      '-o',
      out,
      '--effective',
      '01/07/2025',
    ]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out)).toBe(
      'imported     OUT/1.001193.yaml  ← F/mo-ta-chuyen-buoc.csv (1.001193)\n' +
        '               the table gives 5 steps no id: procmap numbered B1–B5\n' +
        '1 imported, 0 skipped\n',
    );
    const file = readFileSync(join(out, '1.001193.yaml'), 'utf8');
    expect(file).toContain('\n    next:\n      - B2\n    description: Kiểm tra thành phần hồ sơ\n');
    expect(file).toContain('\n    next:\n      Đạt: B3\n      Không đạt: B4\n    question: Hồ sơ hợp lệ?\n');
    expect(file).toContain('\n    next:\n      - B5\n  - id: B4\n');
    expect(file).toContain('\n    next: []\n    description: Ghi rõ lý do\n');
    expect(file).not.toMatch(/→|Chuyển bước|Kết thúc/u);
  });

  it('writes its times in the words the table gives them, a time that contradicts itself too, for lint to say', async () => {
    const out = fresh();
    const args = ['import', '--lang', 'en', join(DIR, 'thoi-gian-tran.csv'), '-o', out, '--effective', '01/07/2025'];
    const run = await runCli(args);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out)).toBe(
      'imported     OUT/1.000010.yaml  ← F/thoi-gian-tran.csv (1.000010)\n' +
        '               the table gives 6 steps no id: procmap numbered B1–B6\n' +
        '               lint will report this as an error, to mend before the procedure is issued: row 7: "02 ngày (20 giờ)" contradicts itself: 2 working days are 16 working hours in the calendar (8 hours a working day), not the 20 hours in brackets. procmap counts 2 working days (16 hours): write "02 ngày (16 giờ)", or "2,5 ngày làm việc (20 giờ)" if 20 hours is the right time\n' +
        '1 imported, 0 skipped\n',
    );
    const file = readFileSync(join(out, '1.000010.yaml'), 'utf8');
    const durations = [...file.matchAll(/\n {4}duration: (.*)\n/gu)].map((m) => m[1]);
    // The officer's words stay: "04 giờ" is not rewritten 4h (procmap's own words, "4 giờ làm việc", would be).
    expect(durations).toEqual([
      '04 giờ',
      '1,5 ngày',
      '02 ngày (16 giờ)',
      '02 ngày (20 giờ)',
      '0,5 ngày làm việc',
      '04 giờ',
    ]);
  });

  it('reads times typed with a vulgar fraction ("1½ ngày làm việc", "1 ½ giờ", "¾ giờ"), and keeps their words', async () => {
    const out = fresh();
    const args = ['import', '--lang', 'en', join(DIR, 'phan-so.csv'), '-o', out, '--effective', '01/07/2025'];
    const run = await runCli(args);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out)).toBe(
      'imported     OUT/1.000011.yaml  ← F/phan-so.csv (1.000011)\n' +
        '               the table gives 4 steps no id: procmap numbered B1–B4\n' +
        '1 imported, 0 skipped\n',
    );
    const file = readFileSync(join(out, '1.000011.yaml'), 'utf8');
    expect(file).toContain('\ntime_limit: 2½ ngày làm việc\n');
    const durations = [...file.matchAll(/\n {4}duration: (.*)\n/gu)].map((m) => m[1]);
    expect(durations).toEqual(['¾ giờ', '1½ ngày làm việc', '1 ½ giờ làm việc', '¼ ngày làm việc']);
    const lint = await runCli(['lint', '--lang', 'en', join(out, '1.000011.yaml')]);
    expect(lint.stdout).not.toContain('is not a duration');
  });

  it('numbers steps without an id B1, B2… as officers do, and says so once for the file, in each language', async () => {
    const out = fresh();
    const args = ['import', join(DIR, 'thoi-gian-tran.csv'), '-o', out, '--effective', '01/07/2025'];
    const vi = await runCli(args);
    expect([vi.code, vi.stderr]).toEqual([0, '']);
    expect(shown(vi.stdout, out).split('\n').slice(0, 2)).toEqual([
      'đã nhập      OUT/1.000010.yaml  ← F/thoi-gian-tran.csv (1.000010)',
      '               bảng không ghi mã cho 6 bước: procmap đã đánh số B1–B6',
    ]);
    const file = readFileSync(join(out, '1.000010.yaml'), 'utf8');
    expect([...file.matchAll(/^ {2}- id: (.*)$/gmu)].map((m) => m[1])).toEqual(['B1', 'B2', 'B3', 'B4', 'B5', 'B6']);
    expect((await runCli(['lint', out])).code).toBe(1);
  });
});
