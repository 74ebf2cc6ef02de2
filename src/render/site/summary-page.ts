import type { Unpublished } from '../../catalog/counted.js';
import { unbandedCounts, type CatalogStats, type ListedProcedure } from '../../catalog/stats.js';
import { fill, type Lang } from '../../i18n.js';
import type { WorkingTime } from '../../time/analyse.js';
import { formatNumber, formatOverrun } from '../../time/units.js';
import { type Bar, barChart } from './charts.js';
import { html, type SafeHtml } from './html.js';
import { markLongWords } from './long-words.js';
import { bindingLimitOwner, citizenPath, limitText } from './index-page.js';
import { SITE_LABELS } from './labels.js';
import { ownText } from './own-text.js';
import { pageStart } from './page.js';
import { UNPUBLISHED_ANCHOR, unpublishedSection } from './unpublished.js';
import { hoursPerDayOf, type HoursPerDay, workingTimeText } from './working-time.js';

/** A table of counts: what is counted (own: the procedures' words, such as agencies) and the number of procedures. */
function countTable(
  record: Record<string, number>,
  heading: string,
  countHeading: string,
  cell: (key: string) => string | SafeHtml = (k) => k,
): SafeHtml {
  return html`<table><thead><tr><th>${heading}</th><th class="num">${countHeading}</th></tr></thead><tbody>${Object.entries(record).map(([k, v]) => html`<tr><td>${cell(k)}</td><td class="num">${v}</td></tr>`)}</tbody></table>`;
}

/**
 * The chart's bars: a bar for each share of the limit, then the procedures that have no share (unbandedCounts), each
 * under the label and with the count of the card that counts them.
 */
function usageBars(stats: CatalogStats, t: (typeof SITE_LABELS)[Lang]): Bar[] {
  const { withinByDates: byDates, draft, notComparable } = unbandedCounts(stats);
  const bars: Bar[] = Object.entries(stats.usageBands)
    .filter(([band]) => band !== 'n/a')
    .map(([band, value]) => ({ label: band, value, text: String(value), tone: band === '> 100%' ? 'bad' : undefined }));
  if (byDates > 0) bars.push({ label: t.withinByDates, value: byDates, text: String(byDates) });
  if (draft > 0) bars.push({ label: t.draft, value: draft, text: String(draft) });
  bars.push({ label: t.notComparable, value: notComparable, text: String(notComparable) });
  return bars;
}

/**
 * The chart of totals against limits, scaled to the longest bar drawn: "n/a", no longer a bar, counts all three rows
 * without a share together, and scaling to it left the longest bar two thirds of the width.
 */
function usageChart(stats: CatalogStats, t: (typeof SITE_LABELS)[Lang]): SafeHtml {
  const bars = usageBars(stats, t);
  // At least 1, so that a catalog of zeros draws empty bars rather than dividing by nothing.
  return barChart(bars, t.usage, { max: Math.max(1, ...bars.map((bar) => bar.value)) });
}

/**
 * The catalog summary page: counts, four-on-the-spot share, totals against limits as a chart, least slack; and
 * `extra` (the on-time section of `build --dossiers`) after the cards. The figures count the procedures left off
 * the site only for being over their limit: `unpublished` lists every procedure left off, so none goes unsaid.
 */
export function summaryPage(
  stats: CatalogStats,
  {
    lang,
    hoursPerDay,
    unpublished = [],
  }: { lang: Lang; hoursPerDay: HoursPerDay; unpublished?: readonly Unpublished[] },
  title?: string,
  extra?: SafeHtml,
): string {
  const t = SITE_LABELS[lang];
  const heading = `${t.summary} — ${title ?? t.catalog}`;
  const level = (key: string) => t.levels[key as keyof typeof t.levels] ?? key;
  const own = (text: string) => ownText(text, lang);
  // A procedure left off the site has no page to link to.
  const left = new Set(unpublished.map((p) => p.id));
  const published = (id: string) => !left.has(id);
  // In the unit of the row's limit, total and slack alike: "7 giờ" beside "0,75 ngày" read as two scales.
  const time = (value: WorkingTime | undefined, { file, limitUnit }: ListedProcedure) =>
    workingTimeText(value, hoursPerDayOf(hoursPerDay, file), lang, limitUnit, true);
  // Late on dates: the worst receipt's lateness in lint's words ("vượt 4 ngày 7 giờ 59 phút làm việc"), as stats,
  // `time`, `diff` and the document give it, not the working-day figure of a total.
  const slack = (p: ListedProcedure) =>
    p.overOnDates && p.slack && p.slack.hours < 0
      ? fill(t.overBy, { time: formatOverrun(-p.slack.hours, hoursPerDayOf(hoursPerDay, p.file), lang) })
      : time(p.slack!, p);
  // The figures; the least-slack table is left out when no total has a share (a heading over an empty table).
  const figures = html`<section><h2>${t.usage}</h2>
${usageChart(stats, t)}
</section>
${stats.leastSlack.length === 0 ? '' : html`<section><h2>${t.leastSlack}</h2>
<table class="listing"><thead><tr><th>${t.id}</th><th>${t.title}</th><th>${t.total}</th><th>${t.limit}</th><th>${t.slack}</th></tr></thead><tbody>
${stats.leastSlack.map((p) => html`<tr><td data-label="${t.id}">${p.id}</td><td class="name">${published(p.id) ? html`<a href="${citizenPath(p.id)}">${ownText(p.title, lang)}</a>` : ownText(p.title, lang)}</td><td class="num" data-label="${t.total}">${time(p.total!, p)}</td><td class="num" data-label="${t.limit}">${bindingLimitOwner(p, lang) !== '' ? `${p.limit ? time(p.limit, p) : limitText(p.caseLimit ?? p.channelLimit ?? p.timeLimit, lang)} (${bindingLimitOwner(p, lang)})` : limitText(p.timeLimit, lang)}</td><td class="num ${p.withinLimit ? 'within' : 'over'}" data-label="${t.slack}">${slack(p)}</td></tr>`)}
</tbody></table></section>`}
${unpublishedSection(unpublished, lang)}
<section><h2>${t.byLevel}</h2>${countTable(stats.byLevel, t.level, t.count, level)}</section>
<section><h2>${t.byAgency}</h2>${countTable(stats.byAgency, t.agency, t.count, own)}</section>
<section><h2>${t.byField}</h2>${countTable(stats.byField, t.field, t.count, own)}</section>
`;
  const page = html`${pageStart(lang, heading, { href: 'index.html', text: t.back }, stats.procedures === 1 ? t.summaryDescriptionOne : fill(t.summaryDescription, { count: stats.procedures }))}
<div class="cards">
<div class="card"><div class="value">${stats.procedures}</div>${stats.procedures === 1 ? t.procedure : t.procedures}</div>
<div class="card"><div class="value">${formatNumber(stats.fourOnTheSpot.share * 100, lang)}%</div>${t.fotsShare} (${stats.fourOnTheSpot.count})</div>
<div class="card"><div class="value within">${stats.withinLimit.within}</div>${t.withinLimit}</div>
<div class="card"><div class="value over">${stats.withinLimit.over}</div>${t.overLimit}</div>
<div class="card"><div class="value">${stats.withinLimit.notComparable}</div>${t.notComparable}</div>${stats.withinLimit.draft > 0 ? html`
<div class="card"><div class="value">${stats.withinLimit.draft}</div>${t.draft}</div>` : ''}${unpublished.length > 0 ? html`
<div class="card"><div class="value over"><a href="#${UNPUBLISHED_ANCHOR}">${unpublished.length}</a></div>${t.unpublishedCard}</div>` : ''}
</div>
${extra ?? ''}
${stats.procedures === 0 ? html`<p class="none">${t.noneYet}</p>
${unpublishedSection(unpublished, lang)}
` : figures}<p class="count">${t.generated}</p>
</main>
</body></html>
`;
  return markLongWords(page.value);
}
