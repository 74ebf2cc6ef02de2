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
});
