import { describe, expect, it } from 'vitest';
import { listCatalog } from '../../../src/catalog/stats.js';
import { catalogStats } from '../../../src/catalog/stats.js';
import { indexPage } from '../../../src/render/site/index-page.js';
import { summaryPage } from '../../../src/render/site/summary-page.js';
import { createCalendar } from '../../../src/time/calendar.js';
import { siteFixtures } from './site-fixtures.js';

const list = listCatalog(siteFixtures('agencies'), createCalendar());

describe('the index: how many procedures the search shows', () => {
  it('is a status message a screen reader announces when it changes (WCAG 2.1 4.1.3), in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      const html = indexPage(list, { lang, hoursPerDay: 8 });
      // role="status" is a polite live region: read out after what the reader is typing, never interrupting it.
      const count = /<p [^>]*id="count"[^>]*>/.exec(html)?.[0];
      expect(count, lang).toBe('<p class="count" id="count" role="status">');
      // The element the filter script writes the count into is that one.
      expect(html, lang).toContain("const count = document.getElementById('count');");
    }
    expect(indexPage(list, { lang: 'vi', hoursPerDay: 8 })).toContain('role="status">Hiển thị 3/3 quy trình</p>');
  });

  // The probe: an English site of one procedure said "Showing 1 of 1 procedures" and, on its summary, "1 procedures".
  it('says a catalog of one procedure in the singular, in the count the search updates too', () => {
    const one = listCatalog(siteFixtures('long-words.yaml'), createCalendar());
    const en = indexPage(one, { lang: 'en', hoursPerDay: 8 });
    expect(en).toContain('role="status">Showing 1 of 1 procedure</p>');
    expect(en).toContain(
      '{"shown":"Showing {shown} of 1 procedure","near":"No procedure matches the words as typed; showing {shown} of 1 procedure with nearly those words (one letter may be mistyped)"}',
    );
    expect(indexPage(one, { lang: 'vi', hoursPerDay: 8 })).toContain('role="status">Hiển thị 1/1 quy trình</p>');
    expect(indexPage(list, { lang: 'en', hoursPerDay: 8 })).toContain('role="status">Showing 3 of 3 procedures</p>');
    expect(summaryPage(catalogStats(one), { lang: 'en', hoursPerDay: 8 })).toContain('<div class="value">1</div>procedure</div>');
    expect(summaryPage(catalogStats(list), { lang: 'en', hoursPerDay: 8 })).toContain('<div class="value">3</div>procedures</div>');
  });

  // The probe: an English site of one procedure described itself as "Catalog of 1 administrative procedures" and
  // "Summary of 1 procedures" to search engines and link previews.
  it('describes a catalog of one procedure in the singular, in the page descriptions', () => {
    const one = listCatalog(siteFixtures('long-words.yaml'), createCalendar());
    const description = (page: string) => /<meta name="description" content="([^"]*)">/.exec(page)?.[1];
    const en = { lang: 'en', hoursPerDay: 8 } as const;
    expect(description(indexPage(one, en))).toMatch(/^Catalog of 1 administrative procedure: /);
    expect(description(summaryPage(catalogStats(one), en))).toMatch(/^Summary of 1 procedure: /);
    expect(description(indexPage(list, en))).toMatch(/^Catalog of 3 administrative procedures: /);
    expect(description(summaryPage(catalogStats(list), en))).toMatch(/^Summary of 3 procedures: /);
    const vi = { lang: 'vi', hoursPerDay: 8 } as const;
    expect(description(indexPage(one, vi))).toMatch(/^Danh mục 1 thủ tục hành chính: /);
    expect(description(summaryPage(catalogStats(one), vi))).toMatch(/^Tổng hợp 1 quy trình: /);
  });
});
