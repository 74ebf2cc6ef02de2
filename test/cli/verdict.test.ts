import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { catalogStats, listCatalog } from '../../src/catalog/stats.js';
import type { Lang } from '../../src/i18n.js';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { buildCitizenView } from '../../src/render/site/citizen-view.js';
import { indexPage } from '../../src/render/site/index-page.js';
import { summaryPage } from '../../src/render/site/summary-page.js';
import { analyseTime } from '../../src/time/analyse.js';
import { createCalendar } from '../../src/time/calendar.js';
import { parseDay } from '../../src/time/moment.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// QT-OK within; QT-ONLINE over its online channel's 5 days (7 days of steps, 8 allowed); QT-SAMEDAY over "trong ngày".
const OTHER_LIMITS = 'test/fixtures/stats-over-other-limits';
const ONLINE = `${OTHER_LIMITS}/online-over.yaml`;
const DRAFT = 'test/fixtures/verdict-draft/draft.yaml';
// QT-CDSTEP: step 2 takes 10 calendar days, the limit is 15 calendar days; some receipts overrun it.
const CALENDAR_STEP = 'test/fixtures/verdict-calendar-step/calendar-step.yaml';

/** A copy of a fixture folder whose configuration makes within-time-limit a warning. */
function warnCatalog(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-verdict-'));
  cpSync(join(ROOT, fixture), dir, { recursive: true });
  writeFileSync(join(dir, 'procmap.config.yaml'), 'rules:\n  within-time-limit: warn\n');
  return dir;
}

/** The catalog's entries as the site lists them. */
function listed(dir: string) {
  const files = ['ok.yaml', 'online-over.yaml', 'same-day-over.yaml'];
  const { procedures } = lint(files.map((f) => loadFile(f, readFileSync(join(ROOT, dir, f)))));
  return listCatalog(procedures, createCalendar());
}

// 5.4's verdicts for QT-ONLINE, said by the document and by its chart alike: the general limit's, then the channel's.
const ONLINE_VERDICTS = [
  [
    'vi',
    'Đạt: còn dư 1 ngày làm việc (8 giờ) so với thời hạn 8 ngày làm việc',
    'Vượt thời hạn giải quyết 5 ngày làm việc (trực tuyến) là 2 ngày làm việc (16 giờ)',
  ],
  [
    'en',
    'Within the limit of 8 working days, 1 working day (8 h) to spare',
    'Over the limit of 5 working days (online) by 2 working days (16 h)',
  ],
] as const;

describe('one verdict, whatever the severity of within-time-limit', () => {
  it('stats counts a same-day and a channel overrun as over when the rule only warns', async () => {
    const dir = warnCatalog(OTHER_LIMITS);
    const vi = await runCli(['stats', '--lang', 'vi', dir]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Trong thời hạn: 1 · vượt thời hạn: 2 · không so được');
    const json = await runCli(['stats', '--lang', 'en', dir, '--format', 'json']);
    expect(JSON.parse(json.stdout).withinLimit).toEqual({ within: 1, over: 2, notComparable: 0, draft: 0 });
  });

  it('marks them over on the site index and summary, over-limit first among the least slack', () => {
    const list = listed(OTHER_LIMITS);
    const index = indexPage(list, { lang: 'vi', hoursPerDay: 8 });
    for (const id of ['QT-ONLINE', 'QT-SAMEDAY'])
      expect(index).toMatch(new RegExp(`data-over="1">\\n[^\\n]*<small>${id}</small>`));
    expect(index).toMatch(/data-over="0">\n[^\n]*<small>QT-OK<\/small>/);
    const stats = catalogStats(list);
    expect(stats.withinLimit).toEqual({ within: 1, over: 2, notComparable: 0, draft: 0 });
    expect(stats.leastSlack.map((p) => p.id)).toEqual(['QT-ONLINE', 'QT-SAMEDAY', 'QT-OK']);
    const summary = summaryPage(stats, { lang: 'vi', hoursPerDay: 8 });
    expect(summary).toContain('<div class="value over">2</div>Vượt thời hạn');
  });

  it.each([
    ['vi', 'vượt thời hạn 5 ngày làm việc (trực tuyến)'],
    ['en', 'over the limit of 5 working days (online)'],
  ] as const)('names on the index the channel limit a procedure overruns (%s)', (lang, words) => {
    const index = indexPage(listed(OTHER_LIMITS), { lang, hoursPerDay: 8 });
    const row = index.split('<tr ').find((line) => line.includes('<small>QT-ONLINE</small>'))!;
    expect(row).toContain(`<br><small class="over">${words}</small>`);
    // Its own limit is not overrun: the procedure within it and the one over its own limit get no such line.
    expect(index.match(/<small class="over">/g)).toHaveLength(1);
  });

  // The general limit's verdict first, named, then the channel's on its own line: each says which limit it judges.
  it.each(ONLINE_VERDICTS)(
    "gives the document's verdict against the channel limit it overruns (%s)",
    async (lang, general, verdict) => {
      const out = mkdtempSync(join(tmpdir(), 'procmap-verdict-doc-'));
      const result = await runCli(['doc', ONLINE, '-o', out, '--format', 'md', '--lang', lang]);
      expect(result.code).toBe(0);
      const text = readFileSync(join(out, 'QT-ONLINE.md'), 'utf8');
      expect(text).toContain(`\n**${general}**\n\n**${verdict}**\n`);
    },
  );

  // The chart's summary says 5.4's verdicts word for word: the general limit's first (without it "Thời hạn: 8 ngày"
  // followed by only the online overrun reads as a contradiction), then the channel's.
  it.each(ONLINE_VERDICTS)(
    "says in the flowchart's summary the general verdict, then the channel limit overrun, in the document's words (%s)",
    async (lang, general, line) => {
      const out = mkdtempSync(join(tmpdir(), 'procmap-verdict-chart-'));
      const result = await runCli(['flowchart', ONLINE, '-o', out, '--format', 'mmd', '--lang', lang]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      const source = readFileSync(join(out, 'QT-ONLINE.flowchart.mmd'), 'utf8');
      expect(source).toContain(`<br/>• ${general}<br/>• ${line}"]:::note`);
    },
  );

  it.each([
    ['vi', 'Trực tuyến: 05 ngày làm việc'],
    ['en', 'Online: 05 ngày làm việc'],
  ] as const)('exports the slack against the channel limit, naming the channel (%s)', async (lang, channel) => {
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-verdict-xlsx-')), 'x.xlsx');
    const result = await runCli(['export', ONLINE, '-o', out, '--lang', lang]);
    expect(result.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const values = book.worksheets[0]!.getRow(2).values as unknown[];
    // Columns 8-10: total, slack (working hours), the channel whose limit the slack is against.
    expect(values.slice(8, 11)).toEqual([56, -16, channel]);
  });
});

describe('a limit that dates decide (same day, calendar days, months), met for every receipt', () => {
  // QT-SAMEDAY, QT-LICH and QT-THANG (its online 20 calendar days too) within; QT-THANG-TT over online's 10 days.
  const DATES = 'test/fixtures/verdict-on-dates';
  const within = ['QT-LICH', 'QT-SAMEDAY', 'QT-THANG'];

  it('is counted within by stats, in text and JSON, as time and lint judge it', async () => {
    const dir = warnCatalog(DATES);
    const text = await runCli(['stats', '--lang', 'vi', dir]);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('Trong thời hạn: 3 · vượt thời hạn: 1 · không so được với thời hạn: 0\n');
    const json = await runCli(['stats', '--lang', 'en', dir, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout).withinLimit).toEqual({ within: 3, over: 1, notComparable: 0, draft: 0 });
    const time = await runCli(['time', '--lang', 'vi', join(dir, 'same-day.yaml')]);
    expect(time.stdout).toContain(
      'Đạt: các bước xong trước hẹn trả với hồ sơ tiếp nhận vào bất kỳ ngày, giờ làm việc nào',
    );
  });

  it('is marked within on the site index and counted within on the summary', () => {
    const files = ['same-day.yaml', 'calendar-days.yaml', 'month.yaml', 'month-over-online.yaml'];
    const { procedures } = lint(files.map((f) => loadFile(f, readFileSync(join(ROOT, DATES, f)))));
    const list = listCatalog(procedures, createCalendar());
    const index = indexPage(list, { lang: 'vi', hoursPerDay: 8 });
    const row = (id: string) => index.split('<tr ').find((line) => line.includes(`<small>${id}</small>`))!;
    for (const id of within) expect(row(id)).toContain('<td class="num within"');
    expect(row('QT-THANG-TT')).toContain('<td class="num over"');
    const summary = summaryPage(catalogStats(list), { lang: 'vi', hoursPerDay: 8 });
    expect(summary).toContain('<div class="value within">3</div>Trong thời hạn');
    expect(summary).toContain('<div class="value over">1</div>Vượt thời hạn');
    expect(summary).toContain('<div class="value">0</div>Không so được với thời hạn');
  });

  it('gets the same "within" in its document', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-verdict-dates-'));
    const result = await runCli(['doc', join(ROOT, DATES, 'same-day.yaml'), '-o', out, '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(readFileSync(join(out, 'QT-SAMEDAY.md'), 'utf8')).toContain(
      'Đạt: các bước xong trước hẹn trả với hồ sơ tiếp nhận vào bất kỳ ngày, giờ làm việc nào',
    );
  });
});

describe('a procedure with a step counted in calendar days', () => {
  it.each([
    [
      'vi',
      /\*\*Vượt thời hạn với hồ sơ tiếp nhận vào (\d+)\/(\d+) ngày làm việc/,
      'Vượt thời hạn với hồ sơ tiếp nhận vào {count}/{tried} ngày làm việc đã thử',
    ],
    [
      'en',
      /\*\*Over the limit for receipts on (\d+) of the (\d+) working days/,
      'Over the limit for receipts on {count} of the {tried} working days tried',
    ],
  ] as const)("gives in the flowchart's summary the verdict its document gives (%s)", async (lang, said, line) => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-verdict-cd-'));
    const doc = await runCli(['doc', CALENDAR_STEP, '-o', out, '--format', 'md', '--lang', lang]);
    expect(doc).toMatchObject({ code: 0, stderr: '' });
    const document = readFileSync(join(out, 'QT-CDSTEP.md'), 'utf8');
    const found = said.exec(document)!;
    const [, count, tried] = found;
    expect(Number(count)).toBeGreaterThan(0);
    const chart = await runCli(['flowchart', CALENDAR_STEP, '-o', out, '--format', 'mmd', '--lang', lang]);
    expect(chart).toMatchObject({ code: 0, stderr: '' });
    const source = readFileSync(join(out, 'QT-CDSTEP.flowchart.mmd'), 'utf8');
    const verdict = line.replace('{count}', count!).replace('{tried}', tried!);
    // The whole sentence of 5.4, the dates of the receipts tried included, not only its head.
    const window =
      lang === 'vi' ? ' từ 01/07/2025 đến 16/12/2026 (hẹn trả' : ' from 01/07/2025 to 16/12/2026 (appointments';
    expect(source).toContain(`<br/>• ${verdict}${window}`);
    const whole = /^\*\*(.+)\*\*$/mu.exec(document.slice(found.index))![1];
    expect(source).toContain(`<br/>• ${whole}"]:::note`);
    const stats = await runCli(['stats', '--lang', 'en', CALENDAR_STEP, '--format', 'json']);
    expect(JSON.parse(stats.stdout).withinLimit).toMatchObject({ within: 0, over: 1 });
  });
});

describe('a procedure with draft steps', () => {
  const { procedures } = lint([loadFile('draft.yaml', readFileSync(join(ROOT, DRAFT)))]);
  const calendar = createCalendar();

  it('is counted as a draft, neither within nor over, and its total is not known on the site', () => {
    const list = listCatalog(procedures, calendar);
    expect(list[0]).toMatchObject({ draft: true });
    expect(list[0]).not.toHaveProperty('total');
    expect(list[0]).not.toHaveProperty('withinLimit');
    const stats = catalogStats(list);
    expect(stats.withinLimit).toEqual({ within: 0, over: 0, notComparable: 0, draft: 1 });
    expect(stats.leastSlack).toEqual([]);
    const words = {
      vi: ['chưa xác định', 'Còn bước nháp (chưa có tổng thời gian)'],
      en: ['not known yet', 'With draft steps (no total yet)'],
    };
    for (const lang of ['vi', 'en'] as Lang[]) {
      const index = indexPage(list, { lang, hoursPerDay: 8 });
      expect(index).toMatch(new RegExp(`<td class="num " data-label="[^"]+">${words[lang][0]}</td>`));
      expect(summaryPage(stats, { lang, hoursPerDay: 8 })).toContain(
        `<div class="value">1</div>${words[lang][1]}</div>`,
      );
    }
  });

  it.each([
    ['vi', 'thời gian chưa xác định'],
    ['en', 'time not known yet'],
  ] as const)('shows its steps as taking a time not known yet on the citizen page (%s)', (lang, words) => {
    const procedure = procedures[0]!.procedure;
    const view = buildCitizenView({
      procedure,
      analysis: analyseTime(procedure, calendar),
      calendar,
      lang,
      today: parseDay('2025-07-07')!,
    });
    expect(view.steps.map((step) => step.time)).toEqual([words, words]);
  });

  it.each([
    ['vi', 'Chưa xác định: bước 1 (Tiếp nhận hồ sơ) là bước nháp', 'chưa xác định'],
    ['en', 'Not known yet: step 1 (Tiếp nhận hồ sơ) is a draft', 'not known yet'],
  ] as const)('has no total and no verdict in its document (%s)', async (lang, total, step) => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-verdict-draft-'));
    const result = await runCli(['doc', DRAFT, '-o', out, '--format', 'md', '--lang', lang]);
    expect(result.code).toBe(0);
    const text = readFileSync(join(out, 'QT-DRAFT.md'), 'utf8');
    expect(text).toContain(`| **${total}** |`);
    expect(text).toContain(`| Bộ phận Một cửa | ${step} |`);
    // A draft's placeholder 0h is never printed as a time: "(40 giờ)" is the limit's.
    expect(text).not.toMatch(/[^\d]0 giờ|[^\d]0 (working )?h\b|Đạt|Within the limit/);
  });

  it('has no verdict in its document or from time when its limit is in calendar days either', async () => {
    const file = 'test/fixtures/verdict-draft/draft-calendar-days.yaml';
    const out = mkdtempSync(join(tmpdir(), 'procmap-verdict-draft-'));
    const doc = await runCli(['doc', file, '-o', out, '--format', 'md', '--lang', 'vi']);
    expect(doc.code).toBe(0);
    const text = readFileSync(join(out, 'QT-DRAFT-CD.md'), 'utf8');
    expect(text).toContain('**Không so sánh được với thời hạn: bước 1 (Tiếp nhận hồ sơ) là bước nháp**');
    expect(text).not.toMatch(/Đạt|Vượt thời hạn|ngày, giờ làm việc nào/);
    const time = await runCli(['time', '--lang', 'en', file]);
    expect(time.code).toBe(0);
    expect(time.stderr).toBe('');
    expect(time.stdout).toContain('Total: not known yet, since step 1 (Tiếp nhận hồ sơ) is a draft\n');
    expect(time.stdout).not.toMatch(/receipt times|always finish/);
  });

  it('is counted as a draft by stats, and time says its total is not known', async () => {
    const stats = await runCli(['stats', '--lang', 'vi', DRAFT]);
    expect(stats.code).toBe(0);
    expect(stats.stdout).toContain(
      'Trong thời hạn: 0 · vượt thời hạn: 0 · không so được với thời hạn: 0 · còn bước nháp (chưa có tổng thời gian): 1\n',
    );
    const time = await runCli(['time', '--lang', 'en', DRAFT]);
    expect(time.stdout).toContain('Total: not known yet, since step 1 (Tiếp nhận hồ sơ) is a draft\n');
    expect(time.stdout).toMatch(/ B1 +Tiếp nhận hồ sơ +BPMC +not known yet +—\n/);
    expect(time.stdout).not.toMatch(/[^\d]0 h\b/);
  });

  it('gets an appointment from its limit with --received, but no finish, path or verdict, and says which steps lack a time', async () => {
    // Steps 2 and 3 are drafts; step 5 waits for step 3, step 4 for step 1 only. Received Monday 02/03/2026 09:00.
    const file = 'test/fixtures/verdict-draft/draft-received.yaml';
    const received = ['--received', '2026-03-02 09:00'];
    const text = await runCli(['time', '--lang', 'en', file, ...received]);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toMatch(/ B1 +Tiếp nhận hồ sơ +BPMC +4 working hours +— +Mon 02\/03 09:00 +Mon 02\/03 14:30\n/);
    expect(text.stdout).toMatch(/ B2 +Thẩm định +PKT +not known yet +— +— +—\n/);
    expect(text.stdout).toMatch(/ B4 +Xác minh +PKT +1 working day +— +Mon 02\/03 14:30 +Tue 03\/03 14:30\n/);
    expect(text.stdout).toMatch(/ B5 +Trả kết quả +BPMC +4 working hours +— +— +—\n/);
    expect(text.stdout).toContain(
      '\nSteps done by:       not known yet, since draft steps have no time yet: step 2 (Thẩm định), step 3 (Ký)\n',
    );
    expect(text.stdout).toContain('\nAPPOINTMENT (ngày hẹn trả kết quả): 09:00 on Monday 09/03/2026\n');
    expect(text.stdout).toContain('Filed online (limit 4 working days): appointment 09:00 on Friday 06/03/2026\n');
    expect(text.stdout).not.toMatch(/Critical path|before the appointment|AFTER|exactly at/);
    const vi = await runCli(['time', '--lang', 'vi', file, ...received]);
    expect(vi.stdout).toContain(
      '\nCác bước xong lúc:      chưa xác định, vì các bước nháp chưa có thời gian: bước 2 (Thẩm định), bước 3 (Ký)\n',
    );
    const json = await runCli(['time', '--lang', 'en', file, ...received, '--format', 'json']);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const [report] = JSON.parse(json.stdout).procedures;
    expect(report).toMatchObject({
      within_limit: null,
      critical_path: [],
      finish: null,
      due: '2026-03-09T09:00',
      on_time: null,
      channels: [{ kind: 'online', due: '2026-03-06T09:00', on_time: null }],
    });
    expect(report.steps.map((step: { start: string | null; due: string | null }) => [step.start, step.due])).toEqual([
      ['2026-03-02T09:00', '2026-03-02T14:30'],
      [null, null],
      [null, null],
      ['2026-03-02T14:30', '2026-03-03T14:30'],
      [null, null],
    ]);
  });
});
