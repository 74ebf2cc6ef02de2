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
    expect(procedure.steps.map((step) => [step.duration, step.draft])).toEqual([
      ['4h', undefined],
      ['1.5d', undefined],
      ['4h', undefined],
    ]);
  });
});
