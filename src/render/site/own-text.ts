import type { Lang } from '../../i18n.js';
import { html, type SafeHtml } from './html.js';

/**
 * The procedure's own words (its title, documents, steps, legal basis), which stay Vietnamese on a page in another
 * language: marked `lang="vi"` there so a screen reader reads them as Vietnamese (WCAG 3.1.2, language of parts).
 */
export function ownText(text: string | SafeHtml, pageLang: Lang): string | SafeHtml {
  return pageLang === 'vi' ? text : html`<span lang="vi">${text}</span>`;
}

/** The `lang` attribute for an element whose whole content is the procedure's own words; empty on a Vietnamese page. */
export function ownLang(pageLang: Lang): SafeHtml {
  return html`${pageLang === 'vi' ? '' : html` lang="vi"`}`;
}
