import { formatDuration } from '../time/units.js';
import { unsureYearsNotes } from './unsure-years.js';
import { channelGuessNotes } from './ontime-channel-notes.js';
import { ontimeDateNotes } from './ontime-date-notes.js';
import { statusCodeNotes } from './ontime-status-notes.js';
import { fileNotes } from './ontime-file-notes.js';
import { unreadColumnNotes } from './ontime-column-notes.js';
import { unknownProcedureNotes } from './ontime-unknown-notes.js';
import type ExcelJS from 'exceljs';
import type { Lang } from '../i18n.js';
import type { Group, OntimeReport } from '../ontime/aggregate.js';
import { dayOf, minuteOf, MINUTES_PER_DAY, type Moment } from '../time/moment.js';
import { reportDates } from '../file-dates.js';
import { datedZip } from '../zip-dates.js';
import { HEADING_FONT, printOnA4, rowHeight, wrappedLines } from '../xlsx-layout.js';
import { badRowText, dueText, groupings, ONTIME_LABELS, pausesText, periodText, readBackRow } from './ontime-labels.js';
import { reasonData } from '../ontime/reason-data.js';

// exceljs writes strings as strings: text from an export that starts with "=" stays text, never a formula.
const text = (value: string) => value;

const DATE = 'dd/mm/yyyy';
const DATE_TIME = 'dd/mm/yyyy hh:mm';

/**
 * A moment as an Excel date (exceljs counts from UTC, and a moment is wall-clock minutes since 1970-01-01) and its
 * format: a date alone for a moment at midnight, as the text report prints it (a vendor's appointment given as a date,
 * which must not read as 00:00), else the date and time.
 */
function dateCell(moment: Moment): { value: Date; numFmt: string } {
  return {
    value: new Date((moment / MINUTES_PER_DAY) * 86_400_000),
    numFmt: minuteOf(moment) === 0 ? DATE : DATE_TIME,
  };
}

/** A dossier row's dates as Excel dates (receipt, due, vendor's due, finished) and its pauses' cell wrapped. */
function placeDossierCells(added: ExcelJS.Row, d: OntimeReport['listed'][number]): void {
  if (d.pauses !== undefined) added.getCell(11).alignment = { wrapText: true, vertical: 'top' };
  ({ value: added.getCell(7).value, numFmt: added.getCell(7).numFmt } = receivedCell(d));
  [d.due, d.vendorDue, d.finished].forEach((moment, i) => {
    if (moment === undefined) return;
    const cell = added.getCell(8 + i);
    ({ value: cell.value, numFmt: cell.numFmt } = dateCell(moment));
  });
}

/**
 * A receipt's cell: the minute it was written in and its seconds, so that the cell shows 14:59 (Excel drops seconds
 * from hh:mm) and reads back counted, and given in JSON, as the export's 14:59:59 was.
 */
function receivedCell(d: OntimeReport['listed'][number]): { value: Date; numFmt: string } {
  if (d.receivedSeconds === undefined) return dateCell(d.received);
  const minute = d.receivedWritten ?? d.received;
  return { value: new Date((minute / MINUTES_PER_DAY) * 86_400_000 + d.receivedSeconds * 1000), numFmt: DATE_TIME };
}

// The headers of the channel and body columns of the sheet of every dossier, as an export names them.
// A row set aside has its status "not measured", its reason and the reason's code, which the reader sets it aside by,
// and in a hidden column the reason's data, which the reader takes its fields from.
const EVERY_HEADERS = {
  en: {
    channel: 'Channel',
    body: 'Body',
    reasonCode: 'Reason code',
    reasonData: 'Reason data',
    notMeasured: 'not measured',
  },
  vi: {
    channel: 'Kênh',
    body: 'Cơ quan',
    reasonCode: 'Mã lý do',
    reasonData: 'Dữ liệu lý do',
    notMeasured: 'không đo được',
  },
} as const;

/**
 * The on-time report as an XLSX workbook: a summary sheet, one sheet per grouping, the slowest steps, the listed
 * dossiers and the rows not measured. Rates are numbers formatted as percentages, so officers can chart them.
 * Dated the day it is as of, or `source` (SOURCE_DATE_EPOCH) when set.
 */
export async function ontimeXlsx(report: OntimeReport, lang: Lang, source?: Date): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const w = ONTIME_LABELS[lang];
  const s = w.statuses;
  const book = new ExcelJS.Workbook();
  book.creator = 'procmap';
  // The day the report is as of (or SOURCE_DATE_EPOCH's), never the run's: the same report gives the same bytes.
  const dates = reportDates(dayOf(report.asOf), source);
  book.created = dates.created;
  book.modified = dates.modified;
  // A sheet with a bold, frozen header row whose headings wrap within their columns, the row as tall as the longest,
  // printed as the catalog workbook is; the columns `hidden` (from 1) out of sight and out of print.
  const sheet = (name: string, headers: string[], widths: number[], hidden: number[] = []) => {
    const ws = book.addWorksheet(name);
    ws.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 14, hidden: hidden.includes(i + 1) }));
    const head = ws.getRow(1);
    head.font = { ...HEADING_FONT };
    head.alignment = { wrapText: true, vertical: 'top' };
    const height = rowHeight(Math.max(...headers.map((header, i) => wrappedLines(header, widths[i] ?? 14))));
    if (height !== undefined) head.height = height;
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    printOnA4(ws);
    return ws;
  };
  // Filters on every column of a table sheet, as the catalog workbook has.
  const filtered = (ws: ExcelJS.Worksheet) => {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ws.rowCount), column: ws.columnCount } };
  };
  const t = report.totals;
  const summary = sheet(w.sheets.summary, [w.title, ''], [60, 20]);
  const rows: [string, string | number | undefined][] = [
    [w.asOf, undefined],
    [w.files, report.files.join(', ')],
    [report.period === undefined ? w.rows : w.rowsInPeriod, report.rows],
    [w.rate, t.rate],
    [w.finished, t.finished],
    [s.early, t.early],
    [s.on_time, t.on_time],
    [s.late, t.late],
    ...(t.undetermined > 0 ? [[s.undetermined, t.undetermined] as [string, number]] : []),
    [s.open_in_time, t.open_in_time],
    [s.open_overdue, t.open_overdue],
    [s.open_paused, t.open_paused],
    [`${w.saved} (${w.hours})`, t.averageSavedHours],
    [`${w.used} (${w.hours})`, t.averageUsedHours],
    [w.vendorCompared, report.vendor.compared],
    [w.vendorDisagree, report.vendor.disagreements],
    [w.notSettled, report.notSettled],
    [w.bad, report.badRows.count],
    // Last, so that the figures above keep their cells (B5 the rate) in a workbook of the whole export.
    ...(report.period === undefined
      ? []
      : [[w.period, periodText(report, lang).replace(/^, /, '')] as [string, string]]),
  ];
  for (const [label, value] of rows) summary.addRow([label, typeof value === 'string' ? text(value) : (value ?? null)]);
  summary.getCell('B5').numFmt = '0.00%';
  const asOf = dateCell(report.asOf);
  summary.getCell('B2').value = asOf.value;
  summary.getCell('B2').numFmt = asOf.numFmt;
  summary.getCell('B2').alignment = { horizontal: 'left' };
  // Due moments resting on days off procmap computed: said under the figures, as the text report says it.
  for (const note of [
    ...unsureYearsNotes({ rule: report.ruleYears, provisional: report.provisionalYears }, lang),
    ...channelGuessNotes(report.channelGuesses, lang),
    ...ontimeDateNotes(report, lang),
    ...unreadColumnNotes(report, lang),
    ...unknownProcedureNotes(report, lang),
    ...statusCodeNotes(report, lang),
    ...fileNotes(report, lang),
  ]) {
    const row = summary.addRow([text(note)]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  }

  // Every status has its column, so that a row's statuses add up to its dossiers. The counts' columns are narrower
  // than the rest (a count is a few digits; the headings wrap): with the paused dossiers' column under a short heading,
  // a grouping sheet still prints one page wide at a readable scale (printOnA4).
  const groupColumns: [string, number][] = [
    [w.group, 22],
    [w.procedure, 50],
    [w.dossiers, 11],
    [w.finished, 11],
    [s.early, 11],
    [s.on_time, 11],
    [s.late, 11],
    // Dossiers the unwritten hour of receipt decides have their column when the report has any.
    ...(t.undetermined > 0 ? [[s.undetermined, 11] as [string, number]] : []),
    [s.open_in_time, 14],
    [s.open_overdue, 14],
    [w.pausedColumn, 11],
    [w.rate, 14],
    [`${w.saved} (${w.hours})`, 14],
    [`${w.used} (${w.hours})`, 14],
    [w.vendorDisagree, 14],
  ];
  const rateColumn = groupColumns.findIndex(([header]) => header === w.rate) + 1;
  const groupSheet = (title: string, groups: Group[]) => {
    const ws = sheet(
      title,
      groupColumns.map(([header]) => header),
      groupColumns.map(([, width]) => width),
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
        ...(t.undetermined > 0 ? [g.undetermined] : []),
        g.open_in_time,
        g.open_overdue,
        g.open_paused,
        g.rate ?? null,
        g.averageSavedHours ?? null,
        g.averageUsedHours ?? null,
        g.vendorDisagreements,
      ]);
    }
    ws.getColumn(rateColumn).numFmt = '0.00%';
    filtered(ws);
  };
  for (const { sheet: name, groups } of groupings(report, lang)) groupSheet(name, groups);

  const steps = sheet(
    w.sheets.steps,
    [
      w.procedure,
      w.step,
      w.stepName,
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
      step.budget ? formatDuration(step.budget, lang) : null,
      step.dossiers,
      step.overran,
      step.averageOverrunHours,
      step.averageUsedHours,
    ]);
  }
  filtered(steps);

  // Every dossier, before the listed ones, with every column the reader needs (the channel with its grade, the body):
  // the sheet `ontime` reads back, with the same verdicts and rate. Present when the run kept them.
  if (report.dossiers !== undefined) {
    const e = EVERY_HEADERS[lang];
    const every = sheet(
      w.sheets.dossiers,
      [
        w.file,
        w.row,
        w.id,
        w.procedure,
        w.status,
        e.channel,
        w.received,
        w.due,
        w.vendorDue,
        w.finishedAt,
        w.pauses,
        e.body,
        w.reason,
        e.reasonCode,
        e.reasonData,
      ],
      // The hours late and used are the flagged sheet's: without them, and with the file's column and the reason's
      // narrower (the reason wraps), the sheet prints one page wide (printOnA4).
      [20, 8, 18, 18, 20, 16, 18, 18, 18, 18, 14, 20, 14, 8, 8],
      // The reason's data is the reader's, not the officer's.
      [15],
    );
    for (const d of report.dossiers) {
      // Withdrawn, refused or cancelled: its status as the export wrote it, which reads back as not counted.
      if ('unsettled' in d) {
        every.addRow([
          text(d.file),
          d.row,
          text(d.id),
          text(d.procedure),
          text(d.unsettled),
          d.channelText === undefined ? null : text(d.channelText),
          null,
          null,
          null,
          null,
          null,
          d.agency === undefined ? null : text(d.agency),
        ]);
        continue;
      }
      const added = every.addRow([
        text(d.file),
        d.row,
        text(d.id),
        text(d.procedure),
        s[d.status],
        d.channelText === undefined ? null : text(d.channelText),
        null,
        d.pausedFrom === undefined ? null : text(dueText(d, lang)),
        // Words that are no date, as the export wrote them: read back, the dossier is noted as the run noted it.
        d.appointmentWords === undefined ? null : text(d.appointmentWords),
        null,
        d.pauses === undefined ? null : text(pausesText(d.pauses)),
        d.agency === undefined ? null : text(d.agency),
      ]);
      placeDossierCells(added, d);
    }
    // The rows set aside (a dossier listed again, a row without its procedure or receipt): where each was read, its
    // reason and the reason's code, so that read back they are set aside again, and the report counts them as this one.
    // Every one, not the first listLimit the report lists: read back, the counts and the list are the same.
    // The data is the row's own (a row read back from a workbook by its words, its fields as the words gave them); a row
    // whose words procmap did not write has none, and reads back by its words again.
    for (const row of report.setAside ?? report.badRows.listed) {
      const added = every.addRow([text(row.file), row.row, null, null, e.notMeasured]);
      const words = badRowText(row, lang);
      added.getCell(13).value = text(words);
      added.getCell(13).alignment = { wrapText: true, vertical: 'top' };
      added.getCell(14).value = row.reason;
      const read = readBackRow(row);
      const data = read.reasonText === undefined ? reasonData(read, words) : undefined;
      if (data !== undefined) added.getCell(15).value = text(data);
    }
    filtered(every);
  }

  const listed = sheet(
    w.sheets.listed,
    [
      w.file,
      w.row,
      w.id,
      w.procedure,
      w.status,
      w.listedFor,
      w.received,
      w.due,
      w.vendorDue,
      w.finishedAt,
      // Where an export has them, after the result, and as it writes them: the workbook reads back with its pauses.
      w.pauses,
      `${w.late} (${w.hours})`,
      // Each dossier's own, not the average the summary gives.
      `${w.usedOne} (${w.hours})`,
    ],
    // The pauses' column as narrow as a count's, its text wrapped: the sheet still prints one page wide (printOnA4).
    [24, 8, 18, 18, 22, 22, 18, 18, 18, 18, 14],
  );
  // Why the dossier is listed: late (or open past its due date), its vendor's appointment other than procmap's, a pause
  // recorded after its result.
  const listedFor = (d: OntimeReport['listed'][number]) =>
    [
      ...(d.status === 'late' || d.status === 'open_overdue' ? [w.overdue] : []),
      ...(d.status === 'open_paused' ? [w.paused] : []),
      ...(d.status === 'undetermined' ? [s.undetermined] : []),
      ...(d.vendorDisagrees ? [w.vendorDiffers] : []),
      ...(d.pauseAfterResult ? [w.pauseAfterResult] : []),
    ].join('; ');
  for (const d of report.listed) {
    const added = listed.addRow([
      text(d.file),
      d.row,
      text(d.id),
      text(d.procedure),
      s[d.status],
      listedFor(d),
      null,
      // A paused dossier has no due moment until the applicant answers: when it paused and the time then left.
      d.pausedFrom === undefined ? null : text(dueText(d, lang)),
      null,
      null,
      d.pauses === undefined ? null : text(pausesText(d.pauses)),
      d.lateHours,
      d.usedHours,
    ]);
    placeDossierCells(added, d);
  }
  filtered(listed);

  const bad = sheet(w.sheets.bad, [w.file, w.row, w.reason], [24, 8, 90]);
  for (const row of report.badRows.listed) bad.addRow([text(row.file), row.row, text(badRowText(row, lang))]);
  filtered(bad);

  return datedZip(Buffer.from(await book.xlsx.writeBuffer()), dates.modified);
}
