import { escapeMarkdown } from '../escape-markdown.js';
import { showControls } from '../model/control-characters.js';
import { rowPlace } from '../ontime/row-place.js';
import { fill, type Lang } from '../i18n.js';
import type { Group, OntimeReport } from '../ontime/aggregate.js';
import { formatDuration, formatNumber } from '../time/units.js';
import { unsureYearsNotes } from './unsure-years.js';
import { channelGuessNotes } from './ontime-channel-notes.js';
import { ontimeDateNotes } from './ontime-date-notes.js';
import { statusCodeNotes } from './ontime-status-notes.js';
import { fileNotes } from './ontime-file-notes.js';
import { unreadColumnNotes } from './ontime-column-notes.js';
import { unknownProcedureNotes } from './ontime-unknown-notes.js';
import {
  badRowCount,
  badRowText,
  countOf,
  dueText,
  formatHours,
  formatSaved,
  formatWorkingMinutes,
  formatCount,
  formatRate,
  groupings,
  listedHeading,
  momentText,
  receivedText,
  ONTIME_LABELS,
  headerRows,
  periodText,
} from './ontime-labels.js';

// Rows listed in Markdown (a pull-request comment or a wiki page must stay readable).
const MARKDOWN_LIST_LIMIT = 50;

/**
 * Text for a Markdown table cell, by procmap's one Markdown escaper: one line, markup inert; a control character of
 * the export's cell shown as its escape (`\u001b`), so that the officer finds the cell that holds it.
 */
const cell = (text: string) => escapeMarkdown(showControls(text));

/** The on-time report as GitHub-flavoured Markdown: headline figures, a table per grouping, late dossiers, bad rows. */
export function ontimeMarkdown(report: OntimeReport, lang: Lang): string {
  const w = ONTIME_LABELS[lang];
  const n = (count: number) => formatCount(count, lang);
  const s = w.statuses;
  const t = report.totals;
  const hpd = report.hoursPerDay;
  const out = [
    `# ${w.title}`,
    '',
    `${countOf(report.files.length, w.files, lang)}, ${report.period === undefined ? countOf(report.rows, w.rows, lang) : headerRows(report, lang)}, ${w.asOf} ${momentText(report.asOf, lang)}${periodText(report, lang)}`,
    '',
    `| | |`,
    `| --- | ---: |`,
    `| **${w.rate}** — ${t.undetermined > 0 ? w.rateNoteUndetermined : w.rateNote} | **${formatRate(t.rate, lang)}** |`,
    `| ${w.finished} | ${n(t.finished)} |`,
    t.undetermined > 0
      ? `| ${s.early} / ${s.on_time} / ${s.late} / ${s.undetermined} | ${n(t.early)} / ${n(t.on_time)} / ${n(t.late)} / ${n(t.undetermined)} |`
      : `| ${s.early} / ${s.on_time} / ${s.late} | ${n(t.early)} / ${n(t.on_time)} / ${n(t.late)} |`,
    `| ${s.open_in_time} / ${s.open_overdue} / ${s.open_paused} | ${n(t.open_in_time)} / ${n(t.open_overdue)} / ${n(t.open_paused)} |`,
    `| ${w.saved} | ${formatSaved(t.averageSavedHours, lang)} |`,
    `| ${w.used} | ${formatHours(t.averageUsedHours, hpd, lang)} |`,
    `| ${w.vendorCompared} / ${w.vendorDisagree} | ${n(report.vendor.compared)} / ${n(report.vendor.disagreements)} |`,
    `| ${w.notSettled} | ${n(report.notSettled)} |`,
    `| ${w.bad} | ${badRowCount(report, lang)} |`,
  ];
  for (const note of unsureYearsNotes({ rule: report.ruleYears, provisional: report.provisionalYears }, lang))
    out.push('', `> ${note}`);
  for (const note of channelGuessNotes(report.channelGuesses, lang)) out.push('', `> ${cell(note)}`);
  for (const note of ontimeDateNotes(report, lang)) out.push('', `> ${cell(note)}`);
  for (const note of unreadColumnNotes(report, lang)) out.push('', `> ${cell(note)}`);
  for (const note of unknownProcedureNotes(report, lang)) out.push('', `> ${cell(note)}`);
  for (const note of statusCodeNotes(report, lang)) out.push('', `> ${cell(note)}`);
  for (const note of fileNotes(report, lang)) out.push('', `> ${cell(note)}`);
  const undetermined = t.undetermined > 0;
  const groups = (title: string, list: Group[]) => {
    if (list.length === 0) return;
    out.push(
      '',
      `## ${title}`,
      '',
      // Every status has its column, as in the workbook's grouping sheets: a row's statuses add up to its dossiers.
      // Dossiers the unwritten hour of receipt decides have theirs when the report has any.
      `| ${w.group} | ${w.dossiers} | ${w.finished} | ${s.early} | ${s.on_time} | ${s.late} |${undetermined ? ` ${s.undetermined} |` : ''} ${s.open_in_time} | ${s.open_overdue} | ${w.pausedColumn} | ${w.rate} | ${w.saved} |`,
      `| --- | ---: | ---: | ---: | ---: | ---: |${undetermined ? ' ---: |' : ''} ---: | ---: | ---: | ---: | ---: |`,
    );
    for (const g of list) {
      const name = g.title ? `${g.key} ${g.title}` : g.key;
      out.push(
        `| ${cell(name)} | ${n(g.dossiers)} | ${n(g.finished)} | ${n(g.early)} | ${n(g.on_time)} | ${n(g.late)} |${undetermined ? ` ${n(g.undetermined)} |` : ''} ${n(g.open_in_time)} | ${n(g.open_overdue)} | ${n(g.open_paused)} | ${formatRate(g.rate, lang)} | ${formatSaved(g.averageSavedHours, lang)} |`,
      );
    }
  };
  for (const { title, groups: list } of groupings(report, lang)) groups(title, list);
  if (report.steps.length > 0) {
    out.push(
      '',
      `## ${w.steps}`,
      '',
      `| ${w.procedure} | ${w.step} | ${w.budget} | ${w.overran} | ${w.avgOver} (${w.hours}) | ${w.avgUsed} (${w.hours}) |`,
      '| --- | --- | --- | ---: | ---: | ---: |',
    );
    for (const step of report.steps) {
      out.push(
        `| ${cell(step.procedure)} | ${cell(`${step.step} ${step.name}`)} | ${step.budget ? formatDuration(step.budget, lang) : '—'} | ${n(step.overran)}/${n(step.dossiers)} | ${formatNumber(step.averageOverrunHours, lang)} | ${formatNumber(step.averageUsedHours, lang)} |`,
      );
    }
  }
  if (report.listed.length > 0) {
    out.push(
      '',
      `## ${listedHeading(report, lang)}`,
      '',
      `| ${w.file}:${w.row} | ${w.id} | ${w.procedure} | ${w.status} | ${w.received} | ${w.due} | ${w.vendorDue} | ${w.finishedAt} | ${w.late} |`,
      '| --- | --- | --- | --- | --- | --- | --- | --- | ---: |',
    );
    for (const d of report.listed.slice(0, MARKDOWN_LIST_LIMIT)) {
      const vendor =
        d.vendorDue === undefined ? '—' : `${momentText(d.vendorDue, lang)}${d.vendorDisagrees ? ' ≠' : ''}`;
      out.push(
        `| ${cell(rowPlace(d.file, d.row))} | ${cell(d.id || '—')} | ${cell(d.procedure)} | ${s[d.status]}${d.pauseAfterResult ? ` (${w.pauseAfterResult})` : ''} | ${receivedText(d, lang)} | ${dueText(d, lang)} | ${vendor} | ${momentText(d.finished, lang)} | ${d.lateHours > 0 ? formatWorkingMinutes(d.lateHours, lang) : ''} |`,
      );
    }
    const more = report.listed.length - Math.min(report.listed.length, MARKDOWN_LIST_LIMIT) + report.listedOmitted;
    if (more > 0) out.push('', `(${fill(w.listedMore, { n: n(more) })})`);
  }
  if (report.badRows.count > 0) {
    out.push('', `## ${w.bad}`, '', `| ${w.file}:${w.row} | ${w.reason} |`, '| --- | --- |');
    for (const bad of report.badRows.listed.slice(0, MARKDOWN_LIST_LIMIT))
      out.push(`| ${cell(rowPlace(bad.file, bad.row))} | ${cell(badRowText(bad, lang))} |`);
    const more = report.badRows.count - Math.min(report.badRows.listed.length, MARKDOWN_LIST_LIMIT);
    if (more > 0) out.push('', `(${fill(w.listedMore, { n: n(more) })})`);
  }
  return `${out.join('\n')}\n`;
}
