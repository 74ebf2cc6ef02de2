/** The on-time report as a web page with inline SVG charts, alone (`procmap ontime --format html`) or in the site. */
import { formatDurationShort } from '../../model/duration.js';
import { badRowText, dueText, formatRate, formatWorkingHours, groupings, momentText, ONTIME_LABELS } from '../../format/ontime-labels.js';
import { fill, type Lang } from '../../i18n.js';
import type { Group, OntimeReport } from '../../ontime/aggregate.js';
import { formatNumber } from '../../time/units.js';
import { unsureYearsNotes } from '../../format/unsure-years.js';
import { columnChart, horizontalBars } from './charts.js';
import { html, type SafeHtml } from './html.js';
import { pageStart } from './page.js';

// Dossiers and bad rows listed on the page; the counts above them stay exact.
const PAGE_LIST_LIMIT = 200;
// A rate below this is drawn in red, the way centres flag a month or field (Decision 766 targets).
const RATE_TARGET = 0.95;

function monthLabel(key: string): string {
  const [year, month] = key.split('-');
  return `${month}/${year}`;
}

/** The three charts: on-time rate per month and per field, and the slowest steps. */
function charts(report: OntimeReport, lang: Lang): SafeHtml {
  const w = ONTIME_LABELS[lang];
  const rated = (groups: Group[]) => groups.filter((g) => g.rate !== undefined);
  const months = rated(report.byMonth).map((g) => ({ label: monthLabel(g.key), value: g.rate!, text: formatRate(g.rate, lang), bad: g.rate! < RATE_TARGET }));
  const fields = rated(report.byField).map((g) => ({ label: g.key, value: g.rate!, text: formatRate(g.rate, lang), bad: g.rate! < RATE_TARGET }));
  const steps = report.steps.filter((s) => s.averageOverrunHours > 0).slice(0, 10).map((s) => ({ label: `${s.procedure} · ${s.name}`, value: s.averageOverrunHours, text: `${formatNumber(s.averageOverrunHours, lang)} ${w.hours}`, bad: true }));
  return html`${months.length > 0 ? html`<section><h2>${w.monthChart}</h2>${columnChart(months, w.monthChart, RATE_TARGET)}</section>` : ''}
${fields.length > 0 ? html`<section><h2>${w.fieldChart}</h2>${horizontalBars(fields, w.fieldChart, 1)}</section>` : ''}
${steps.length > 0 ? html`<section><h2>${w.stepChart}</h2>${horizontalBars(steps, w.stepChart)}</section>` : ''}`;
}

function cards(report: OntimeReport, lang: Lang): SafeHtml {
  const w = ONTIME_LABELS[lang];
  const s = w.statuses;
  const t = report.totals;
  const rateClass = t.rate === undefined ? '' : t.rate < RATE_TARGET ? 'over' : 'within';
  return html`<div class="cards">
<div class="card"><div class="value ${rateClass}">${formatRate(t.rate, lang)}</div>${w.rate}<br><small>${w.rateNote}</small></div>
<div class="card"><div class="value">${t.finished}</div>${w.finished}: ${s.early} ${t.early}, ${s.on_time} ${t.on_time}</div>
<div class="card"><div class="value ${t.late > 0 ? 'over' : ''}">${t.late}</div>${s.late}</div>
<div class="card"><div class="value ${t.open_overdue > 0 ? 'over' : ''}">${t.open_overdue}</div>${s.open_overdue} (${s.open_in_time} ${t.open_in_time}, ${w.paused} ${t.open_paused})</div>
<div class="card"><div class="value">${formatNumber(t.averageSavedHours ?? 0, lang)}</div>${w.saved} (${w.hours})</div>
<div class="card"><div class="value ${report.vendor.disagreements > 0 ? 'over' : ''}">${report.vendor.disagreements}</div>${w.vendorDisagree} (${w.vendorCompared.toLowerCase()}: ${report.vendor.compared})</div>
<div class="card"><div class="value">${report.badRows.count}</div>${w.bad}</div>
</div>`;
}

function groupTable(title: string, groups: Group[], lang: Lang): SafeHtml {
  if (groups.length === 0) return html``;
  const w = ONTIME_LABELS[lang];
  const s = w.statuses;
  return html`<section><h2>${title}</h2><table><thead><tr><th>${w.group}</th><th>${w.dossiers}</th><th>${w.finished}</th><th>${s.early}</th><th>${s.on_time}</th><th>${s.late}</th><th>${s.open_overdue}</th><th>${w.rate}</th><th>${w.saved}</th></tr></thead><tbody>
${groups.map((g) => html`<tr><td>${g.key}${g.title ? html` — ${g.title}` : ''}</td><td class="num">${g.dossiers}</td><td class="num">${g.finished}</td><td class="num">${g.early}</td><td class="num">${g.on_time}</td><td class="num ${g.late > 0 ? 'over' : ''}">${g.late}</td><td class="num ${g.open_overdue > 0 ? 'over' : ''}">${g.open_overdue}</td><td class="num ${g.rate !== undefined && g.rate < RATE_TARGET ? 'over' : 'within'}">${formatRate(g.rate, lang)}</td><td class="num">${formatWorkingHours(g.averageSavedHours, lang)}</td></tr>`)}
</tbody></table></section>`;
}

/** The headline cards and the charts, with a link to the full report: the section `build --dossiers` adds to the summary. */
export function ontimeSummarySection(report: OntimeReport, lang: Lang, href: string): SafeHtml {
  const w = ONTIME_LABELS[lang];
  return html`<section id="ontime"><h2>${w.title} — ${w.asOf} ${momentText(report.asOf, lang)}</h2>
${cards(report, lang)}
${charts(report, lang)}
<p><a href="${href}">${w.summaryLink}</a></p></section>`;
}

/** The full on-time report page: cards, charts, a table per grouping, slowest steps, late dossiers, bad rows. */
export function ontimePage(report: OntimeReport, lang: Lang, back: { href: string; text: string } = { href: '#', text: '' }): string {
  const w = ONTIME_LABELS[lang];
  const s = w.statuses;
  const listed = report.listed.slice(0, PAGE_LIST_LIMIT);
  const moreListed = report.listed.length - listed.length + report.listedOmitted;
  const bad = report.badRows.listed.slice(0, PAGE_LIST_LIMIT);
  const page = html`${pageStart(lang, w.title, back, `${w.title}: ${report.rows} ${w.rows}`)}
<p class="count">${report.files.join(', ')} — ${report.rows} ${w.rows}, ${w.asOf} ${momentText(report.asOf, lang)}. ${w.notSettled}: ${report.notSettled}.</p>
${unsureYearsNotes({ rule: report.ruleYears, provisional: report.provisionalYears }, lang).map((note) => html`<p class="note">${note}</p>`)}
${cards(report, lang)}
${charts(report, lang)}
${groupings(report, lang).map(({ title, groups }) => groupTable(title, groups, lang))}
${report.steps.length === 0 ? '' : html`<section><h2>${w.steps}</h2><table><thead><tr><th>${w.procedure}</th><th>${w.step}</th><th>${w.budget}</th><th>${w.overran}</th><th>${w.avgOver} (${w.hours})</th><th>${w.avgUsed} (${w.hours})</th></tr></thead><tbody>
${report.steps.map((step) => html`<tr><td>${step.procedure}</td><td>${step.step} — ${step.name}</td><td class="num">${step.budget ? formatDurationShort(step.budget) : '—'}</td><td class="num ${step.overran > 0 ? 'over' : ''}">${step.overran}/${step.dossiers}</td><td class="num">${formatNumber(step.averageOverrunHours, lang)}</td><td class="num">${formatNumber(step.averageUsedHours, lang)}</td></tr>`)}
</tbody></table></section>`}
${listed.length === 0 ? '' : html`<section><h2>${w.listed}</h2><table><thead><tr><th>${w.file}:${w.row}</th><th>${w.id}</th><th>${w.procedure}</th><th>${w.status}</th><th>${w.received}</th><th>${w.due}</th><th>${w.vendorDue}</th><th>${w.finishedAt}</th><th>${w.late}</th></tr></thead><tbody>
${listed.map((d) => html`<tr><td>${d.file}:${d.row}</td><td>${d.id || '—'}</td><td>${d.procedure}</td><td class="${d.status === 'late' || d.status === 'open_overdue' ? 'over' : ''}">${s[d.status]}${d.pauseAfterResult ? ` (${w.pauseAfterResult})` : ''}</td><td>${momentText(d.received, lang)}</td><td>${dueText(d, lang)}</td><td class="${d.vendorDisagrees ? 'over' : ''}">${momentText(d.vendorDue, lang)}</td><td>${momentText(d.finished, lang)}</td><td class="num">${d.lateHours > 0 ? formatWorkingHours(d.lateHours, lang) : ''}</td></tr>`)}
</tbody></table>${moreListed > 0 ? html`<p class="count">${fill(w.listedMore, { n: moreListed })}</p>` : ''}</section>`}
${bad.length === 0 ? '' : html`<section><h2>${w.bad} (${report.badRows.count})</h2><table><thead><tr><th>${w.file}:${w.row}</th><th>${w.reason}</th></tr></thead><tbody>
${bad.map((b) => html`<tr><td>${b.file}:${b.row}</td><td>${badRowText(b, lang)}</td></tr>`)}
</tbody></table>${report.badRows.count > bad.length ? html`<p class="count">${fill(w.listedMore, { n: report.badRows.count - bad.length })}</p>` : ''}</section>`}
</main>
</body></html>
`;
  return page.value;
}
