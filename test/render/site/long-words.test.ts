import { describe, expect, it } from 'vitest';
import { catalogStats, listCatalog } from '../../../src/catalog/stats.js';
import { citizenPage } from '../../../src/render/site/citizen-page.js';
import { buildCitizenView } from '../../../src/render/site/citizen-view.js';
import { indexPage } from '../../../src/render/site/index-page.js';
import { markLongWords } from '../../../src/render/site/long-words.js';
import { SITE_CSS } from '../../../src/render/site/page.js';
import { summaryPage } from '../../../src/render/site/summary-page.js';
import { analyseTime } from '../../../src/time/analyse.js';
import { createCalendar } from '../../../src/time/calendar.js';
import { dayFromParts } from '../../../src/time/moment.js';
import { siteFixtures } from './site-fixtures.js';

const calendar = createCalendar();
const entries = siteFixtures('long-words.yaml');
const list = listCatalog(entries, calendar);
const LONG_TITLE_WORD = 'NghiêngNghiêngNghiêngNghiêngNghiêngNghiêngNghiêngNghiêngNghiêngNghiêngNghiêngNghiêngNghiêng';
const EMAIL = 'vanphongdangkydatdai.snnmt@bacninh.gov.vn';
const ADDRESS = 'dichvucong.bacninh.gov.vn/taikhoan/dangkymoi';
const span = (word: string) => `<span class="long-word">${word}</span>`;

describe('long words on the site', () => {
  it('may break at any character, by a mark on those words alone, so ordinary words wrap and size columns as before', () => {
    expect(SITE_CSS).toContain('.long-word { overflow-wrap: anywhere; }');
    // Ordinary words, a legal reference and a code get no mark; a word of 25 characters or an address does.
    expect(markLongWords('<p>Nghị định 63/2010/NĐ-CP, mã 2.000815.000.00.00.H04</p>')).toBe(
      '<p>Nghị định 63/2010/NĐ-CP, mã 2.000815.000.00.00.H04</p>',
    );
    expect(markLongWords(`<td>Gửi ${EMAIL} hoặc https://x.vn</td>`)).toBe(`<td>Gửi ${span(EMAIL)} hoặc ${span('https://x.vn')}</td>`);
    // Attributes, a script, a style sheet and the page's <title> hold text that is no markup: left as they are.
    const untouched = `<title>${LONG_TITLE_WORD}</title><a href="https://${ADDRESS}" data-search="${EMAIL}"></a><script>const a = "${EMAIL}";</script><style>/* ${ADDRESS} */</style>`;
    expect(markLongWords(untouched)).toBe(untouched);
  });

  it('are marked in the index, the summary and the citizen page, and searched as written', () => {
    const index = indexPage(list, { lang: 'vi', hoursPerDay: 8 });
    expect(index).toContain(`<a href="p/QT-DD-91/citizen.html">Cấp giấy ${span(LONG_TITLE_WORD)} rất dài</a>`);
    expect(index).toContain(`<td data-label="Cơ quan thực hiện">${span(EMAIL)}</td>`);
    expect(index).toContain(`data-search="cấp giấy ${LONG_TITLE_WORD.toLowerCase()} rất dài`);
    const summary = summaryPage(catalogStats(list, 10), { lang: 'vi', hoursPerDay: 8 });
    expect(summary).toContain(span(EMAIL));
    const p = entries[0]!.procedure;
    const today = dayFromParts(2026, 3, 2)!;
    const citizen = citizenPage(buildCitizenView({ procedure: p, analysis: analyseTime(p, calendar), calendar, lang: 'vi', today }), { pdf: false });
    expect(citizen).toContain(`<h1>Cấp giấy ${span(LONG_TITLE_WORD)} rất dài</h1>`);
    expect(citizen).toContain(span(ADDRESS));
    expect(citizen).toContain(span(EMAIL));
    expect(citizen).toContain(`<title>Cấp giấy ${LONG_TITLE_WORD} rất dài`);
  });
});

describe('an index search that finds nothing', () => {
  it('says so in the page language, with a button that clears the search and the filters', () => {
    const vi = indexPage(list, { lang: 'vi', hoursPerDay: 8 });
    expect(vi).toContain(
      '<p class="none" id="none" hidden>Không tìm thấy quy trình nào. <button type="button" id="clear">Xóa tìm kiếm và bộ lọc</button></p>',
    );
    expect(indexPage(list, { lang: 'en', hoursPerDay: 8 })).toContain(
      '<p class="none" id="none" hidden>No procedure found. <button type="button" id="clear">Clear the search and filters</button></p>',
    );
    // The script shows that line, and hides the table of headings alone, when no row is shown.
    expect(vi).toContain('table.hidden = shown === 0;');
    expect(vi).toContain('none.hidden = shown > 0;');
  });
});
