import type { CatalogStats } from '../../catalog/stats.js';
import { fill, type Lang } from '../../i18n.js';
import { CHANNEL_NAMES } from '../../model/channels.js';
import type { Duration } from '../../model/types.js';
import type { WorkingTime } from '../../time/analyse.js';
import { formatNumber } from '../../time/units.js';
import { html, type SafeHtml } from './html.js';
import { citizenPath, limitText } from './index-page.js';
import { SITE_LABELS } from './labels.js';
import { pageStart } from './page.js';
import { workingTimeText } from './working-time.js';

/** A horizontal bar chart as inline SVG text (no script, prints and opens anywhere). */
export function barChart(bars: readonly { label: string; value: number; bad?: boolean }[], title: string): SafeHtml {
  const rowHeight = 26;
  const labelWidth = 90;
  const barWidth = 420;
  const most = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * rowHeight + 10;
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${title}" width="${labelWidth + barWidth + 60}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif" font-size="13">
${bars.map((bar, i) => {
  const y = i * rowHeight + 5;
  const width = Math.round((bar.value / most) * barWidth);
  return html`<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${bar.label}</text><rect x="${labelWidth}" y="${y + 3}" width="${width}" height="${rowHeight - 8}" fill="${bar.bad ? '#b3261e' : '#0b5cad'}"></rect><text x="${labelWidth + width + 6}" y="${y + 16}">${bar.value}</text>`;
})}
</svg>`;
}

function countTable(record: Record<string, number>, heading: string, rename: (key: string) => string = (k) => k): SafeHtml {
  return html`<table><thead><tr><th>${heading}</th><th></th></tr></thead><tbody>${Object.entries(record).map(([k, v]) => html`<tr><td>${rename(k)}</td><td class="num">${v}</td></tr>`)}</tbody></table>`;
}

/**
 * The catalog summary page: counts, four-on-the-spot share, totals against limits as a chart, least slack; and
 * `extra` (the on-time section of `build --dossiers`) after the cards.
 */
export function summaryPage(
  stats: CatalogStats,
  { lang, hoursPerDay }: { lang: Lang; hoursPerDay: number },
  title?: string,
  extra?: SafeHtml,
): string {
  const t = SITE_LABELS[lang];
  const heading = `${t.summary} — ${title ?? t.catalog}`;
  const level = (key: string) => t.levels[key as keyof typeof t.levels] ?? key;
  const time = (value: WorkingTime | undefined, limitUnit: Duration['unit']) =>
    workingTimeText(value, hoursPerDay, lang, limitUnit);
  const page = html`${pageStart(lang, heading, { href: 'index.html', text: t.back }, fill(t.summaryDescription, { count: stats.procedures }))}
<div class="cards">
<div class="card"><div class="value">${stats.procedures}</div>${t.procedures}</div>
<div class="card"><div class="value">${formatNumber(stats.fourOnTheSpot.share * 100, lang)}%</div>${t.fotsShare} (${stats.fourOnTheSpot.count})</div>
<div class="card"><div class="value within">${stats.withinLimit.within}</div>${t.withinLimit}</div>
<div class="card"><div class="value over">${stats.withinLimit.over}</div>${t.overLimit}</div>
<div class="card"><div class="value">${stats.withinLimit.notComparable}</div>${t.notComparable}</div>
</div>
${extra ?? ''}
<section><h2>${t.usage}</h2>
${barChart(Object.entries(stats.usageBands).map(([band, value]) => ({ label: band === 'n/a' ? t.notApplicable : band, value, bad: band === '> 100%' })), t.usage)}
</section>
<section><h2>${t.leastSlack}</h2>
<table class="listing"><thead><tr><th>${t.id}</th><th>${t.title}</th><th>${t.total}</th><th>${t.limit}</th><th>${t.slack}</th></tr></thead><tbody>
${stats.leastSlack.map((p) => html`<tr><td data-label="${t.id}">${p.id}</td><td class="name"><a href="${citizenPath(p.id)}">${p.title}</a></td><td class="num" data-label="${t.total}">${time(p.total!, p.limitUnit)}</td><td class="num" data-label="${t.limit}">${p.limitChannel ? `${time(p.limit, p.limitUnit)} (${CHANNEL_NAMES[lang][p.limitChannel].toLowerCase()})` : limitText(p.timeLimit, lang)}</td><td class="num ${p.withinLimit ? 'within' : 'over'}" data-label="${t.slack}">${time(p.slack!, p.limitUnit)}</td></tr>`)}
</tbody></table></section>
<section><h2>${t.byLevel}</h2>${countTable(stats.byLevel, t.level, level)}</section>
<section><h2>${t.byAgency}</h2>${countTable(stats.byAgency, t.agency)}</section>
<section><h2>${t.byField}</h2>${countTable(stats.byField, t.field)}</section>
<p class="count">${t.generated}</p>
</main>
</body></html>
`;
  return page.value;
}
