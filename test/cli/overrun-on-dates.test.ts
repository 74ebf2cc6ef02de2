import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogStats, listCatalog } from '../../src/catalog/stats.js';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { summaryPage } from '../../src/render/site/summary-page.js';
import { createCalendar } from '../../src/time/calendar.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// QT-TEST-THANG: 31 working days less a minute of steps against 3 months, and 45 calendar days online, tried over a
// year from its effective date 01/03/2026. Received Thu 31/12/2026 at closing time, 17:00, the online appointment is
// Mon 15/02/2027 17:00 (after the Tết 2027 procmap computes) and the steps, from the next opening, end Mon 22/02/2027
// 16:59: 39 h 59 min late, which is not "5 ngày làm việc" (40 h).
const DIR = 'test/fixtures/overrun-on-dates';
const MONTH = `${DIR}/month.yaml`;

describe('an overrun of a limit that dates decide, to the minute', () => {
  it.each([
    [
      'vi',
      'muộn 4 ngày 7 giờ 59 phút làm việc so với hẹn trả T2 15/02/2027 17:00',
      '✖ 2 vấn đề (1 lỗi, 0 cảnh báo, 1 thông tin)',
    ],
    [
      'en',
      '17:00, they end Mon 22/02/2027 16:59, 4 working days 7 hours 59 minutes after the appointment Mon 15/02/2027 17:00',
      '✖ 2 problems (1 error, 0 warnings, 1 info)',
    ],
  ] as const)(
    'is told by lint in days, hours and minutes, with no days figure that rounds (%s)',
    async (lang, late, end) => {
      const result = await runCli(['lint', '--lang', lang, MONTH]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(late);
      expect(result.stdout).toContain(end);
      expect(result.stdout).not.toMatch(/5 ngày làm việc \(39|5 working days \(39/);
    },
  );

  it("is told so in the document's 5.4 and the flowchart's summary", async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-overrun-doc-'));
    const doc = await runCli(['doc', MONTH, '-o', out, '--format', 'md', '--lang', 'vi']);
    expect(doc).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(out, 'QT-TEST-THANG.md'), 'utf8')).toContain(
      '**Vượt thời hạn giải quyết 45 ngày lịch (trực tuyến) là 4 ngày 7 giờ 59 phút làm việc**',
    );
    const chart = await runCli(['flowchart', MONTH, '-o', out, '--format', 'mmd', '--lang', 'vi']);
    expect(chart).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(out, 'QT-TEST-THANG.flowchart.mmd'), 'utf8')).toContain(
      '<br/>• Vượt thời hạn giải quyết 45 ngày lịch (trực tuyến) là 4 ngày 7 giờ 59 phút làm việc"]:::note',
    );
  });

  it('is told so by stats and on the site summary', async () => {
    const stats = await runCli(['stats', '--lang', 'vi', MONTH]);
    // The procedure lint finds in error makes stats fail, and lint's report goes to standard error: in the same words.
    expect(stats.code).toBe(1);
    expect(stats.stderr).toContain('muộn 4 ngày 7 giờ 59 phút làm việc so với hẹn trả');
    // In lint's days and hours, as `time`, `diff` and the document word it (it said "vượt 5 ngày làm việc (39 giờ 59
    // phút)", the rounded days of a total): 39 h 59 min of 8-hour days are 4 days 7 h 59 min.
    expect(stats.stdout).toMatch(/QT-TEST-THANG {2}vượt 4 ngày 7 giờ 59 phút làm việc {2}/);
    expect(stats.stdout).not.toContain('39 giờ 59 phút');
    const english = await runCli(['stats', '--lang', 'en', MONTH]);
    expect(english.stdout).toMatch(/QT-TEST-THANG {2}over by 4 working days 7 hours 59 minutes {2}/);
    const { procedures } = lint([loadFile('month.yaml', readFileSync(join(ROOT, MONTH)))]);
    const summary = summaryPage(catalogStats(listCatalog(procedures, createCalendar())), {
      lang: 'vi',
      hoursPerDay: 8,
    });
    expect(summary).toContain('>vượt 4 ngày 7 giờ 59 phút làm việc</td>');
    expect(summary).not.toContain('39 giờ 59 phút');
  });
});

// P-LT7 online: "20 ngày lịch", 4 + 8 = 12 working days of steps, effective 01/01/2025. Counted by hand (Civil Code
// Art. 147–148; Tết 2025 off Sat 25/01 – Sun 02/02): received Tue 14/01/2025 at closing time, 17:00, the 20 days run
// Wed 15/01 to Mon 03/02, a working day, so the appointment is Mon 03/02 17:00. The steps: 15–17/01 and 20–24/01
// (8 days); Tết; 03–06/02 (12 days), so they end Thu 06/02 17:00. Late by Tue 04/02 to Thu 06/02 whole: 24 h of
// office time, which is 3 working days. The document once said such a figure in hours alone, lint in days and hours:
// one figure, now one wording (received at 16:59 it was 23 h 59 min, 2 days 7 h 59 min).
const CHANNEL_SHARES = 'test/fixtures/share-steps/channel-calendar-shares.yaml';
// QT-LICH-20: the same 20 calendar days as the procedure's own limit, and 12 working days less a minute: received at
// closing time, Tue 14/01/2025 17:00, the steps start Wed 15/01 07:30 and end at the same Thu 06/02 16:59, late by the
// same 2 working days 7 hours 59 minutes (the sweep tries closing time under calendar days: a minute less than 16:59).
const TWENTY = `${DIR}/twenty-calendar-days.yaml`;

describe("an overrun on dates of more than a day, in lint's days and hours everywhere", () => {
  it.each([
    ['vi', '3 ngày làm việc (24 giờ)', 'Vượt thời hạn giải quyết 20 ngày lịch (trực tuyến) là '],
    ['en', '3 working days (24 h)', 'Over the limit of 20 calendar days (online) by '],
  ] as const)('is the same figure in lint, 5.4 and the flowchart summary (%s)', async (lang, over, verdict) => {
    const lint = await runCli(['lint', '--lang', lang, CHANNEL_SHARES]);
    expect(lint.code).toBe(1);
    expect(lint.stderr).toBe('');
    expect(lint.stdout).toContain(
      lang === 'vi'
        ? `muộn ${over} so với hẹn trả T2 03/02/2025 17:00 (20 ngày lịch, trực tuyến)`
        : `${over} after the appointment Mon 03/02/2025 17:00 (20 calendar days, online)`,
    );
    const out = mkdtempSync(join(tmpdir(), 'procmap-overrun-shares-'));
    const doc = await runCli(['doc', CHANNEL_SHARES, '-o', out, '--format', 'md', '--lang', lang]);
    expect(doc).toMatchObject({ code: 0, stderr: '' });
    const md = readFileSync(join(out, 'P-LT7.md'), 'utf8');
    expect(md).toContain(`**${verdict}${over}**`);
    expect(md).toContain(`<br/>• ${verdict}${over}"]:::note`);
    // Never the office hours alone, as the document once said them.
    expect(md).not.toMatch(/là 24 giờ làm việc|by 24 working hours/);
  });

  it.each([
    ['vi', 'thì xong T5 06/02/2025 16:59, muộn 2 ngày 7 giờ 59 phút làm việc so với hẹn trả T2 03/02/2025 17:00'],
    [
      'en',
      'they end Thu 06/02/2025 16:59, 2 working days 7 hours 59 minutes after the appointment Mon 03/02/2025 17:00',
    ],
  ] as const)('is the same figure in `time` as in lint (%s)', async (lang, late) => {
    const time = await runCli(['time', '--lang', lang, TWENTY]);
    expect(time).toMatchObject({ code: 0, stderr: '' });
    expect(time.stdout).toContain(late);
    const lint = await runCli(['lint', '--lang', lang, TWENTY]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(late.replace(/^thì xong|^they end/, lang === 'vi' ? 'thì kết thúc' : 'they end'));
  });
});
