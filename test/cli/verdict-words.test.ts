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

// Online "trong ngày" against steps of 41 working days (328 h), 2 h left on the day of receipt: over by 326 h.
const SAME_DAY = 'test/fixtures/open-hours/thang.yaml';
// Within online's own 18 working days, the tightest limit, by 3,5 working days.
const ONLINE_WITHIN = 'test/fixtures/open-hours/truc-tuyen-du.yaml';

/**
 * The document's 5.4 verdict for the online channel and its flowchart's summary line after the limit (without the
 * line's bullet), from `doc -f md`.
 */
async function verdicts(file: string, id: string, lang: 'vi' | 'en'): Promise<{ section: string; chart: string }> {
  const out = mkdtempSync(join(tmpdir(), 'procmap-verdict-words-'));
  const result = await runCli(['doc', file, '-o', out, '--format', 'md', '--lang', lang]);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  const text = readFileSync(join(out, `${id}.md`), 'utf8');
  // The channel's own line of 5.4, after the procedure's verdict: the one the chart's summary gives, binding.
  const section = /\*\*((?:Vượt|Đạt|Over|Within)[^*]*\((?:trực tuyến|online)\)[^*]*)\*\*$/mu.exec(text)![1]!;
  const chart = /summary\["[^"]*<br\/>• ([^"<]*)"\]:::note/u.exec(text)![1]!;
  return { section, chart };
}

describe("the verdict against a channel's own limit", () => {
  it.each([
    ['vi', 'Vượt thời hạn giải quyết trong ngày (trực tuyến) là 40,75 ngày làm việc (326 giờ)'],
    ['en', 'Over the same-day limit (online) by 40.75 working days (326 h)'],
  ] as const)(
    'says a same-day overrun of more than a day in days with its hours, the same in 5.4 and the chart (%s)',
    async (lang, words) => {
      expect(await verdicts(SAME_DAY, 'QT-DD-TH-03', lang)).toEqual({ section: words, chart: words });
    },
  );

  it.each([
    ['vi', 'Đạt: còn dư 3,5 ngày làm việc (28 giờ) so với thời hạn 18 ngày làm việc (trực tuyến)'],
    ['en', 'Within the limit of 18 working days (online), 3.5 working days (28 h) to spare'],
  ] as const)('words a channel verdict within its limit the same in 5.4 and the chart (%s)', async (lang, words) => {
    expect(await verdicts(ONLINE_WITHIN, 'QT-XD-02', lang)).toEqual({ section: words, chart: words });
  });

  it('is said in days on the site summary, as lint says it, never as 326 hours', () => {
    const { procedures } = lint([loadFile('thang.yaml', readFileSync(join(ROOT, SAME_DAY)))]);
    const summary = summaryPage(catalogStats(listCatalog(procedures, createCalendar())), {
      lang: 'vi',
      hoursPerDay: 8,
    });
    expect(summary).toContain('>41 ngày làm việc</td>');
    // In lint's and 5.4's words for the same overrun, hours in brackets (formatOverrun).
    expect(summary).toContain('>vượt 40,75 ngày làm việc (326 giờ)</td>');
    // Never as hours alone.
    expect(summary).not.toMatch(/32[68] giờ làm việc/u);
  });
});
