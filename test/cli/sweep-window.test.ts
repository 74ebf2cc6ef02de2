import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// The window of receipts a limit in dates is tried over: never less than a year from the effective date, and named
// from the first receipt really tried to the last.
const DIR = 'test/fixtures/sweep-window';
const LATE = `${DIR}/late-2026.yaml`;
const ONE_YEAR = `${DIR}/one-year.yaml`;

const window = 'from 21/12/2026 to 20/12/2027 (a year from the effective date)';
const late =
  'received Thu 04/02/2027 17:00, they end Tue 16/02/2027 16:59, 7 working hours 59 minutes after the appointment Mon 15/02/2027 17:00';

describe('a procedure effective late in the last announced year', () => {
  it('is linted over a year of receipts, against Tết 2027 computed from the Labour Code', async () => {
    const result = await runCli(['lint', '--lang', 'en', LATE]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${LATE}\n` +
        `  10:13  info   The time limit was checked for receipts ${window}, but no days off are announced for 2027 yet: procmap counted the holidays of the Labour Code 2019 (holidays: Art. 112(1); days in lieu: Art. 111(3)), and the result may change when the government announces them (procmap calendar 2027); once the government’s notice is out, copy its days off into the calendar of procmap.config.yaml and name the notice under calendar: announced: 2027: "Thông báo … ngày …" (https://github.com/procmap/procmap/blob/main/docs/calendar.md)  unannounced-holidays\n` +
        `  10:13  error  Depends on the received date: the steps end after the appointment for receipts on 1 of the 250 working days ${window}; at worst, ${late} (10 calendar days): receive  within-time-limit\n` +
        '\n✖ 2 problems (1 error, 0 warnings, 1 info)\n',
    );
  });

  it('is timed over the same year, which time names with the year computed', async () => {
    const text = await runCli(['time', '--lang', 'en', LATE]);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toContain(`Checked against receipts ${window}: the steps end after the appointment`);
    expect(text.stdout).toContain(`at worst, ${late}\n`);
    expect(text.stdout).toContain('Note: no announced days off for 2027 yet');
    const json = await runCli(['time', LATE, '--format', 'json']);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(json.stdout).procedures[0]).toMatchObject({
      within_limit: null,
      receipts: { from: '2026-12-21', to: '2027-12-20', basis: 'effective', tried: 500, over: 1 },
      holiday_rule_years: [2027],
    });
  });

  it('is over its limit in the document, which says the verdict rests on 2027 computed, and in stats', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-sweep-window-'));
    const doc = await runCli(['doc', LATE, '-o', out, '--format', 'md', '--lang', 'vi']);
    expect(doc).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(out, 'QT-CUOI-NAM.md'), 'utf8')).toContain(
      '**Vượt thời hạn với hồ sơ tiếp nhận vào 1/250 ngày làm việc đã thử từ 21/12/2026 đến 20/12/2027 (một năm từ ngày hiệu lực); lịch nghỉ năm 2027 chưa được công bố chính thức, ngày nghỉ tính theo Bộ luật Lao động nên kết quả có thể thay đổi**',
    );
    const stats = await runCli(['stats', '--lang', 'vi', LATE]);
    expect(stats.code).toBe(1);
    // The worst receipt's lateness as lint words it (it said "vượt 1 ngày làm việc (7 giờ 59 phút)", a day that is not one).
    expect(stats.stdout).toMatch(/QT-CUOI-NAM {2}vượt 7 giờ 59 phút làm việc {2}/);
    expect(stats.stderr).toContain('muộn 7 giờ 59 phút làm việc so với hẹn trả T2 15/02/2027 17:00');
  });
});

describe('the window named with a verdict', () => {
  it('runs from the first receipt tried to the last, never to days whose receipts were left out', async () => {
    // 01/01/2025 is a holiday; the receipts of 01–04/01/2026 (days off) would be due in 2027 and none is tried.
    const json = await runCli(['time', ONE_YEAR, '--format', 'json']);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(json.stdout).procedures[0].receipts).toMatchObject({
      from: '2025-01-02',
      to: '2025-12-31',
      basis: 'announced',
      tried: 500,
      over: 0,
    });
    const out = mkdtempSync(join(tmpdir(), 'procmap-sweep-window-'));
    const doc = await runCli(['doc', ONE_YEAR, '-o', out, '--format', 'md', '--lang', 'en']);
    expect(doc).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(out, 'QT-MOT-NAM.md'), 'utf8')).toContain(
      'whatever the working day and hour of receipt from 02/01/2025 to 31/12/2025 (appointments within the years whose days off are announced)',
    );
  });
});
