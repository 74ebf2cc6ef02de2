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

// QT-TEST-THANG: 31 working days of steps against 3 months, and 45 calendar days online, tried over a year from its
// effective date 01/03/2026. Received Thu 31/12/2026 16:59, the online appointment is Mon 15/02/2027 17:00 (after the
// Tết 2027 procmap computes) and the steps end Mon 22/02/2027 16:59: 39 h 59 min late, which is not
// "5 ngày làm việc" (40 h).
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
      '16:59, 4 working days 7 h 59 min after the appointment Mon 15/02/2027 17:00',
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
      '**Vượt thời hạn giải quyết 45 ngày lịch (trực tuyến) là 39 giờ 59 phút làm việc**',
    );
    const chart = await runCli(['flowchart', MONTH, '-o', out, '--format', 'mmd', '--lang', 'vi']);
    expect(chart).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(out, 'QT-TEST-THANG.flowchart.mmd'), 'utf8')).toContain(
      '<br/>• Vượt thời hạn giải quyết 45 ngày lịch (trực tuyến) là 39 giờ 59 phút làm việc"]:::note',
    );
  });

  it('is told so by stats and on the site summary', async () => {
    const stats = await runCli(['stats', '--lang', 'vi', MONTH]);
    // The procedure lint finds in error makes stats fail, and lint's report goes to standard error: in the same words.
    expect(stats.code).toBe(1);
    expect(stats.stderr).toContain('muộn 4 ngày 7 giờ 59 phút làm việc so với hẹn trả');
    // In the working days of the summary page's row, the minutes lint counts in brackets.
    expect(stats.stdout).toMatch(/QT-TEST-THANG {2}vượt 5 ngày làm việc \(39 giờ 59 phút\) {2}/);
    const { procedures } = lint([loadFile('month.yaml', readFileSync(join(ROOT, MONTH)))]);
    const summary = summaryPage(catalogStats(listCatalog(procedures, createCalendar())), {
      lang: 'vi',
      hoursPerDay: 8,
    });
    expect(summary).toContain('>vượt 5 ngày làm việc (39 giờ 59 phút)</td>');
  });
});
