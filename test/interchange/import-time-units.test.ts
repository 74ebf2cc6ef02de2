import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSON_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = join(ROOT, 'test/interchange/fixtures/time-units');

interface Read {
  time_limit: string;
  steps: { duration: string; draft?: boolean }[];
}
const read = (dir: string, id: string) =>
  load(readFileSync(join(dir, `${id}.yaml`), 'utf8'), { schema: JSON_SCHEMA }) as Read;

// A time as a bare number with its unit in a column of its own ("03" | "Ngày làm việc", as the national record's
// THOIGIANGIAIQUYET and DONVITINH): every row was skipped, 'time limit "03" is not one procmap reads'.
describe('procmap import: a unit column beside the times', () => {
  it("reads the limit and the steps' times with their unit column", async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-time-units-'));
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'don-vi-tinh.xlsx'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/^skipped|not one procmap reads|not a duration/m);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('2 imported, 0 skipped');
    expect(run.code).toBe(0);
    expect(read(out, '1.001193').time_limit).toBe('03 ngày làm việc');
    const procedure = read(out, '2.000575');
    expect(procedure.time_limit).toBe('3 ngày làm việc');
    // A step's time in the words its cells give, as the limit's: the number and its unit.
    expect(procedure.steps.map((step) => [step.duration, step.draft])).toEqual([
      ['4 giờ làm việc', undefined],
      ['1,5 ngày làm việc', undefined],
      ['4 giờ làm việc', undefined],
    ]);
  });

  it('writes a number Excel keeps with a point ("1.5") with the comma of Vietnamese words', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-time-units-'));
    const run = await runCli(['import', join(DIR, 'don-vi-tinh-so.xlsx'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const procedure = read(out, '2.000575');
    expect(procedure.time_limit).toBe('1,5 ngày làm việc');
    expect(procedure.steps.map((step) => step.duration)).toEqual([
      '4 giờ làm việc',
      '0,5 ngày làm việc',
      '4 giờ làm việc',
    ]);
  });
});

// Bare numbers under "Thời gian (ngày)": 0,5 was read as half a working day without a word while 3 in the same column
// was asked about; a plain "ngày" is never guessed (vietnam.md), whole or not. The question named the row alone; it
// names the cell (D2) the officer retypes, as the other import messages do. The cells hold numbers (0.5), written
// with the comma of Vietnamese text, as the officer typed them and procmap's documents print them ("0,5 ngày").
describe('procmap import: bare numbers under a header of plain days', () => {
  it.each([
    [
      'en',
      (row: number, n: string) =>
        `sheet "2.000575" row ${row}: cell D${row} ("Thời gian (ngày)") "${n} ngày" counts its days with a plain "ngày"`,
    ],
    [
      'vi',
      (row: number, n: string) =>
        `trang tính "2.000575", dòng ${row}: ô D${row} ("Thời gian (ngày)") "${n} ngày" ghi "ngày" không rõ loại`,
    ],
  ])('asks about 0,5 as about 3 (%s), each written with its comma', async (lang, line) => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-plain-days-'));
    const run = await runCli(['import', '--lang', lang, join(DIR, 'thoi-gian-ngay.xlsx'), '-o', out]);
    expect(run.code).toBe(0);
    for (const [row, n] of [
      [2, '0,5'],
      [3, '3'],
      [4, '0,5'],
    ] as const)
      expect(run.stdout).toContain(line(row, n));
    expect(read(out, '2.000575').steps.map((step) => step.duration)).toEqual(['0,5 ngày', '3 ngày', '0,5 ngày']);
  });

  it.each([
    [
      'en',
      'time "4" is not a duration procmap reads: write its unit, "4 giờ" or "4 ngày làm việc"; the step is a draft',
    ],
    [
      'vi',
      'thời gian "4" không phải thời gian procmap đọc được: hãy ghi cả đơn vị, "4 giờ" hoặc "4 ngày làm việc"; bước này là bước nháp',
    ],
  ])('says what to write for a bare number under a header of no unit (%s)', async (lang, said) => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-bare-number-'));
    const run = await runCli(['import', '--lang', lang, join(DIR, 'thoi-gian-so.xlsx'), '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`: ${said}\n`);
  });
});
