import type { ListedProcedure } from '../../catalog/stats.js';
import { citizenPath, procedureDir } from './index-page.js';
import { pageUrl } from './qr.js';

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * sitemap.xml (sitemaps.org 0.9) for a provincial portal's crawler: the index, the summary, and per procedure its
 * citizen page and ISO document, each last modified on the procedure's effective date.
 */
export function sitemap(base: URL, list: readonly ListedProcedure[]): string {
  const url = (relative: string, lastmod?: string) =>
    `<url><loc>${xmlText(pageUrl(base, relative))}</loc>${lastmod ? `<lastmod>${xmlText(lastmod)}</lastmod>` : ''}</url>`;
  const urls = [url('index.html'), url('summary.html'), ...list.flatMap((p) => [url(citizenPath(p.id), p.effective), url(`${procedureDir(p.id)}/index.html`, p.effective)])];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
