import { describe, expect, it } from 'vitest';
import { OntimeAggregator } from '../../src/ontime/aggregate.js';
import type { DossierResult } from '../../src/ontime/evaluate.js';
import type { MeasuredProcedure } from '../../src/ontime/procedures.js';
import { ontimePage, ontimeSummarySection } from '../../src/render/site/ontime-page.js';
import { summaryPage } from '../../src/render/site/summary-page.js';
import type { CatalogStats } from '../../src/catalog/stats.js';
import { at } from '../ontime/helpers.js';

const hostile = '<script>alert(1)</script>';
const procedure: MeasuredProcedure = {
  id: `QT-${hostile}`,
  title: hostile,
  field: hostile,
  agency: hostile,
  limit: { value: 1, unit: 'd' },
  channelLimits: {},
  steps: [{ id: 's', name: hostile, budget: { value: 1, unit: 'h' }, after: [] }],
};

function lateResult(lateMinutes = 480, stepOverrun = 60): DossierResult {
  return {
    file: `${hostile}.csv`,
    row: 2,
    id: hostile,
    procedure,
    received: at('2026-03-02 08:00'),
    start: at('2026-03-02 08:00'),
    limit: procedure.limit,
    due: at('2026-03-03 08:00'),
    vendorDisagrees: false,
    vendorLater: false,
    finished: at('2026-03-04 08:00'),
    status: 'late',
    usedMinutes: 960,
    pausedMinutes: 0,
    lateMinutes,
    savedMinutes: -lateMinutes,
    steps: [{ step: 's', usedMinutes: 120, overrunMinutes: stepOverrun }],
  };
}

function report(lateMinutes = 480, stepOverrun = 60) {
  const aggregator = new OntimeAggregator({ asOf: at('2026-05-08 09:00'), hoursPerDay: 8 });
  aggregator.add(lateResult(lateMinutes, stepOverrun));
  aggregator.addBad({ file: 'x.csv', row: 3, reason: 'unknown-procedure', value: hostile });
  return aggregator.report();
}

describe('the on-time page', () => {
  // The probe: `build --dossiers /tmp/sitecheck/dossiers.csv` published "/tmp/sitecheck/dossiers.csv — 120 dòng" and
  // "/tmp/sitecheck/dossiers.csv:70" beside every late dossier: the folders of the officer's computer, user name and all.
  it('names an export by its file name, never the folders it was read from, unless two exports share that name', () => {
    const read = (files: string[]) => {
      const aggregator = new OntimeAggregator({ asOf: at('2026-05-08 09:00'), hoursPerDay: 8 });
      for (const file of files) aggregator.addFile(file);
      aggregator.add({ ...lateResult(), file: files[0]! });
      aggregator.addBad({ file: files[0]!, row: 3, reason: 'unknown-procedure', value: 'x' });
      // The note on numeric status codes names the export too: it gave the page the folders.
      aggregator.addStatusCodes({ file: files[0]!, column: 'Trạng thái', codes: [['4', 1]] });
      return ontimePage(aggregator.report(), 'vi');
    };
    const one = read(['/home/lan/Tải về/ho-so-2026.csv']);
    expect(one).not.toContain('/home/lan');
    expect(one).toContain('<p class="count">ho-so-2026.csv — ');
    expect(one).toContain('>ho-so-2026.csv:2<');
    expect(one).toContain('>ho-so-2026.csv:3<');
    expect(one).toContain(
      '<p class="note">ho-so-2026.csv: cột &quot;Trạng thái&quot; ghi trạng thái bằng mã số (4: 1 hồ sơ)',
    );
    expect(read(['C:\\Users\\lan\\ho-so.xlsx'])).not.toContain('Users');
    // Two exports of one name: the rows must still say which, so the paths stay as given.
    const two = read(['quy1/ho-so.csv', 'quy2/ho-so.csv']);
    expect(two).toContain('quy1/ho-so.csv, quy2/ho-so.csv — ');
  });

  it('says one row in the singular in English', () => {
    // It said "1 rows" in the page's title and under its heading.
    const aggregator = new OntimeAggregator({ asOf: at('2026-05-08 09:00'), hoursPerDay: 8 });
    aggregator.addFile('ho-so.csv');
    aggregator.add({ ...lateResult(), file: 'ho-so.csv' });
    const page = ontimePage(aggregator.report(), 'en');
    expect(page).toContain('<p class="count">ho-so.csv — 1 row, as of ');
    expect(page).toContain('content="On-time performance: 1 row"');
  });

  it('draws three HTML charts and escapes every text from an export', () => {
    const page = ontimePage(report(), 'en');
    expect(page.match(/<ul class="bars"/g)).toHaveLength(3);
    expect(page).not.toContain('<svg');
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('On-time rate per month');
  });

  it('joins the site summary after its cards', () => {
    const stats: CatalogStats = {
      procedures: 1,
      byLevel: {},
      byAgency: {},
      byField: {},
      fourOnTheSpot: { count: 0, share: 0 },
      withinLimit: { within: 1, over: 0, notComparable: 0 },
      usageBands: {},
      leastSlack: [],
    } as unknown as CatalogStats;
    const page = summaryPage(
      stats,
      { lang: 'vi', hoursPerDay: 8 },
      undefined,
      ontimeSummarySection(report(), 'vi', 'ontime.html'),
    );
    expect(page.indexOf('<section id="ontime">')).toBeGreaterThan(page.indexOf('class="cards"'));
    expect(page).toContain('Tỷ lệ đúng hạn theo tháng');
    expect(page).not.toContain('<script>');
  });

  it('names the due date by the rules that set it, not by the tool, and says an overrun as one, in minutes under an hour', () => {
    const vi = ontimePage(report(1), 'vi');
    expect(vi).not.toMatch(/procmap/i);
    expect(vi).toContain('<th>Hạn theo quy định</th>');
    expect(vi).toContain('hẹn trả trên phần mềm khác hạn theo quy định (ngày hẹn trả của phần mềm đã so: 0)');
    // The average saving is minus a minute: an overrun in the text report's words, not "-0,02" nor "vượt 0,02 giờ".
    expect(vi).toContain('<div class="value over">1 phút làm việc</div>Thời gian vượt thời hạn trung bình</div>');
    expect(vi).toContain('data-label="Thời gian rút ngắn trung bình so với thời hạn">vượt 1 phút làm việc</td>');
    // The dossier late by a minute: "1 phút làm việc", not "0,02 giờ".
    expect(vi).toContain('<td class="num" data-label="Quá hạn">1 phút làm việc</td>');
    const en = ontimePage(report(), 'en');
    expect(en).not.toMatch(/procmap/i);
    expect(en).toContain('<th>Statutory due date</th>');
    expect(en).toContain('<div class="value over">8 working hours</div>Average overrun of the limit</div>');
    expect(en).toContain('<td class="num" data-label="Late by">8 working hours</td>');
  });

  it('labels the slowest steps’ average overrun in hours and minutes, as the text report says it', () => {
    const page = ontimePage(report(480, 105), 'vi');
    expect(page).toContain('1 giờ 45 phút');
    expect(page).not.toContain('1,75 giờ');
  });

  it('colours a rate by the target in every chart, names the target line, and keeps long labels whole', () => {
    const page = ontimePage(report(), 'vi');
    // A field that met the target is as green as a month that did; the one procedure here was late: red in both.
    expect(page.match(/<span class="bar bad" style="width: 0%">/g)).toHaveLength(2);
    expect(page).not.toMatch(/<span class="bar" /);
    expect(
      page.match(/<p class="chart-key"><span class="target-key" aria-hidden="true"><\/span>Mục tiêu: 95%<\/p>/g),
    ).toHaveLength(2);
    expect(page).not.toContain('…');
    // The summary's link to the full report is marked as one of the links print leaves out.
    expect(ontimeSummarySection(report(), 'vi', 'ontime.html').value).toContain(
      '<p class="links"><a href="ontime.html">Báo cáo đầy đủ về giải quyết đúng hạn</a></p>',
    );
  });
});
