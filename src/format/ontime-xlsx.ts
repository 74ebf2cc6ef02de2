import { formatDurationShort } from '../model/duration.js';
import type { Lang } from '../i18n.js';
import type { Group, OntimeReport } from '../ontime/aggregate.js';
import { formatMoment } from '../time/moment.js';
import { badRowText, groupings, ONTIME_LABELS } from './ontime-labels.js';

// exceljs writes strings as strings: text from an export that starts with "=" stays text, never a formula.
const text = (value: string) => value;

/**
 * The on-time report as an XLSX workbook: a summary sheet, one sheet per grouping, the slowest steps, the listed
 * dossiers and the rows not measured. Rates are numbers formatted as percentages, so officers can chart them.
 */
export async function ontimeXlsx(report: OntimeReport, lang: Lang): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const w = ONTIME_LABELS[lang];
  const s = w.statuses;
  const book = new ExcelJS.Workbook();
  book.creator = 'procmap';
  // A fixed date keeps the same report byte-identical from one run to the next.
  book.created = new Date(Date.UTC(2000, 0, 1));
  book.modified = book.created;
  const sheet = (name: string, headers: string[], widths: number[]) => {
    const ws = book.addWorksheet(name);
    ws.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 14 }));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    return ws;
  };
  const t = report.totals;
  const summary = sheet(w.sheets.summary, [w.title, ''], [60, 20]);
  const rows: [string, string | number | undefined][] = [
    [w.asOf, formatMoment(report.asOf)],
    [w.files, report.files.join(', ')],
    [w.rows, report.rows],
    [w.rate, t.rate],
    [w.finished, t.finished],
    [s.early, t.early],
    [s.on_time, t.on_time],
    [s.late, t.late],
    [s.open_in_time, t.open_in_time],
    [s.open_overdue, t.open_overdue],
    [`${w.saved} (${w.hours})`, t.averageSavedHours],
    [`${w.used} (${w.hours})`, t.averageUsedHours],
    [w.vendorCompared, report.vendor.compared],
    [w.vendorDisagree, report.vendor.disagreements],
    [w.notSettled, report.notSettled],
    [w.bad, report.badRows.count],
  ];
  for (const [label, value] of rows) summary.addRow([label, typeof value === 'string' ? text(value) : (value ?? null)]);
  summary.getCell('B5').numFmt = '0.00%';

  const groupSheet = (title: string, groups: Group[]) => {
    const ws = sheet(
      title,
      [
        w.group,
        w.procedure,
        w.dossiers,
        w.finished,
        s.early,
        s.on_time,
        s.late,
        s.open_in_time,
        s.open_overdue,
        w.rate,
        `${w.saved} (${w.hours})`,
        `${w.used} (${w.hours})`,
        w.vendorDisagree,
      ],
      [22, 50],
    );
    for (const g of groups) {
      ws.addRow([
        text(g.key),
        text(g.title ?? ''),
        g.dossiers,
        g.finished,
        g.early,
        g.on_time,
        g.late,
        g.open_in_time,
        g.open_overdue,
        g.rate ?? null,
        g.averageSavedHours ?? null,
        g.averageUsedHours ?? null,
        g.vendorDisagreements,
      ]);
    }
    ws.getColumn(10).numFmt = '0.00%';
  };
  for (const { sheet: name, groups } of groupings(report, lang)) groupSheet(name, groups);

  const steps = sheet(
    w.sheets.steps,
    [
      w.procedure,
      w.step,
      '',
      w.budget,
      w.dossiers,
      w.overran,
      `${w.avgOver} (${w.hours})`,
      `${w.avgUsed} (${w.hours})`,
    ],
    [22, 16, 50],
  );
  for (const step of report.steps) {
    steps.addRow([
      text(step.procedure),
      text(step.step),
      text(step.name),
      step.budget ? formatDurationShort(step.budget) : null,
      step.dossiers,
      step.overran,
      step.averageOverrunHours,
      step.averageUsedHours,
    ]);
  }

  const listed = sheet(
    w.sheets.listed,
    [
      w.file,
      w.row,
      w.id,
      w.procedure,
      w.status,
      w.received,
      w.due,
      w.vendorDue,
      w.finishedAt,
      `${w.late} (${w.hours})`,
      // Each dossier's own, not the average the summary gives.
      `${w.usedOne} (${w.hours})`,
    ],
    [24, 8, 18, 18, 22, 18, 18, 18, 18],
  );
  const when = (moment: number | undefined) => (moment === undefined ? null : formatMoment(moment).replace('T', ' '));
  for (const d of report.listed) {
    listed.addRow([
      text(d.file),
      d.row,
      text(d.id),
      text(d.procedure),
      s[d.status],
      when(d.received),
      when(d.due),
      when(d.vendorDue),
      when(d.finished),
      d.lateHours,
      d.usedHours,
    ]);
  }

  const bad = sheet(w.sheets.bad, [w.file, w.row, w.reason], [24, 8, 90]);
  for (const row of report.badRows.listed) bad.addRow([text(row.file), row.row, text(badRowText(row, lang))]);

  return Buffer.from(await book.xlsx.writeBuffer());
}
