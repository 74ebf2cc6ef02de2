import type { Lang } from '../../i18n.js';
import { html, raw } from './html.js';
import { SITE_LABELS } from './labels.js';
import { pageStart } from './page.js';
import { pageUrl } from './qr.js';

const TEXT = {
  vi: {
    title: 'Không tìm thấy trang',
    said: 'Trang web này không có trang ở địa chỉ bạn mở: có thể địa chỉ bị gõ sai, hoặc thủ tục đã được bãi bỏ hay đổi mã.',
    next: 'Tìm thủ tục theo tên, mã, lĩnh vực hoặc cơ quan trong danh mục:',
    index: 'Về danh mục thủ tục hành chính',
  },
  en: {
    title: 'Page not found',
    said: 'This site has no page at the address you opened: it may be mistyped, or the procedure was repealed or given another code.',
    next: 'Find a procedure by title, code, field or agency in the catalog:',
    index: 'Go to the catalog of administrative procedures',
  },
} as const;

/**
 * The folder of the site a missing address lies in, from the address's path: the folder above `p/` for an address of a
 * procedure's (`/thu-tuc/p/QT-HT-02/citizen.html`, a procedure repealed or renamed: the case a citizen's old link or
 * QR code meets), else the folder of the address (a mistyped page of the site's top folder). As plain script, run in
 * the reader's browser and by the tests.
 */
export const CATALOG_FOLDER = String.raw`function catalogFolder(path) {
  const procedure = /^(.*\/)p(?:\/[^/]*){1,2}$/.exec(path);
  return procedure ? procedure[1] : path.slice(0, path.lastIndexOf('/') + 1);
}`;

// Served by a web server, the links to the catalog are made absolute from the address; opened from disk (file://) the
// page is the site's own 404.html, beside index.html, where the relative link is right as it is.
const LINK_SCRIPT = `(function () {
  ${CATALOG_FOLDER}
  if (!/^https?:$/.test(location.protocol)) return;
  const index = catalogFolder(location.pathname) + 'index.html';
  for (const link of document.querySelectorAll('a[href="index.html"]')) link.setAttribute('href', index);
})();`;

/**
 * 404.html, which static servers (nginx's error_page, GitHub Pages, Netlify) show for an address the site has no page
 * at, in place of their own bare "Not Found". It is served at the missing address, any folder deep: its links go to
 * the catalog's address from site.url when the configuration gives it; else to index.html beside it, made absolute by
 * a short script from the address it is served at (`catalogFolder`), so that a site published under a sub-path
 * (`https://x.gov.vn/thu-tuc/`) or opened from disk links its own catalog, not the server's root.
 */
export function notFoundSitePage(lang: Lang, base: URL | undefined, title?: string): string {
  const text = TEXT[lang];
  const index = base ? pageUrl(base, 'index.html') : 'index.html';
  const catalog = title ?? SITE_LABELS[lang].catalog;
  return html`${pageStart(lang, text.title, { href: index, text: text.index }, text.said)}
<p>${text.said}</p>
<p>${text.next} <a href="${index}">${catalog}</a></p>
</main>
${base ? '' : html`<script>${raw(LINK_SCRIPT)}</script>`}
</body></html>
`.value;
}
