import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/cli/fixtures/calendar-one-date');
const NO_LANG = { PROCMAP_LANG: undefined };

/** `procmap calendar [year] --calendar <fixture>`, the fixture copied into an empty folder the run works in. */
async function calendarOf(year: string[], name: string, ...more: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-one-date-'));
  cpSync(join(FIXTURES, name), join(dir, name));
  const result = await runCli(['calendar', ...year, '--calendar', name, ...more], { cwd: dir, env: NO_LANG });
  expect(readFileSync(join(dir, name), 'utf8')).toBe(readFileSync(join(FIXTURES, name), 'utf8'));
  return result;
}

/** `procmap calendar 2026 --calendar <fixture>`, as calendarOf. */
const calendar = (name: string, ...more: string[]) => calendarOf(['2026'], name, ...more);

describe('a calendar file’s holidays: and workdays: written as one date, not a list', () => {
  // It was refused: `"holidays" phải là một danh sách, không phải "2026-06-01"`.
  it('is read as a list of one', async () => {
    const result = await calendar('one-date.yaml');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    // 01/06/2026 is a Monday (T2), 06/06/2026 a Saturday (T7) worked.
    expect(result.stdout).toContain('T2 01/06/2026  Ngày nghỉ — lịch riêng của bộ quy trình (one-date.yaml)');
    expect(result.stdout).toMatch(
      /T7 06\/06\/2026 {2}Ngày làm việc \(.*\) — lịch riêng của bộ quy trình \(one-date\.yaml\)/,
    );
  });

  it('is read so too when its one date has no year, and the file names none', async () => {
    const result = await calendarOf([], 'no-year-named.yaml', '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'procmap: Invalid calendar:\nno-year-named.yaml:1:11: "16/2" has no year, and the file names none: write the day with its year, as 16/02/2027 for 2027\n',
    );
  });
});

describe('a calendar date without its year', () => {
  // It was "Mục 1 phải là một ngày, 01/07/2026 (ngày trước) …, không phải "16/2"": the year was the only thing missing.
  it('is answered with the year the file’s other dates are in', async () => {
    const result = await calendar('no-year.yaml');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: Lịch làm việc không hợp lệ:\nno-year.yaml:2:5: "16/2" thiếu năm: hãy ghi 16/02/2026\n`,
    });
  });

  it('is answered with the year the file’s name holds', async () => {
    const result = await calendar('lich-2026.yaml', '--lang', 'en');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: Invalid calendar:\nlich-2026.yaml:2:5: "16/2" has no year: write 16/02/2026\n`,
    });
  });

  it('is answered with the year the command names, where the file names none', async () => {
    const result = await calendar('no-year-named.yaml');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: Lịch làm việc không hợp lệ:\nno-year-named.yaml:1:11: "16/2" thiếu năm: hãy ghi 16/02/2026\n',
    });
  });
});
