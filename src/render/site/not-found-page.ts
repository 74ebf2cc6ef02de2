import type { Lang } from '../../i18n.js';
import { html } from './html.js';
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
 * 404.html, which static servers (nginx's error_page, GitHub Pages, Netlify) show for an address the site has no page
 * at, in place of their own bare "Not Found". It is served at the missing address, any folder deep, so its links
 * cannot be relative: the catalog's address from site.url when the configuration gives it, else the server's root.
 */
export function notFoundSitePage(lang: Lang, base: URL | undefined, title?: string): string {
  const text = TEXT[lang];
  const index = base ? pageUrl(base, 'index.html') : '/';
  const catalog = title ?? SITE_LABELS[lang].catalog;
  return html`${pageStart(lang, text.title, { href: index, text: text.index }, text.said)}
<p>${text.said}</p>
<p>${text.next} <a href="${index}">${catalog}</a></p>
</main>
</body></html>
`.value;
}
