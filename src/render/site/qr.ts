import qrcode from 'qrcode-generator';
import { escapeHtml } from './html.js';

/**
 * A QR code as inline SVG: one path of dark modules with a four-module quiet zone, drawn at `size` CSS pixels.
 * Error correction M (15%) survives a smudged counter printout while keeping a long address scannable.
 * The text must be ASCII (a URL from `new URL().href` is): the library's default encoding is byte mode for ASCII.
 */
export function qrSvg(text: string, label: string, size = 96): string {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const count = code.getModuleCount();
  const quiet = 4;
  const side = count + 2 * quiet;
  let path = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (code.isDark(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr" role="img" aria-label="${escapeHtml(label)}" width="${size}" height="${size}" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}

// The last name of an address that is a web page rather than a folder: officers often copy the address of the
// site's index page (…/quy-trinh/index.html). Other names with a dot (…/tthc.bacninh, …/v1.2) stay folders.
const PAGE = /\.(?:html?|shtml|xhtml|php|aspx?|jsp)$/i;

/**
 * The site address as a base ending in `/`, or undefined when the configuration gives none. An address that names a
 * page (`https://x.gov.vn/quy-trinh/index.html`) stands for its folder: pages of the site are resolved against it.
 */
export function siteBase(url: string | undefined): URL | undefined {
  if (url === undefined) return undefined;
  const base = new URL(url);
  base.pathname = base.pathname.replace(/[^/]*$/, (last) => (PAGE.test(last) ? '' : last));
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  base.search = '';
  base.hash = '';
  return base;
}

/** Whether a configured site address names a page (`…/index.html`) rather than the folder the site is in. */
export function namesPage(url: string): boolean {
  return PAGE.test(new URL(url).pathname);
}

/** The absolute address of a page of the site, percent-encoded (ASCII), from its path relative to the site root. */
export function pageUrl(base: URL, relative: string): string {
  return new URL(relative.split('/').map(encodeURIComponent).join('/'), base).href;
}
