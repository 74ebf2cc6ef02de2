import { describe, expect, it } from 'vitest';
import { procedurePage } from '../../../src/render/site/procedure-page.js';

describe('procedurePage', () => {
  it('puts the links bar after <body>, each link a word of its own so that a phone can wrap the bar', () => {
    const page = procedurePage('<html><body class="x"><p>doc</p></body></html>', 'QT-01', 'en', { pdf: true, docx: false });
    const nav = /<nav class="site-nav"[^>]*>([^]*?)<\/nav>/.exec(page)![1]!;
    expect(page.indexOf('<nav')).toBeGreaterThan(page.indexOf('<body class="x">'));
    expect(nav.match(/<\/a><a /g)).toBeNull();
    expect(nav.match(/<a /g)).toHaveLength(6);
  });

  it('keeps each link whole on one line: at 390 px "Tổng hợp" broke between "Tổng" and "hợp"', () => {
    const page = procedurePage('<html><body><p>doc</p></body></html>', 'QT-01', 'vi', { pdf: false, docx: false });
    const links = page.match(/<a [^>]*>/g)!;
    expect(links).toHaveLength(5);
    for (const link of links) expect(link).toMatch(/white-space:nowrap/);
  });

  it('says above a chart that it scrolls in its frame on a window narrower than the chart, and only there', () => {
    const chart = '<figure class="flowchart" tabindex="0"><svg width="955.2" style="max-width: 100%; min-width: 611px;"></svg></figure>';
    const page = procedurePage(`<html><head></head><body>${chart}</body></html>`, 'QT-01', 'en', { pdf: false, docx: false });
    // 611 px of chart and 2 × 4 mm of the document's padding (30.24 px): it fits from 642 px.
    expect(page).toContain('@media screen and (max-width: 641px)');
    expect(page.indexOf('<p class="chart-hint">')).toBeLessThan(page.indexOf('<figure'));
    expect(page).toContain('or <a href="flowchart.svg">open the chart full size</a>.</p>');
    const none = procedurePage('<html><head></head><body><p>doc</p></body></html>', 'QT-01', 'en', { pdf: false, docx: false });
    expect(none).not.toContain('chart-hint');
  });

  it('says so on every screen for a chart wider than the sheet of paper the page is on above 800 px', () => {
    const chart = (px: number) =>
      `<html><head></head><body><figure class="flowchart" tabindex="0"><svg width="1226.5" style="max-width: 100%; min-width: ${px}px;"></svg></figure></body></html>`;
    // The sheet's column is 210 mm less 30 mm and 15 mm of padding: 165 mm, 623.6 px.
    const wide = procedurePage(chart(624), 'QT-01', 'en', { pdf: false, docx: false });
    expect(wide).toContain('@media screen {\n  .chart-hint { display: block;');
    expect(wide).toContain('<p class="chart-hint">The chart is wider than the page: swipe or scroll sideways');
    const fits = procedurePage(chart(623), 'QT-01', 'en', { pdf: false, docx: false });
    expect(fits).toContain('@media screen and (max-width: 653px)');
    expect(fits).toContain('<p class="chart-hint">The chart is wider than the screen: swipe sideways');
  });
});
