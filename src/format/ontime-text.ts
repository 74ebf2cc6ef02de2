import { Chalk } from 'chalk';
import { rowPlace } from '../ontime/row-place.js';
import { fill, type Lang } from '../i18n.js';
import { escapeControls } from '../model/quote.js';
import type { Group, OntimeReport } from '../ontime/aggregate.js';
import { formatDuration } from '../time/units.js';
import { unsureYearsNotes } from './unsure-years.js';
import { channelGuessNotes } from './ontime-channel-notes.js';
import { ontimeDateNotes } from './ontime-date-notes.js';
import { statusCodeNotes } from './ontime-status-notes.js';
import { fileNotes } from './ontime-file-notes.js';
import { unreadColumnNotes } from './ontime-column-notes.js';
import { unknownProcedureNotes } from './ontime-unknown-notes.js';
import {
  badRowCount,
  dueText,
  formatCount,
  formatHours,
  formatSaved,
  formatWorkingMinutes,
  formatRate,
  groupings,
  listedHeading,
  momentText,
  receivedText,
  ONTIME_LABELS,
  tallyLine,
  headerRows,
  periodText,
} from './ontime-labels.js';

// Dossiers listed one by one in a terminal; the rest are counted (json and xlsx list more).
const TEXT_LIST_LIMIT = 20;

/** The on-time report of `procmap ontime` for a terminal; every text from an export has its control characters escaped. */
export function ontimeText(report: OntimeReport, { color, lang }: { color: boolean; lang: Lang }): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const w = ONTIME_LABELS[lang];
  const s = w.statuses;
  const t = report.totals;
  const hpd = report.hoursPerDay;
  const safe = escapeControls;
  const n = (count: number) => formatCount(count, lang);
  const out = [
    c.bold(
      `${w.title} — ${w.files}: ${n(report.files.length)}, ${headerRows(report, lang)}, ${w.asOf} ${momentText(report.asOf, lang)}${periodText(report, lang)}`,
    ),
    `${w.dossiers}: ${n(t.dossiers)}`,
    `${w.finished}: ${n(t.finished)} (${s.early} ${n(t.early)}, ${s.on_time} ${n(t.on_time)}, ${(t.late > 0 ? c.red : (x: string) => x)(`${s.late} ${n(t.late)}`)}${t.undetermined > 0 ? `, ${s.undetermined} ${n(t.undetermined)}` : ''})`,
    c.bold(`${w.rate}: ${formatRate(t.rate, lang)}`) + ` ${t.undetermined > 0 ? w.rateNoteUndetermined : w.rateNote}`,
    `${w.open}: ${n(t.open_in_time + t.open_overdue + t.open_paused)} (${w.inTime} ${n(t.open_in_time)}, ${w.overdue} ${n(t.open_overdue)}, ${w.paused} ${n(t.open_paused)})`,
    `${w.saved}: ${formatSaved(t.averageSavedHours, lang)}`,
    `${w.used}: ${formatHours(t.averageUsedHours, hpd, lang)}`,
    `${w.vendorCompared}: ${n(report.vendor.compared)}; ${w.vendorDisagree}: ${n(report.vendor.disagreements)} (${w.vendorLater} ${n(report.vendor.vendorLater)}, ${w.vendorEarlier} ${n(report.vendor.vendorEarlier)})`,
    `${w.notSettled}: ${n(report.notSettled)}`,
    `${w.bad}: ${badRowCount(report, lang)}`,
  ];
  const notes = unsureYearsNotes({ rule: report.ruleYears, provisional: report.provisionalYears }, lang);
  if (notes.length > 0) out.push('', ...notes.map((note) => c.yellow(note)));
  // A rate measured by the general limit where the channel was not said: said under it, one note per procedure.
  const guessed = channelGuessNotes(report.channelGuesses, lang);
  // Receipts without an hour, counted by their date: said once, so that no one reads the due moments as to the hour.
  const dated = ontimeDateNotes(report, lang);
  if (dated.length > 0) out.push('', ...dated.map((note) => c.yellow(note)));
  if (guessed.length > 0) out.push('', ...guessed.map((note) => c.yellow(safe(note))));
  // Numeric statuses read past: a code meaning "withdrawn" is counted open, so the reader is told which codes.
  // Columns seen and not read (a result's date, an appointment, a pause's ends): said with the file's other notes.
  const coded = [
    ...unreadColumnNotes(report, lang),
    ...unknownProcedureNotes(report, lang),
    ...statusCodeNotes(report, lang),
    ...fileNotes(report, lang),
  ];
  if (coded.length > 0) out.push('', ...coded.map((note) => c.yellow(safe(note))));
  const groups = (title: string, list: Group[]) => {
    if (list.length === 0) return;
    out.push('', c.bold(`${title}:`));
    for (const g of list) out.push(`  ${safe(g.key)}${g.title ? ` ${safe(g.title)}` : ''}: ${tallyLine(g, lang)}`);
  };
  for (const { title, groups: list } of groupings(report, lang)) groups(title, list);
  if (report.steps.length > 0) {
    out.push('', c.bold(`${w.steps}:`));
    for (const step of report.steps.slice(0, 10)) {
      const budget = step.budget ? formatDuration(step.budget, lang) : '—';
      out.push(
        `  ${safe(step.procedure)} / ${safe(step.step)} ${safe(step.name)}: ${w.overran.toLowerCase()} ${n(step.overran)}/${n(step.dossiers)}, ${w.avgOver.toLowerCase()} ${formatWorkingMinutes(step.averageOverrunHours, lang)}, ${w.avgUsed.toLowerCase()} ${formatWorkingMinutes(step.averageUsedHours, lang)} (${w.budget.toLowerCase()} ${budget})`,
      );
    }
  }
  if (report.listed.length > 0) {
    out.push('', c.bold(`${listedHeading(report, lang)}:`));
    for (const d of report.listed.slice(0, TEXT_LIST_LIMIT)) {
      const late = d.lateHours > 0 ? ` · ${w.late.toLowerCase()} ${formatWorkingMinutes(d.lateHours, lang)}` : '';
      const vendor =
        d.vendorDue !== undefined
          ? ` · ${w.vendorDue.toLowerCase()} ${momentText(d.vendorDue, lang)}${d.vendorDisagrees ? ' ≠' : ''}`
          : '';
      const paused = d.pauseAfterResult ? ` · ${w.pauseAfterResult}` : '';
      out.push(
        `  ${safe(rowPlace(d.file, d.row))} ${safe(d.id || '—')} ${safe(d.procedure)} · ${s[d.status]} · ${w.received.toLowerCase()} ${receivedText(d, lang)} · ${d.pausedFrom === undefined ? `${w.due.toLowerCase()} ` : ''}${dueText(d, lang)}${vendor} · ${w.finishedAt.toLowerCase()} ${momentText(d.finished, lang)}${late}${paused}`,
      );
    }
    const more = report.listed.length - Math.min(report.listed.length, TEXT_LIST_LIMIT) + report.listedOmitted;
    if (more > 0) out.push(`  (${fill(w.listedMore, { n: n(more) })})`);
  }
  return `${out.join('\n')}\n`;
}
