import { describe, expect, it } from 'vitest';
import { catalogStats } from '../../../src/catalog/stats.js';
import { summaryPage } from '../../../src/render/site/summary-page.js';

describe('the summary page', () => {
  it('names the procedures without a share of their limit as the cards do, with the cards\' counts', () => {
    // The probe: the card "Không so được với thời hạn: 0" above a bar "không áp dụng: 2" for the two procedures
    // judged within on dates (30 calendar days, the same day), which have no share of a limit in working time.
    const listed = (id: string, timeLimit: string, limitUnit: 'cd' | 'sameday' | 'd', more: object) => ({
      id,
      file: `${id}.yaml`,
      title: id,
      revision: 1,
      effective: '2026-01-01',
      fourOnTheSpot: false,
      timeLimit,
      limitUnit,
      ...more,
    });
    const stats = catalogStats(
      [
        listed('QT-CD', '30cd', 'cd', { total: { hours: 80, days: 10 }, withinLimit: true }),
        listed('QT-SD', 'trong ngày', 'sameday', { total: { hours: 4, days: 0.5 }, withinLimit: true }),
        listed('QT-NC', '30cd', 'cd', {}),
      ],
      10,
    );
    const vi = summaryPage(stats, { lang: 'vi', hoursPerDay: 8 });
    const bar = (label: string) => new RegExp(`<span class="bar-label">${label}</span>[^]*?<span class="bar-value">(\\d+)</span>`).exec(vi)?.[1];
    expect(vi).toContain('<div class="value">1</div>Không so được với thời hạn</div>');
    expect(bar('Không so được với thời hạn')).toBe('1');
    expect(bar('Trong thời hạn, tính theo ngày \\(ngày lịch, tháng, trong ngày\\): không có tỷ lệ')).toBe('2');
    expect(vi).not.toContain('không áp dụng');
    expect(summaryPage(stats, { lang: 'en', hoursPerDay: 8 })).not.toContain('n/a');
  });

  it('draws the longest bar across the whole track, not two thirds of it against the three rows without a share', () => {
    // Two procedures judged on dates and one not comparable: "n/a" counted 3 and no bar drew it, so 2 filled 66.7 %.
    const listed = (id: string, more: object) => ({
      id,
      file: `${id}.yaml`,
      title: id,
      revision: 1,
      effective: '2026-01-01',
      fourOnTheSpot: false,
      timeLimit: '30cd',
      limitUnit: 'cd' as const,
      ...more,
    });
    const stats = catalogStats(
      [
        listed('QT-CD1', { total: { hours: 80, days: 10 }, withinLimit: true }),
        listed('QT-CD2', { total: { hours: 40, days: 5 }, withinLimit: true }),
        listed('QT-NC', {}),
      ],
      10,
    );
    for (const lang of ['vi', 'en'] as const) {
      const widths = [...summaryPage(stats, { lang, hoursPerDay: 8 }).matchAll(/<span class="bar[^"]*" style="width: ([^"]+)">/g)].map(
        (m) => m[1],
      );
      expect(widths, lang).toEqual(['0%', '0%', '0%', '0%', '0%', '0%', '100%', '50%']);
    }
  });

  it('says a row\'s total and slack in the unit of its limit: not "7 giờ làm việc" beside "3 ngày làm việc"', () => {
    const stats = catalogStats(
      [
        {
          id: 'QT-HKD',
          file: 'qt-hkd.yaml',
          title: 'Đăng ký thành lập hộ kinh doanh',
          revision: 1,
          effective: '2026-01-01',
          fourOnTheSpot: false,
          timeLimit: '3d',
          limitUnit: 'd',
          total: { hours: 17, days: 2.125 },
          limit: { hours: 24, days: 3 },
          slack: { hours: 7, days: 0.875 },
          withinLimit: true,
          usage: 17 / 24,
        },
      ],
      10,
    );
    const vi = summaryPage(stats, { lang: 'vi', hoursPerDay: 8 });
    const slack = /<td class="num within" data-label="Dự phòng">([^<]*)<\/td>/.exec(vi)?.[1];
    expect(slack).toBe('0,88 ngày làm việc (7 giờ)');
  });

  it('gives every column a heading, draws the chart in HTML at the text size, and marks Vietnamese names on an English page', () => {
    const stats = catalogStats(
      [
        {
          id: 'QT-1',
          file: 'qt-1.yaml',
          title: 'Đăng ký kết hôn',
          agency: 'UBND phường Kinh Bắc',
          field: 'Hộ tịch',
          level: 'commune',
          revision: 1,
          effective: '2026-01-01',
          fourOnTheSpot: false,
          timeLimit: '5d',
          limitUnit: 'd',
          total: { hours: 20, days: 2.5 },
          limit: { hours: 40, days: 5 },
          slack: { hours: 20, days: 2.5 },
          withinLimit: true,
          usage: 0.5,
        },
      ],
      8,
    );
    for (const lang of ['vi', 'en'] as const) {
      const page = summaryPage(stats, { lang, hoursPerDay: 8 });
      expect(page, lang).not.toMatch(/<th>\s*<\/th>/);
      expect(page, lang).not.toContain('<svg');
      expect(page, lang).toMatch(/<ul class="bars" aria-label="[^"]+"><li><span class="bar-label">/);
    }
    const vi = summaryPage(stats, { lang: 'vi', hoursPerDay: 8 });
    expect(vi).toContain('<th class="num">Số quy trình</th>');
    expect(vi).not.toContain('<span lang="vi">');
    const en = summaryPage(stats, { lang: 'en', hoursPerDay: 8 });
    expect(en).toContain('<th class="num">Procedures</th>');
    expect(en).toContain('<td><span lang="vi">UBND phường Kinh Bắc</span></td>');
    expect(en).toContain('<td><span lang="vi">Hộ tịch</span></td>');
  });
});
