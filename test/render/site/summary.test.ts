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
});
