import { describe, expect, it } from 'vitest';
import { catalogStats, type ListedProcedure } from '../../src/catalog/stats.js';
import { statsText } from '../../src/format/stats-text.js';
import { indexPage } from '../../src/render/site/index-page.js';
import { summaryPage } from '../../src/render/site/summary-page.js';

function listed(
  id: string,
  totalHours: number | undefined,
  limitHours: number | undefined,
  extra: Partial<ListedProcedure> = {},
): ListedProcedure {
  const p: ListedProcedure = {
    id,
    file: `${id}.yaml`,
    title: id,
    revision: 1,
    effective: '2025-07-01',
    fourOnTheSpot: false,
    timeLimit: '1d',
    limitUnit: 'd',
    ...extra,
  };
  if (totalHours !== undefined) p.total = { hours: totalHours, days: totalHours / 8 };
  if (limitHours !== undefined) p.limit = { hours: limitHours, days: limitHours / 8 };
  if (totalHours !== undefined && limitHours !== undefined) {
    p.slack = { hours: limitHours - totalHours, days: (limitHours - totalHours) / 8 };
    p.withinLimit = totalHours <= limitHours;
    p.usage = totalHours / limitHours;
  }
  return p;
}

describe('catalogStats', () => {
  const list = [
    listed('A', 8, 40, { level: 'province', agency: 'Sở Tư pháp', field: 'Lý lịch tư pháp' }),
    listed('B', 40, 40, { level: 'commune', agency: 'UBND xã', field: 'Hộ tịch', fourOnTheSpot: true }),
    listed('C', 48, 40, { level: 'commune', agency: 'UBND xã', field: 'Hộ tịch' }),
    listed('D', 36, 40, { level: 'commune', agency: 'UBND xã', field: 'Hộ tịch' }),
    listed('E', undefined, undefined, { level: 'province' }),
  ];
  const stats = catalogStats(list, 3);

  it('counts by level, agency and field, most first', () => {
    expect(stats.byLevel).toEqual({ commune: 3, province: 2 });
    expect(Object.entries(stats.byAgency)).toEqual([
      ['UBND xã', 3],
      ['Sở Tư pháp', 1],
      ['—', 1],
    ]);
    expect(Object.keys(stats.byField)).toEqual(['Hộ tịch', 'Lý lịch tư pháp', '—']);
  });

  it('gives the four-on-the-spot share and the limit check', () => {
    expect(stats.fourOnTheSpot).toEqual({ count: 1, share: 0.2 });
    expect(stats.withinLimit).toEqual({ within: 3, over: 1, notComparable: 1, draft: 0 });
  });

  it('puts each procedure in its band of total against limit', () => {
    expect(stats.usageBands).toEqual({
      '≤ 25%': 1,
      '25–50%': 0,
      '50–75%': 0,
      '75–90%': 1,
      '90–100%': 1,
      '> 100%': 1,
      'n/a': 1,
    });
  });

  it('names the procedures with the least slack, over-limit first', () => {
    expect(stats.leastSlack.map((p) => p.id)).toEqual(['C', 'B', 'D']);
  });

  it('ranks every procedure over its limit first, most over first, one lint found over without a figure too', () => {
    const over = catalogStats(
      [
        listed('ON', 40, 40),
        // Lint found it over, but no figure says by how much: over all the same, never "on the limit".
        { ...listed('LINT', 40, 40), withinLimit: false },
        listed('DATED', undefined, undefined, { withinLimit: false, timeLimit: '20 ngày' }),
        listed('SMALL', 43, 40),
        listed('BIG', 56, 40),
      ],
      4,
    );
    expect(over.leastSlack.map((p) => p.id)).toEqual(['BIG', 'SMALL', 'DATED', 'LINT']);
    for (const lang of ['vi', 'en'] as const) {
      const text = statsText(over, { color: false, lang, hoursPerDay: 8 });
      const rows = text.split('\n').filter((line) => /^ {2}(BIG|SMALL|DATED|LINT|ON) /.test(line));
      expect(rows.map((row) => row.replace(/ +/g, ' ').trim())).toEqual(
        lang === 'vi'
          ? [
              'BIG vượt 2 ngày làm việc tổng 7 / thời hạn 5 ngày làm việc BIG',
              'SMALL vượt 0,38 ngày làm việc (3 giờ) tổng 5,38 / thời hạn 5 ngày làm việc SMALL',
              'DATED vượt thời hạn thời hạn 20 ngày (lịch) DATED',
              'LINT vượt thời hạn tổng 5 / thời hạn 5 ngày làm việc LINT',
            ]
          : [
              'BIG over by 2 working days total 7 / limit 5 working days BIG',
              'SMALL over by 0.38 working days (3 h) total 5.38 / limit 5 working days SMALL',
              'DATED over the limit limit 20 calendar days DATED',
              'LINT over the limit total 5 / limit 5 working days LINT',
            ],
      );
    }
  });
});

describe('the least-slack table', () => {
  // 17 hours of 24: 7 hours of slack, which two-decimal days would print as 0,88.
  const stats = catalogStats([listed('QT-01', 17, 24), listed('QT-02', 20, 24), listed('QT-LONGER-03', 48, 40)]);

  // "dự phòng 7 giờ" beside "dự phòng 0,5 ngày" read as two scales, as it did on the summary page: the same words.
  it("says slack in its limit's unit, the hours in brackets where days round, in aligned columns", () => {
    const lines = statsText(stats, { color: false, lang: 'vi', hoursPerDay: 8 }).split('\n');
    // A limit in dates cannot be set against working hours, whatever unit it counts in.
    expect(lines).toContain('Trong thời hạn: 2 · vượt thời hạn: 1 · không so được với thời hạn: 0');
    const table = lines.slice(lines.indexOf('Ít thời gian dự phòng nhất:') + 1, -1).slice(0, 3);
    expect(table).toEqual([
      '  QT-LONGER-03  vượt 1 ngày làm việc                 tổng 6 / thời hạn 5 ngày làm việc     QT-LONGER-03',
      '  QT-02         dự phòng 0,5 ngày làm việc           tổng 2,5 / thời hạn 3 ngày làm việc   QT-02',
      '  QT-01         dự phòng 0,88 ngày làm việc (7 giờ)  tổng 2,13 / thời hạn 3 ngày làm việc  QT-01',
    ]);
  });

  it("gives the site summary page one unit a row, its limit's, with the hours where days round", () => {
    // "7 giờ làm việc" beside "0,75 ngày làm việc" in one column read as two scales (the probe's summary page).
    const page = summaryPage(stats, { lang: 'vi', hoursPerDay: 8 });
    expect(page).toContain('data-label="Dự phòng">0,88 ngày làm việc (7 giờ)</td>');
    expect(page).toContain('data-label="Dự phòng">0,5 ngày làm việc</td>');
  });
});

describe('a limit in hours', () => {
  // QT-HT-09's case: 4 working hours of steps against "4 giờ làm việc".
  const hourly = { timeLimit: '4 giờ làm việc', limitUnit: 'h' } as const;
  const stats = catalogStats([listed('QT-HT-09', 4, 4, hourly), listed('QT-SXD-03', 3, 4, hourly)]);

  it('gives total, limit and slack in hours in the least-slack table, not in days', () => {
    const lines = statsText(stats, { color: false, lang: 'vi', hoursPerDay: 8 }).split('\n');
    const table = lines.slice(lines.indexOf('Ít thời gian dự phòng nhất:') + 1).slice(0, 2);
    expect(table).toEqual([
      '  QT-HT-09   dự phòng 0 giờ làm việc  tổng 4 / thời hạn 4 giờ làm việc  QT-HT-09',
      '  QT-SXD-03  dự phòng 1 giờ làm việc  tổng 3 / thời hạn 4 giờ làm việc  QT-SXD-03',
    ]);
  });

  it('does so on the site summary page and the index', () => {
    const page = summaryPage(stats, { lang: 'vi', hoursPerDay: 8 });
    expect(page).toContain('data-label="Tổng thời gian xử lý">4 giờ làm việc</td>');
    expect(page).toContain('data-label="Dự phòng">0 giờ làm việc</td>');
    expect(page).not.toContain('0,5 ngày');
    const index = indexPage(stats.leastSlack, { lang: 'vi', hoursPerDay: 8 });
    expect(index).toContain('>4 giờ làm việc</td>');
    expect(index).not.toContain('0,5 ngày');
  });
});

describe('the site index', () => {
  it('shows a total under a day in hours where days would round, and English days as working days', () => {
    const list = [listed('QT-01', 3, 4), listed('QT-02', 12, 16)];
    const vi = indexPage(list, { lang: 'vi', hoursPerDay: 8 });
    expect(vi).toContain('>3 giờ làm việc</td>');
    expect(vi).toContain('>1,5 ngày làm việc</td>');
    expect(indexPage(list, { lang: 'en', hoursPerDay: 8 })).toContain('>1.5 working days</td>');
  });

  it("marks the procedures' own words Vietnamese on a page in another language, and only there", () => {
    const list = [listed('QT-01', 3, 4, { title: 'Đăng ký kết hôn', field: 'Hộ tịch', agency: 'UBND phường' })];
    const en = indexPage(list, { lang: 'en', hoursPerDay: 8 });
    expect(en).toContain('<a href="p/QT-01/citizen.html"><span lang="vi">Đăng ký kết hôn</span></a>');
    expect(en).toContain('data-label="Field"><span lang="vi">Hộ tịch</span></td>');
    expect(en).toContain('<option value="UBND phường" lang="vi">UBND phường</option>');
    const vi = indexPage(list, { lang: 'vi', hoursPerDay: 8 });
    expect(vi).not.toContain('<span lang="vi">');
    expect(vi).not.toContain('" lang="vi">');
  });

  it("links each procedure's files as the build wrote them: the Word file with --docx, no PDF with --no-pdf", () => {
    const list = [listed('QT-01', 3, 4)];
    const files = (page: string) => /data-label="[^"]*">(<a href="p\/QT-01[^]*?)<\/td><\/tr>/.exec(page)?.[1];
    expect(files(indexPage(list, { lang: 'vi', hoursPerDay: 8 }, undefined, { docx: true }))).toBe(
      '<a href="p/QT-01/index.html">ISO</a> <span>· <a href="p/QT-01/QT-01.pdf">PDF</a></span> <span>· <a href="p/QT-01/QT-01.docx">Word</a></span> <span>· <a href="p/QT-01/QT-01.md">MD</a></span>',
    );
    expect(files(indexPage(list, { lang: 'vi', hoursPerDay: 8 }, undefined, { pdf: false }))).toBe(
      '<a href="p/QT-01/index.html">ISO</a> <span>· <a href="p/QT-01/QT-01.md">MD</a></span>',
    );
  });
});

describe('the chart of stats', () => {
  // "không so được với thời hạn: 0" above a row "không áp dụng 2" for the two procedures judged within on dates (30
  // calendar days, the same day): the summary page's labels and counts, one idea one name.
  const stats = catalogStats([
    listed('QT-CD', 80, undefined, { timeLimit: '30cd', limitUnit: 'cd', withinLimit: true }),
    listed('QT-SD', 4, undefined, { timeLimit: 'trong ngày', limitUnit: 'sameday', withinLimit: true }),
    listed('QT-NC', undefined, undefined, { timeLimit: '30cd', limitUnit: 'cd' }),
    listed('QT-01', 17, 24),
  ]);

  it('names the procedures without a share of their limit as the summary page does, with its counts', () => {
    const vi = statsText(stats, { color: false, lang: 'vi', hoursPerDay: 8 });
    expect(vi).toContain('Trong thời hạn: 3 · vượt thời hạn: 0 · không so được với thời hạn: 1\n');
    const chart = (text: string, heading: string) =>
      text.slice(text.indexOf(`${heading}:\n`), text.indexOf('\n\n', text.indexOf(heading))).split('\n');
    // Short labels, the bars from column 30 on, and what the short label leaves out in a note under the chart.
    expect(chart(vi, 'Đường găng so với thời hạn').slice(-4)).toEqual([
      '  > 100%                      0',
      '  Trong thời hạn, theo ngày  ██████████████████████████████ 2',
      '  Không so được với thời hạn ███████████████ 1',
      '  Trong thời hạn, theo ngày: thời hạn tính bằng ngày lịch, tháng hoặc trong ngày nên không có tỷ lệ theo giờ làm việc.',
    ]);
    const en = statsText(stats, { color: false, lang: 'en', hoursPerDay: 8 });
    expect(chart(en, 'Critical path against the limit').slice(-4)).toEqual([
      '  > 100%                         0',
      '  Within the limit, on dates    ██████████████████████████████ 2',
      '  Not comparable with the limit ███████████████ 1',
      '  Within the limit, on dates: a limit in calendar days, months or the same day has no share in working time.',
    ]);
    expect(en).not.toContain('n/a');
    const page = summaryPage(stats, { lang: 'vi', hoursPerDay: 8 });
    expect(page).toContain('Trong thời hạn, tính theo ngày (ngày lịch, tháng, trong ngày): không có tỷ lệ');
    expect(page).toContain('<div class="value">1</div>Không so được với thời hạn</div>');
  });

  it('draws a procedure with draft steps under a short label, and says under the chart that it has no total yet', () => {
    const drafts = catalogStats([listed('QT-DR', undefined, undefined, { draft: true }), listed('QT-01', 17, 24)]);
    const vi = statsText(drafts, { color: false, lang: 'vi', hoursPerDay: 8 });
    expect(vi).toContain('\n  Còn bước nháp              ██████████████████████████████ 1\n');
    expect(vi).toContain('\n  Còn bước nháp: chưa có tổng thời gian.\n');
    expect(vi).not.toContain('theo ngày');
    const en = statsText(drafts, { color: false, lang: 'en', hoursPerDay: 8 });
    expect(en).toContain('\n  With draft steps              ██████████████████████████████ 1\n');
    expect(en).toContain('\n  With draft steps: no total yet.\n');
  });
});
