import type { OntimeReport } from '../ontime/aggregate.js';
import { formatDurationShort } from '../model/duration.js';
import { formatDay, formatMoment } from '../time/moment.js';
import { readBackRow } from './ontime-labels.js';

/** A receipt's moment with its seconds when it had any: `2026-10-07T14:59:59`, else `2026-10-07T14:59`. */
function writtenReceipt(minute: number, seconds: number | undefined): string {
  const at = formatMoment(minute);
  return seconds === undefined ? at : `${at}:${String(seconds).padStart(2, '0')}`;
}

/** The on-time report as JSON: moments as local ISO date-times (`2026-02-13T09:00`), hours as numbers. */
export function ontimeJson(report: OntimeReport): string {
  const moment = (value: number | undefined) => (value === undefined ? null : formatMoment(value));
  const out = {
    as_of: moment(report.asOf),
    ...(report.period === undefined
      ? {}
      : {
          period: {
            from: moment(report.period.from),
            to: moment(report.period.to),
            // `rows` counts the period's rows alone: the files' all, beside it.
            rows_in_files: report.rows + report.period.outside,
            outside: report.period.outside,
          },
        }),
    hours_per_day: report.hoursPerDay,
    files: report.files,
    rows: report.rows,
    not_settled: report.notSettled,
    totals: report.totals,
    by_procedure: report.byProcedure,
    by_field: report.byField,
    by_agency: report.byAgency,
    by_level: report.byLevel,
    by_month: report.byMonth,
    vendor: report.vendor,
    steps: report.steps,
    dossiers: report.listed.map(
      ({ leftDays, limitUnit: _unit, pauses: _pauses, receivedWritten, receivedSeconds, ...d }) => ({
        ...d,
        // Under a limit in calendar days or months, the time left in its own unit: days, and the day it ran to.
        ...(leftDays === undefined ? {} : { leftDays: leftDays.days, leftTo: formatDay(leftDays.last) }),
        // The receipt as the export wrote it, to the second (`2026-10-07T14:59:59`); when its seconds moved the count on,
        // the minute counted from is `receivedCounted` (15:00, which a 15:00 cutoff reads as after it).
        received: writtenReceipt(receivedWritten ?? d.received, receivedSeconds),
        ...(receivedWritten === undefined ? {} : { receivedCounted: moment(d.received) }),
        // null for a paused dossier: its due moment is set when the applicant answers (`pausedFrom`, `leftHours`).
        due: moment(d.due),
        // A receipt without its hour under a same-day cutoff: the earliest due moment the law allows, `due` the latest.
        ...(d.earliestDue === undefined ? {} : { earliestDue: moment(d.earliestDue) }),
        vendorDue: moment(d.vendorDue),
        finished: moment(d.finished),
        ...(d.pausedFrom === undefined ? {} : { pausedFrom: moment(d.pausedFrom) }),
      }),
    ),
    dossiers_not_listed: report.listedOmitted,
    // The years the due moments counted whose days off are computed from the Labour Code or provisional, as `time`.
    // Per procedure, the dossiers measured by a fallback because the row did not say its channel (no_channel: by the
    // general limit; empty_channel: its cell in the channel column is empty, the first such cells named) or its grade of online filing (ungraded: by the limit due first); the text reports' notes.
    channel_guesses: report.channelGuesses.map((guess) => ({
      procedure: guess.procedure,
      no_channel: guess.noChannel,
      empty_channel: guess.emptyChannel,
      empty_channel_cells: guess.emptyCells,
      ungraded: guess.ungraded,
      // Said only when some were: an online row of a grade the procedure has no limit for, by the general limit.
      ...(guess.unlistedGrade > 0 ? { unlisted_grade: guess.unlistedGrade } : {}),
      limit: formatDurationShort(guess.limit),
      channels: guess.channels.map(({ kind, note, limit }) => ({
        kind,
        ...(note === undefined ? {} : { note }),
        limit: formatDurationShort(limit),
      })),
    })),
    // Dossiers whose receipt gave a date and no hour, counted by that date (docs/ontime.md): the text reports' note.
    date_only_receipts: report.dateOnlyReceipts,
    whole_day_pauses: report.wholeDayPauses,
    unread_appointments: report.unreadAppointments,
    // Per procedure, the dossiers received before it took effect, handled under the earlier rules: the reports' notes.
    before_effective: report.beforeEffective.map(({ procedure, effective, dossiers }) => ({
      procedure,
      effective: formatDay(effective),
      dossiers,
    })),
    // Per file, the numeric status codes read past, each with its rows (the text reports' note): their dossiers were
    // measured by their dates alone, a code meaning "withdrawn" counted open.
    status_codes: report.statusCodes.map(({ file, column, codes }) => ({
      file,
      column,
      codes: codes.map(([code, rows]) => ({ code, rows })),
    })),
    // Per file, the columns seen and not read that may hold the result's date, the appointment or a pause's start or
    // end, with the field to map each to (the text reports' notes).
    unread_columns: report.unreadColumns.map(({ file, column, field }) => ({ file, column, field })),
    // Per file, the column giving paused days as a count alone (its paused dossiers that read late are not measured),
    // and the hidden sheets whose dossiers were measured (the text reports' notes).
    paused_days_only: report.pauseDaysOnly.map(({ file, column }) => ({ file, column })),
    hidden_sheets: report.hiddenSheets.map(({ file, sheet }) => ({ file, sheet })),
    // Per file, the rows hidden in the workbook (by hand or a filter) and measured: their count and the first few.
    hidden_rows: report.hiddenRows.map(({ file, count, rows }) => ({
      file,
      count,
      rows: rows.map((place) => ({ ...place })),
    })),
    // Per file, the headers the column mapping names that it lacks (the usual headers were read instead), by field.
    unmapped_columns: report.unmapped.flatMap(({ file, entries }) =>
      entries.map(({ key, wanted }) => ({ file, field: key, mapped: [...wanted] })),
    ),
    // The procedures rows named that the catalog has not, the most rows first, and the rows of those past the 1,000 held.
    unknown_procedures: report.unknownProcedures,
    unknown_procedures_rows_left_out: report.unknownLeftOut,
    holiday_rule_years: report.ruleYears,
    holiday_provisional_years: report.provisionalYears,
    // The moments a row was refused for, as read (a day and month swapped on the way shows here), as moments above.
    bad_rows: {
      ...report.badRows,
      // A row read back from procmap's workbook with the keys the run that wrote it gave, when its words are procmap's.
      listed: report.badRows.listed.map(readBackRow).map(({ received, finished, asOf, pauseFrom, ...bad }) => ({
        ...bad,
        ...(received === undefined ? {} : { received: moment(received) }),
        ...(finished === undefined ? {} : { finished: moment(finished) }),
        ...(pauseFrom === undefined ? {} : { pauseFrom: moment(pauseFrom) }),
        ...(asOf === undefined ? {} : { as_of: moment(asOf) }),
      })),
    },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
