import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCatalog, catalogStats } from '../../src/catalog/stats.js';
import { canonicalProcedure } from '../../src/model/lenient.js';
import { loadFile } from '../../src/model/load.js';
import { indexPage } from '../../src/render/site/index-page.js';
import { summaryPage } from '../../src/render/site/summary-page.js';
import { createCalendar } from '../../src/time/calendar.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { exportedRow } from '../helpers/workbook.js';

// The Phiếu lý lịch tư pháp whose verification path (B3 takes 10 days) runs 15,5 working days against the case's own
// 15: the general paths are well within their 10 days, but lint says the procedure is over, and so must every
// catalog-wide verdict, naming the case.
const OVER = 'test/cli/fixtures/exception-branch/ly-lich-case-over.yaml';

describe('catalog verdicts of a procedure whose exception case overruns its own limit', () => {
  it('lint reports the case over', async () => {
    const result = await runCli(['lint', '--lang', 'vi', OVER]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('đối với trường hợp phải xác minh là 0,5 ngày làm việc (4 giờ)');
  });

  it('stats counts it over, with the case’s total and limit, in text and JSON', async () => {
    // stats also reports lint's errors, on stderr, and exits 1 for them.
    const text = await runCli(['stats', '--lang', 'vi', OVER]);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain('đối với trường hợp phải xác minh');
    expect(text.stdout).toContain('Trong thời hạn: 0 · vượt thời hạn: 1 · không so được với thời hạn: 0\n');
    expect(text.stdout).toContain(
      '  QT-STP-LLTP-01  vượt 0,5 ngày làm việc  tổng 15,5 / thời hạn 15 ngày làm việc (trường hợp phải xác minh)  ',
    );
    const en = await runCli(['stats', '--lang', 'en', OVER]);
    expect(en.stdout).toContain('total 15.5 / limit 15 working days (case "phải xác minh")');
    const json = await runCli(['stats', OVER, '--format', 'json']);
    expect(json.code).toBe(1);
    const stats = JSON.parse(json.stdout) as { withinLimit: unknown; leastSlack: unknown[] };
    expect(stats.withinLimit).toEqual({ within: 0, over: 1, notComparable: 0, draft: 0 });
    expect(stats.leastSlack[0]).toMatchObject({
      total: { hours: 124, days: 15.5 },
      limit: { hours: 120, days: 15 },
      slack: { hours: -4, days: -0.5 },
      withinLimit: false,
      limitCase: 'phải xác minh',
      caseLimit: 'không quá 15 ngày làm việc',
    });
  });

  it('the site’s index and summary show it over against the case’s limit', () => {
    const procedure = canonicalProcedure(loadFile(OVER, readFileSync(join(ROOT, OVER))).data as never);
    const list = listCatalog([{ file: OVER, procedure } as never], createCalendar());
    const index = indexPage(list, { lang: 'vi', hoursPerDay: 8 });
    expect(index).toContain('<small class="over">vượt thời hạn 15 ngày làm việc (trường hợp phải xác minh)</small>');
    expect(index).toMatch(/<td class="num over" data-label="[^"]+">15,5 ngày làm việc/u);
    const summary = summaryPage(catalogStats(list), { lang: 'vi', hoursPerDay: 8 });
    expect(summary).toContain('15 ngày làm việc (trường hợp phải xác minh)</td><td class="num over"');
  });

  it('the workbook gives the case’s total and overrun, and whose limit it is', async () => {
    const cell = await exportedRow(OVER);
    expect(cell('Tổng thời gian các bước (giờ làm việc)')).toBe(124);
    expect(cell('Còn dư so với thời hạn (giờ làm việc)')).toBe(-4);
    expect(cell('Còn dư tính theo thời hạn riêng của cách thức hoặc trường hợp')).toBe(
      'Trường hợp phải xác minh: không quá 15 ngày làm việc',
    );
  });

  it.each(['vi', 'en'] as const)(
    'the flowchart’s summary names the case and its overrun in the document’s line for the case (%s)',
    async (lang) => {
      const out = mkdtempSync(join(tmpdir(), 'procmap-case-chart-'));
      const result = await runCli(['flowchart', '--lang', lang, '--format', 'mmd', OVER, '-o', out]);
      expect(result.code).toBe(0);
      const head =
        lang === 'vi'
          ? 'Trường hợp phải xác minh (thời hạn 15 ngày làm việc): tổng thời gian các bước 15,5 ngày làm việc (124 giờ)'
          : 'Case “phải xác minh” (limit 15 working days): total of the steps 15.5 working days (124 h)';
      const verdict =
        lang === 'vi'
          ? 'Vượt thời hạn giải quyết 0,5 ngày làm việc (4 giờ)'
          : 'Over the limit by 0.5 working days (4 h)';
      expect(readFileSync(join(out, 'QT-STP-LLTP-01.flowchart.mmd'), 'utf8')).toContain(
        `<br/>• ${head}<br/>• ${verdict}"]:::note`,
      );
      // The document's 5.4 says the same of the case, with the list of its steps between the two.
      const doc = await runCli(['doc', '--lang', lang, '--format', 'md', OVER, '-o', out]);
      expect(doc.code).toBe(0);
      const line = readFileSync(join(out, 'QT-STP-LLTP-01.md'), 'utf8')
        .split('\n')
        .find((text) => text.startsWith(head.replace(/[“”]/g, '"')));
      expect(line).toMatch(new RegExp(`: \\*\\*${verdict.replace(/[()]/g, '\\$&')}\\*\\*$`, 'u'));
    },
  );
});
