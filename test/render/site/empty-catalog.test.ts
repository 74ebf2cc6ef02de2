import { describe, expect, it } from 'vitest';
import { catalogStats } from '../../../src/catalog/stats.js';
import { indexPage } from '../../../src/render/site/index-page.js';
import { summaryPage } from '../../../src/render/site/summary-page.js';

// What a page says between its header and its end: the part these tests are about (the style sheet is elsewhere).
const main = (page: string) => page.slice(page.indexOf('<main>'), page.indexOf('</body>'));

const unpublished = [{ file: 'xa/x.yaml', reason: 'errors' as const }];

describe('the site of a catalog with nothing published', () => {
  // The probe: a catalog whose only file is broken, built with --keep-going. The index offered a search over no rows
  // and said "Không tìm thấy quy trình nào." with a button to clear a search nobody had typed; the summary drew a
  // chart of zeros and four tables of headings alone.
  it('says on the index that nothing is published yet, with no search, filters or script', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const page = indexPage([], { lang, hoursPerDay: 8, unpublished });
      expect(page, lang).not.toContain('id="q"');
      expect(page, lang).not.toContain('<button');
      expect(page, lang).not.toContain('<script');
      await expect(main(page)).toMatchFileSnapshot(`__golden__/empty-catalog.index.${lang}.html`);
    }
    expect(indexPage([], { lang: 'vi', hoursPerDay: 8 })).toContain('<p class="none">Chưa có quy trình nào được đăng trên trang.</p>');
  });

  it('says on the summary that nothing is counted, with no chart of zeros nor empty tables, and still lists what was left out', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const page = summaryPage(catalogStats([], 10), { lang, hoursPerDay: 8, unpublished });
      expect(page, lang).not.toContain('class="bars"');
      expect(page, lang).not.toContain('<thead><tr><th>Cấp</th>');
      expect(page, lang).toContain('x.yaml');
      await expect(main(page)).toMatchFileSnapshot(`__golden__/empty-catalog.summary.${lang}.html`);
    }
  });

  it('leaves out the least-slack table when no total has a share of its limit', () => {
    // One procedure, limited to the same day (judged on dates, no share): the table's headings were over no row.
    const stats = catalogStats(
      [
        {
          id: 'QT-SD',
          file: 'QT-SD.yaml',
          title: 'Chứng thực chữ ký',
          revision: 1,
          effective: '2026-01-01',
          fourOnTheSpot: false,
          timeLimit: 'trong ngày',
          limitUnit: 'sameday',
          level: 'commune',
          total: { hours: 2, days: 0.25 },
          withinLimit: true,
        },
      ],
      10,
    );
    const page = summaryPage(stats, { lang: 'vi', hoursPerDay: 8 });
    expect(page).toContain('<h2>Theo cấp</h2>');
    expect(stats.leastSlack).toEqual([]);
    expect(page).not.toContain('<h2>Các quy trình có ít thời gian dự phòng nhất</h2>');
    expect(page).toContain('<h2>Tổng thời gian theo đường găng so với thời hạn giải quyết</h2>');
  });
});
