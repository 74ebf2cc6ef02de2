import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A limit the law writes in years ("01 năm" for some licences) is counted as its months (Civil Code Art. 147–148)
// and printed in years by every output, never as "12 tháng".
const DIR = 'test/fixtures/limit-in-years';
const ONE_YEAR = `${DIR}/one-year.yaml`;
const TWO_YEARS = `${DIR}/two-years.yaml`;
const OVER = `${DIR}/over.yaml`;

describe('a limit written in years', () => {
  it('is printed in years by time, in both languages, and counted as twelve months', async () => {
    const vi = await runCli(['time', ONE_YEAR, '--received', '2025-03-03T09:00']);
    expect(vi).toMatchObject({ code: 0, stderr: '' });
    expect(vi.stdout).toContain('\nThời hạn giải quyết: 1 năm, kết thúc vào ngày tương ứng của tháng cuối');
    expect(vi.stdout).toContain('HẸN TRẢ KẾT QUẢ: 17 giờ 00 phút, thứ Ba, ngày 03/03/2026');
    expect(vi.stdout).not.toContain('12 tháng');
    const en = await runCli(['time', ONE_YEAR, '--received', '2025-03-03T09:00', '--lang', 'en']);
    expect(en).toMatchObject({ code: 0, stderr: '' });
    expect(en.stdout).toContain('\nTime limit: 1 year, ending on the corresponding day of the last month');
    expect(en.stdout).not.toContain('12 months');
    const json = await runCli(['time', ONE_YEAR, '--format', 'json']);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(json.stdout).procedures[0].time_limit).toBe('01 năm kể từ ngày nhận đủ hồ sơ');
  });

  it('is printed in years in lint messages', async () => {
    const result = await runCli(['lint', '--lang', 'en', OVER]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      '  8:13  error  The steps end after the appointment for every receipt from 02/01/2025 to 31/12/2025 (a year from the effective date); at worst, received Mon 06/01/2025 07:30, they end Fri 06/02/2026 17:00, 24 working days (192 h) after the appointment Tue 06/01/2026 17:00 (1 year): receive  within-time-limit\n',
    );
  });

  it('is printed in years by the ISO document', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-limit-years-'));
    const doc = await runCli(['doc', ONE_YEAR, '-o', out, '--format', 'md', '--lang', 'vi']);
    expect(doc).toMatchObject({ code: 0, stderr: '' });
    const md = readFileSync(join(out, 'QT-MOT-NAM.md'), 'utf8');
    expect(md).toContain('- Thời hạn giải quyết theo quy định: 01 năm kể từ ngày nhận đủ hồ sơ\n');
    expect(md).not.toContain('12 tháng');
  });

  it("is compared in years by diff, quoting the file's own words (01 năm)", async () => {
    const result = await runCli(['diff', '--lang', 'en', ONE_YEAR, TWO_YEARS]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(
      '  breaking  Time limit: 1 year (as the law says: "01 năm kể từ ngày nhận đủ hồ sơ") → 2 years  +1 year  limit raised',
    );
    expect(result.stdout).toContain('Step duration (step 1 "Tiếp nhận và giải quyết"): 2 working hours → 13 months');
  });
});
