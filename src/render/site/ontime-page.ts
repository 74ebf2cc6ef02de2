/** The on-time report as a web page with HTML charts, alone (`procmap ontime --format html`) or in the site. */
import { rowPlace } from '../../ontime/row-place.js';
import { showControls } from '../../model/control-characters.js';
import { RATE_TARGET } from '../../ontime/rate.js';
import { badRowText, countOf, dueText, formatCount, formatRate, formatSaved, formatWorkingMinutes, groupings, headerRows, momentText, monthLabel, ONTIME_LABELS, periodText, receivedText } from '../../format/ontime-labels.js';
import { fill, type Lang } from '../../i18n.js';
import type { Group, OntimeReport } from '../../ontime/aggregate.js';
import { formatDuration, formatNumber } from '../../time/units.js';
import { unsureYearsNotes } from '../../format/unsure-years.js';
import { channelGuessNotes } from '../../format/ontime-channel-notes.js';
import { ontimeDateNotes } from '../../format/ontime-date-notes.js';
import { statusCodeNotes } from '../../format/ontime-status-notes.js';
import { fileNotes } from '../../format/ontime-file-notes.js';
import { unreadColumnNotes } from '../../format/ontime-column-notes.js';
import { unknownProcedureNotes } from '../../format/ontime-unknown-notes.js';
import { barChart } from './charts.js';
import { html, type SafeHtml } from './html.js';
import { markLongWords } from './long-words.js';
import { pageStart } from './page.js';
import { shownFiles } from './public-paths.js';

// Dossiers and bad rows listed on the page; the counts above them stay exact.
const PAGE_LIST_LIMIT = 200;

/** The three charts: on-time rate per month and per field against the target, and the slowest steps. */
function charts(report: OntimeReport, lang: Lang): SafeHtml {
  const w = ONTIME_LABELS[lang];
  const rated = (groups: Group[]) => groups.filter((g) => g.rate !== undefined);
  // One colour per meaning in every chart: at or above the target green, below it red.
  const rate = (label: string, g: Group) => ({ label, value: g.rate!, text: formatRate(g.rate, lang), tone: g.rate! < RATE_TARGET ? ('bad' as const) : ('good' as const) });
  const months = rated(report.byMonth).map((g) => rate(monthLabel(g.key), g));
  const fields = rated(report.byField).map((g) => rate(g.key, g));
  const steps = report.steps.filter((s) => s.averageOverrunHours > 0).slice(0, 10).map((s) => ({ label: `${s.procedure} · ${s.name}`, value: s.averageOverrunHours, text: formatWorkingMinutes(s.averageOverrunHours, lang), tone: 'bad' as const }));
  const target = { value: RATE_TARGET, label: fill(w.target, { rate: formatRate(RATE_TARGET, lang) }) };
  return html`${months.length > 0 ? html`<section><h2>${w.monthChart}</h2>${barChart(months, w.monthChart, { max: 1, target })}</section>` : ''}
${fields.length > 0 ? html`<section><h2>${w.fieldChart}</h2>${barChart(fields, w.fieldChart, { max: 1, target })}</section>` : ''}
${steps.length > 0 ? html`<section><h2>${w.stepChart}</h2>${barChart(steps, w.stepChart)}</section>` : ''}`;
}

function cards(report: OntimeReport, lang: Lang): SafeHtml {
  const w = ONTIME_LABELS[lang];
  const s = w.statuses;
  const t = report.totals;
  const rateClass = t.rate === undefined ? '' : t.rate < RATE_TARGET ? 'over' : 'within';
  const saved = t.averageSavedHours;
  // A negative saving is an overrun: said as one, in red, rather than as a minus sign under "time saved".
  const over = saved !== undefined && saved < 0;
  return html`<div class="cards">
<div class="card"><div class="value ${rateClass}">${formatRate(t.rate, lang)}</div>${w.rate}<br><small>${t.undetermined > 0 ? w.rateNoteUndetermined : w.rateNote}</small></div>
<div class="card"><div class="value">${formatCount(t.finished, lang)}</div>${w.finished}: ${s.early} ${formatCount(t.early, lang)}, ${s.on_time} ${formatCount(t.on_time, lang)}${t.undetermined > 0 ? `, ${s.undetermined} ${formatCount(t.undetermined, lang)}` : ''}</div>
<div class="card"><div class="value ${t.late > 0 ? 'over' : ''}">${formatCount(t.late, lang)}</div>${s.late}</div>
<div class="card"><div class="value ${t.open_overdue > 0 ? 'over' : ''}">${formatCount(t.open_overdue, lang)}</div>${s.open_overdue} (${s.open_in_time} ${formatCount(t.open_in_time, lang)}, ${w.paused} ${formatCount(t.open_paused, lang)})</div>
<div class="card"><div class="value${over ? ' over' : ''}">${formatWorkingMinutes(saved, lang)}</div>${over ? w.overrun : w.saved}</div>
<div class="card"><div class="value ${report.vendor.disagreements > 0 ? 'over' : ''}">${report.vendor.disagreements}</div>${w.vendorDisagree} (${w.vendorCompared.toLowerCase()}: ${report.vendor.compared})</div>
<div class="card"><div class="value">${report.badRows.count}</div>${w.bad}</div>
</div>`;
}

/** A cell of a listing: its text and its classes (`num`, `over`). */
interface Cell {
  text: string | SafeHtml;
  className?: string | undefined;
}

/**
 * A table of the report as the site's listings are: on a phone one card per row, the first cell its heading and every
 * other cell labelled by its column (SITE_CSS), rather than nine columns squeezed to a word a line.
 */
function listing(headings: readonly string[], rows: readonly (readonly Cell[])[]): SafeHtml {
  const cell = (c: Cell, i: number) =>
    i === 0 ? html`<td class="name${c.className ? ` ${c.className}` : ''}">${c.text}</td>` : html`<td${c.className ? html` class="${c.className}"` : ''} data-label="${headings[i]}">${c.text}</td>`;
  return html`<table class="listing"><thead><tr>${headings.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>
${rows.map((row) => html`<tr>${row.map(cell)}</tr>`)}
</tbody></table>`;
}

function groupTable(title: string, groups: Group[], lang: Lang, undetermined: boolean): SafeHtml {
  if (groups.length === 0) return html``;
  const w = ONTIME_LABELS[lang];
  const s = w.statuses;
  // Every status has its column, as in the workbook's grouping sheets: a row's statuses add up to its dossiers.
  return html`<section><h2>${title}</h2>${listing(
    [
      w.group,
      w.dossiers,
      w.finished,
      s.early,
      s.on_time,
      s.late,
      // Dossiers the unwritten hour of receipt decides have their column when the report has any.
      ...(undetermined ? [s.undetermined] : []),
      s.open_in_time,
      s.open_overdue,
      w.pausedColumn,
      w.rate,
      w.saved,
    ],
    groups.map((g) => [
      { text: g.title ? `${g.key} — ${g.title}` : g.key },
      { text: formatCount(g.dossiers, lang), className: 'num' },
      { text: formatCount(g.finished, lang), className: 'num' },
      { text: formatCount(g.early, lang), className: 'num' },
      { text: formatCount(g.on_time, lang), className: 'num' },
      { text: formatCount(g.late, lang), className: `num${g.late > 0 ? ' over' : ''}` },
      ...(undetermined ? [{ text: formatCount(g.undetermined, lang), className: 'num' }] : []),
      { text: formatCount(g.open_in_time, lang), className: 'num' },
      { text: formatCount(g.open_overdue, lang), className: `num${g.open_overdue > 0 ? ' over' : ''}` },
      { text: formatCount(g.open_paused, lang), className: 'num' },
      { text: formatRate(g.rate, lang), className: `num ${g.rate !== undefined && g.rate < RATE_TARGET ? 'over' : 'within'}` },
      { text: formatSaved(g.averageSavedHours, lang), className: `num${(g.averageSavedHours ?? 0) < 0 ? ' over' : ''}` },
    ]),
  )}</section>`;
}

/**
 * The numeric status codes found, each export named as the page names its rows: by its file name, never the folders it
 * sat in on the officer's computer.
 */
function publicStatusCodes(report: OntimeReport): Pick<OntimeReport, 'statusCodes'> {
  const shown = shownFiles(report.files);
  return { statusCodes: report.statusCodes.map((found) => ({ ...found, file: shown(found.file) })) };
}

/** The paused days given as counts and the hidden sheets measured, each export named by its file name. */
function publicFileNotes(report: OntimeReport): Pick<OntimeReport, 'pauseDaysOnly' | 'hiddenSheets' | 'hiddenRows' | 'unmapped'> {
  const shown = shownFiles(report.files);
  return {
    pauseDaysOnly: report.pauseDaysOnly.map((found) => ({ ...found, file: shown(found.file) })),
    hiddenSheets: report.hiddenSheets.map((found) => ({ ...found, file: shown(found.file) })),
    hiddenRows: report.hiddenRows.map((found) => ({ ...found, file: shown(found.file) })),
    unmapped: report.unmapped.map((found) => ({ ...found, file: shown(found.file) })),
  };
}

/** The columns seen and not read, each export named by its file name as the page names its rows. */
function publicUnreadColumns(report: OntimeReport): Pick<OntimeReport, 'unreadColumns'> {
  const shown = shownFiles(report.files);
  return { unreadColumns: report.unreadColumns.map((found) => ({ ...found, file: shown(found.file) })) };
}

/** The headline cards and the charts, with a link to the full report: the section `build --dossiers` adds to the summary. */
export function ontimeSummarySection(report: OntimeReport, lang: Lang, href: string): SafeHtml {
  const w = ONTIME_LABELS[lang];
  // The period, when the site reports one: the summary's figures are of it, not of the whole export.
  const period = periodText(report, lang).replace(/^, /, '');
  return html`<section id="ontime"><h2>${w.title} — ${w.asOf} ${momentText(report.asOf, lang)}</h2>
${period === '' ? '' : html`<p class="count">${period[0]!.toUpperCase()}${period.slice(1)}.</p>`}
${cards(report, lang)}
${[
  ...channelGuessNotes(report.channelGuesses, lang),
  ...ontimeDateNotes(report, lang),
  ...unreadColumnNotes(publicUnreadColumns(report), lang),
  ...unknownProcedureNotes(report, lang),
  ...statusCodeNotes(publicStatusCodes(report), lang),
  ...fileNotes(publicFileNotes(report), lang),
].map(
  (note) => html`<p class="note">${note}</p>`,
)}
${charts(report, lang)}
<p class="links"><a href="${href}">${w.summaryLink}</a></p></section>`;
}

/** The full on-time report page: cards, charts, a table per grouping, slowest steps, late dossiers, bad rows. */
export function ontimePage(report: OntimeReport, lang: Lang, back: { href: string; text: string } = { href: '#', text: '' }): string {
  const w = ONTIME_LABELS[lang];
  const s = w.statuses;
  const listed = report.listed.slice(0, PAGE_LIST_LIMIT);
  const moreListed = report.listed.length - listed.length + report.listedOmitted;
  const bad = report.badRows.listed.slice(0, PAGE_LIST_LIMIT);
  const shown = shownFiles(report.files);
  const page = html`${pageStart(lang, w.title, back, `${w.title}: ${report.period === undefined ? countOf(report.rows, w.rows, lang) : headerRows(report, lang)}`)}
<p class="count">${report.files.map(shown).join(', ')} — ${report.period === undefined ? countOf(report.rows, w.rows, lang) : headerRows(report, lang)}, ${w.asOf} ${momentText(report.asOf, lang)}${periodText(report, lang)}. ${w.notSettled}: ${formatCount(report.notSettled, lang)}.</p>
${[
  ...unsureYearsNotes({ rule: report.ruleYears, provisional: report.provisionalYears }, lang),
  ...channelGuessNotes(report.channelGuesses, lang),
  ...ontimeDateNotes(report, lang),
  ...unreadColumnNotes(publicUnreadColumns(report), lang),
  ...unknownProcedureNotes(report, lang),
  ...statusCodeNotes(publicStatusCodes(report), lang),
  ...fileNotes(publicFileNotes(report), lang),
].map((note) => html`<p class="note">${note}</p>`)}
${cards(report, lang)}
${charts(report, lang)}
${groupings(report, lang).map(({ title, groups }) => groupTable(title, groups, lang, report.totals.undetermined > 0))}
${report.steps.length === 0 ? '' : html`<section><h2>${w.steps}</h2>${listing(
    [w.procedure, w.step, w.budget, w.overran, `${w.avgOver} (${w.hours})`, `${w.avgUsed} (${w.hours})`],
    report.steps.map((step) => [
      { text: step.procedure },
      { text: `${step.step} — ${step.name}` },
      { text: step.budget ? formatDuration(step.budget, lang) : '—', className: 'num' },
      { text: `${step.overran}/${step.dossiers}`, className: `num${step.overran > 0 ? ' over' : ''}` },
      { text: formatNumber(step.averageOverrunHours, lang), className: 'num' },
      { text: formatNumber(step.averageUsedHours, lang), className: 'num' },
    ]),
  )}</section>`}
${listed.length === 0 ? '' : html`<section><h2>${w.listed}</h2>${listing(
    [`${w.file}:${w.row}`, w.id, w.procedure, w.status, w.received, w.due, w.vendorDue, w.finishedAt, w.late],
    listed.map((d) => [
      { text: rowPlace(shown(d.file), d.row) },
      { text: showControls(d.id) || '—' },
      { text: d.procedure },
      { text: `${s[d.status]}${d.pauseAfterResult ? ` (${w.pauseAfterResult})` : ''}`, className: d.status === 'late' || d.status === 'open_overdue' ? 'over' : undefined },
      { text: receivedText(d, lang) },
      { text: dueText(d, lang) },
      { text: momentText(d.vendorDue, lang), className: d.vendorDisagrees ? 'over' : undefined },
      { text: momentText(d.finished, lang) },
      // The lateness of one dossier in minutes under an hour: "0,02 giờ" reads as nothing.
      { text: d.lateHours > 0 ? formatWorkingMinutes(d.lateHours, lang) : '', className: 'num' },
    ]),
  )}${moreListed > 0 ? html`<p class="count">${fill(w.listedMore, { n: moreListed })}</p>` : ''}</section>`}
${bad.length === 0 ? '' : html`<section><h2>${w.bad} (${report.badRows.count})</h2>${listing(
    [`${w.file}:${w.row}`, w.reason],
    bad.map((b) => [{ text: rowPlace(shown(b.file), b.row) }, { text: showControls(badRowText(b, lang)) }]),
  )}${report.badRows.count > bad.length ? html`<p class="count">${fill(w.listedMore, { n: report.badRows.count - bad.length })}</p>` : ''}</section>`}
</main>
</body></html>
`;
  return markLongWords(page.value);
}
