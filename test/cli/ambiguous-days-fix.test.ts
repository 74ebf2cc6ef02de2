import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A procedure over its bare "30 ngày" limit on some receipt days, with a step of a bare "10 ngày".
const FIXTURE = join(ROOT, 'test/cli/fixtures/ambiguous-days-fix/step-days.yaml');
const NOW = '2026-03-02T09:00:00+07:00';

/** A folder holding the fixture as p.yaml, and a configuration when one is given. */
function copy(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-ambiguous-fix-'));
  cpSync(FIXTURE, join(dir, 'p.yaml'));
  if (config !== undefined) writeFileSync(join(dir, 'procmap.config.yaml'), config);
  return dir;
}

/** The within-time-limit lines of a lint of p.yaml: the verdict the totals give. */
async function verdict(dir: string): Promise<string[]> {
  const result = await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: dir, now: NOW });
  expect(result.stderr).toBe('');
  // The message alone: the severity column narrows once the warnings are gone.
  return result.stdout
    .split('\n')
    .filter((line) => line.includes('within-time-limit'))
    .map((line) => line.replace(/^\s*\S+\s+\S+\s+/, ''));
}

describe('lint --fix on a bare "N ngày" step', () => {
  it('writes the calendar days procmap counted, so the totals stay as they were and the overrun they make is an error', async () => {
    const dir = copy();
    // Over the bare "30 ngày" read as calendar days only: the question says so, no error rests on the guess.
    expect(await verdict(dir)).toEqual([]);
    const asked = await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: dir, now: NOW });
    expect(asked.stdout).toContain('read as calendar days the steps exceed it, read as working days they do not');
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir, now: NOW });
    expect(fixed.code).toBe(1);
    expect(fixed.stderr).toBe('procmap: fixed 2 problems in p.yaml\n');
    const text = readFileSync(join(dir, 'p.yaml'), 'utf8');
    expect(text).toContain('time_limit: 30 ngày lịch\n');
    expect(text).toContain('    duration: 10 ngày lịch\n');
    const after = await verdict(dir);
    expect(after).toHaveLength(1);
    expect(after[0]).toContain('receipts on 11 of the 358 working days');
  });

  it('writes working days where the configuration says the bare days of steps mean them', async () => {
    const dir = copy('rules:\n  ambiguous-days: [warn, { fix: working }]\n');
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir, now: NOW });
    expect(fixed.code).toBe(1);
    const text = readFileSync(join(dir, 'p.yaml'), 'utf8');
    expect(text).toContain('time_limit: 30 ngày lịch\n');
    expect(text).toContain('    duration: 10 ngày làm việc\n');
  });
});

describe('bare "N ngày" steps under a limit in working days', () => {
  // Officers' draft e01: "05 ngày làm việc" split into steps of 1, 3 and 1 bare days.
  const WORKING = join(ROOT, 'test/cli/fixtures/ambiguous-days-fix/working-limit.yaml');

  it("counts them in the limit's unit: warnings that ask, no error built on calendar days", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-ambiguous-fix-'));
    cpSync(WORKING, join(dir, 'p.yaml'));
    const result = await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: dir, now: NOW });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain('within-time-limit');
    expect(result.stdout).toContain(
      '"3 ngày" can mean 3 working days (the unit of the procedure\'s limit, which procmap uses until told) or 3 calendar days (the meaning in law): write "3 ngày làm việc" or "3 ngày lịch"',
    );
    expect(result.stdout).toContain('3 problems (0 errors, 3 warnings)');
    // --fix writes what was counted, and the verdict stays as it was.
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir, now: NOW });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toBe('procmap: fixed 3 problems in p.yaml\n');
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toContain('    duration: 3 ngày làm việc\n');
  });
});
