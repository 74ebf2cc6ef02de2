import { describe, expect, it } from 'vitest';
import { catalogStats } from '../../../src/catalog/stats.js';
import { summaryPage } from '../../../src/render/site/summary-page.js';

describe('the summary page', () => {
  it('names the band of procedures whose limit is not in working time in the page language, not "n/a"', () => {
    const stats = catalogStats([], 10);
    const vi = summaryPage(stats, { lang: 'vi', hoursPerDay: 8 });
    expect(vi).toContain('không áp dụng');
    expect(vi).not.toContain('n/a');
    expect(summaryPage(stats, { lang: 'en', hoursPerDay: 8 })).toContain('n/a');
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
