import { describe, expect, it } from 'vitest';
import { listCatalog } from '../../../src/catalog/stats.js';
import { indexPage } from '../../../src/render/site/index-page.js';
import { SITE_CSS } from '../../../src/render/site/page.js';
import { createCalendar } from '../../../src/time/calendar.js';
import { siteFixtures } from './site-fixtures.js';

describe("the index's narrow cells", () => {
  it('let the note under a limit wrap, which kept on one line took half the table and squeezed the titles', () => {
    expect(SITE_CSS).toContain('td.num { text-align: right; white-space: nowrap; }');
    expect(SITE_CSS).toContain('td.num small { white-space: normal; }');
  });

  it("keep each file's separating dot with its link, so a narrow column never shows a dot on a line alone", () => {
    const index = indexPage(listCatalog(siteFixtures('long-words.yaml'), createCalendar()), { lang: 'vi', hoursPerDay: 8 });
    expect(SITE_CSS).toContain('td.files span { white-space: nowrap; }');
    expect(index).toContain('<a href="p/QT-DD-91/index.html">ISO</a> <span>· <a href="p/QT-DD-91/QT-DD-91.pdf">PDF</a></span> <span>· <a href="p/QT-DD-91/QT-DD-91.md">MD</a></span></td>');
  });
});
