import type { Unpublished } from '../../catalog/counted.js';
import type { ListedProcedure } from '../../catalog/stats.js';
import { fill, type Lang } from '../../i18n.js';
import { html, type SafeHtml } from './html.js';
import { SITE_LABELS } from './labels.js';
import { ownText } from './own-text.js';

/** Where on the summary page the procedures left off the site are listed. */
export const UNPUBLISHED_ANCHOR = 'unpublished';

/**
 * On the index, above the listing: how many procedures of the catalog it does not show and how many of those are
 * over their limit, linking to the summary's list; nothing when every procedure is published.
 */
export function unpublishedNotice(unpublished: readonly Unpublished[], lang: Lang): SafeHtml | string {
  if (unpublished.length === 0) return '';
  const t = SITE_LABELS[lang];
  const over = unpublished.filter((p) => p.reason === 'over').length;
  // One procedure is said in the singular ("1 procedures are not published" read wrong), and "1 of them" of it too.
  const one = unpublished.length === 1;
  const template = over > 0 ? (one ? t.unpublishedNoticeOverOne : t.unpublishedNoticeOver) : one ? t.unpublishedNoticeOne : t.unpublishedNotice;
  const text = fill(template, { count: unpublished.length, over });
  return html`<p class="unpublished over">${text}: <a href="summary.html#${UNPUBLISHED_ANCHOR}">${t.unpublishedLink}</a>.</p>`;
}

/** How the summary's figures count a procedure: as within, over, a draft, not comparable; or not at all. */
function countedAs(listed: ListedProcedure | undefined, lang: Lang): SafeHtml | string {
  const t = SITE_LABELS[lang];
  if (!listed) return t.notCounted;
  if (listed.draft) return t.draft;
  if (listed.withinLimit === false) return html`<span class="over">${t.overLimit}</span>`;
  if (listed.withinLimit) return html`<span class="within">${t.withinLimit}</span>`;
  return t.notComparable;
}

/**
 * On the summary: every procedure left off the site, why, and how the figures above count it, so that a reader
 * of the published summary (a citizen, the ISO secretary) sees what it leaves out; nothing when there is none.
 */
export function unpublishedSection(unpublished: readonly Unpublished[], lang: Lang): SafeHtml | string {
  if (unpublished.length === 0) return '';
  const t = SITE_LABELS[lang];
  // A file that could not be read as a procedure has no id or title: its name stands for it, never its folders.
  const name = (p: Unpublished) =>
    p.title === undefined ? (p.file.split(/[\\/]/).pop() ?? p.file) : ownText(p.title, lang);
  return html`<section id="${UNPUBLISHED_ANCHOR}"><h2>${t.unpublished} (${unpublished.length})</h2>
<p>${t.unpublishedIntro}</p>
<table class="listing"><thead><tr><th>${t.id}</th><th>${t.title}</th><th>${t.reason}</th><th>${t.countedAs}</th></tr></thead><tbody>
${unpublished.map((p) => html`<tr><td data-label="${t.id}">${p.id ?? ''}</td><td class="name">${name(p)}</td><td data-label="${t.reason}">${t.reasons[p.reason]}</td><td data-label="${t.countedAs}">${countedAs(p.counted, lang)}</td></tr>`)}
</tbody></table></section>`;
}
