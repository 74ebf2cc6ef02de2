import { describe, expect, it } from 'vitest';
import { catalogStats, listCatalog } from '../../../src/catalog/stats.js';
import { agenciesOf } from '../../../src/model/agencies.js';
import { indexPage } from '../../../src/render/site/index-page.js';
import { SEARCH_FUNCTIONS } from '../../../src/render/site/search-script.js';
import { summaryPage } from '../../../src/render/site/summary-page.js';
import { createCalendar } from '../../../src/time/calendar.js';
import { siteFixtures } from './site-fixtures.js';

// The index's filters as the browser runs them: the same source, evaluated here.
type Row = unknown;
const { rowOf, rowShown, searchQuery } = new Function(
  `${SEARCH_FUNCTIONS}; return { rowOf, rowShown, searchQuery };`,
)() as {
  rowOf(data: Record<string, string>): Row;
  rowShown(row: Row, query: unknown, chosen: Record<string, string | boolean>): boolean;
  searchQuery(text: string): unknown;
};

// A liên thông procedure of three agencies, one of UBND phường Kinh Bắc alone, one of an agency with a comma.
const list = listCatalog(siteFixtures('agencies'), createCalendar());
const UBND = 'UBND phường Kinh Bắc';
const POLICE = 'Công an phường Kinh Bắc';
const INSURANCE = 'Bảo hiểm xã hội cơ sở';
const JUSTICE = 'Sở Tư pháp, tỉnh Bắc Ninh';

const unescape = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The index's rows as the browser reads them: each row's id and its data attributes (the dataset). */
function indexRows(html: string): { id: string; data: Record<string, string> }[] {
  return [...html.matchAll(/<tr (data-[^>]*)>[\s\S]*?<small>([^<]*)<\/small>/g)].map((m) => ({
    id: m[2]!,
    data: Object.fromEntries(
      [...m[1]!.matchAll(/data-([a-z]+)="([^"]*)"/g)].map((a) => [a[1]!, unescape(a[2]!)]),
    ),
  }));
}

describe('a procedure of several agencies (liên thông) on the site', () => {
  it('reads each agency apart, on semicolons only: a comma is part of a name', () => {
    expect(agenciesOf(`${UBND}; ${POLICE};  ${INSURANCE} ;`)).toEqual([UBND, POLICE, INSURANCE]);
    expect(agenciesOf(`${UBND};${UBND}`)).toEqual([UBND]);
    expect(agenciesOf(JUSTICE)).toEqual([JUSTICE]);
    expect(agenciesOf(undefined)).toEqual([]);
  });

  it('offers each agency as its own filter, which finds every procedure that agency carries out', () => {
    const html = indexPage(list, { lang: 'vi', hoursPerDay: 8 });
    const select = /<select id="agency"[^>]*>([\s\S]*?)<\/select>/.exec(html)![1]!;
    expect([...select.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])).toEqual(['', INSURANCE, POLICE, JUSTICE, UBND]);
    const rows = indexRows(html);
    expect(rows).toHaveLength(3);
    const shown = (agency: string) =>
      rows.filter((row) => rowShown(rowOf(row.data), searchQuery(''), { agency })).map((row) => row.id);
    expect(shown(UBND)).toEqual(['QT-HT-02', 'QT-HT-LT-01']);
    expect(shown(POLICE)).toEqual(['QT-HT-LT-01']);
    expect(shown(INSURANCE)).toEqual(['QT-HT-LT-01']);
    expect(shown(JUSTICE)).toEqual(['QT-TP-01']);
    expect(shown('')).toEqual(['QT-HT-02', 'QT-HT-LT-01', 'QT-TP-01']);
    // The other filters still hold beside it.
    expect(rows.filter((row) => rowShown(rowOf(row.data), searchQuery('khai sinh'), { agency: UBND })).map((r) => r.id)).toEqual([
      'QT-HT-LT-01',
    ]);
    // The table still shows the agencies as the procedure writes them.
    expect(html).toContain(`<td data-label="Cơ quan thực hiện">${UBND}; ${POLICE}; ${INSURANCE}</td>`);
  });

  it('counts a procedure once under each of its agencies in the summary', () => {
    const stats = catalogStats(list);
    expect(stats.byAgency).toEqual({ [UBND]: 2, [INSURANCE]: 1, [POLICE]: 1, [JUSTICE]: 1 });
    expect(Object.keys(stats.byAgency)).toEqual([UBND, INSURANCE, POLICE, JUSTICE]);
    const html = summaryPage(stats, { lang: 'vi', hoursPerDay: 8 });
    expect(html).toContain(`<tr><td>${UBND}</td><td class="num">2</td></tr><tr><td>${INSURANCE}</td><td class="num">1</td></tr>`);
    expect(html).not.toContain(`${UBND}; `);
  });
});
