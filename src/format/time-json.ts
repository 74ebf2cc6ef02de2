import { everyCase, onItsOwnPath, type WorkingTime } from '../time/analyse.js';
import { specialDayName } from '../time/calendar.js';
import { aboutJson } from '../time/day-names.js';
import { formatDay, formatMoment } from '../time/moment.js';
import { workingTimeJson } from './working-time-json.js';
import { limitJson } from './limit-json.js';
import { lawText } from '../time/limit-words.js';
import { sameDayBound } from '../time/same-day-bound.js';
import { hoursJson, yearNoticesJson } from './calendar.js';
import { parseDuration } from '../model/duration.js';
import type { Diagnostic } from '../model/types.js';
import type { Channel, Duration } from '../model/types.js';
import { endsOnItsDay } from '../ontime/judge.js';
import { ownChannelLimits, receiptChannelLimits, type ProcedureTime } from '../time/report.js';
import { shareCandidates } from '../model/share-candidates.js';
import type { Procedure } from '../model/types.js';
import { caseReadings, workingReadingVerdict } from '../time/case-readings.js';

/** Whether the procedure keeps its limit: from the totals, else from a sweep of receipt dates (null when that depends). */
function withinLimit(report: ProcedureTime): boolean | null {
  if (report.analysis.withinLimit !== undefined) return report.analysis.withinLimit;
  // A bare "ngày" over on one reading only (either way round) is not settled: null.
  if (report.sweep?.metAsWorkingDays || report.sweep?.overAsWorkingDays) return null;
  if (report.sweep) return report.sweep.over === 0 ? true : report.sweep.over === report.sweep.tried ? false : null;
  // With draft steps the finish is not known, so neither is this.
  if (report.schedule && !report.drafts) return report.schedule.finish <= report.schedule.appointment;
  return null;
}

/**
 * A channel's or case's own limit as JSON gives it: `time_limit` in its short form (`3d`), procmap's reading of the
 * words with it in `time_limit_note`, and, where there are such words, the law's words exactly as the file writes them
 * in `time_limit_text`: the note is procmap's cut of them ("(trường hợp …)" for "…; trường hợp … thì …").
 */
function channelLimitJson(
  limit: Duration,
  written: string,
): { time_limit: string; time_limit_note?: string; time_limit_text?: string } {
  const { limit: short, note } = limitJson(limit);
  return {
    time_limit: short,
    ...(note === undefined ? {} : { time_limit_note: note, time_limit_text: lawText(written) }),
  };
}

/** A channel's note (the grade of online filing, "Trực tuyến một phần"), when the file gives one. */
function noteJson(channel: Channel): { note?: string } {
  return channel.note === undefined ? {} : { note: channel.note };
}

function one(report: ProcedureTime): Record<string, unknown> {
  const { procedure, analysis, schedule, sweep } = report;
  // Hours to two decimals, as this report has always given them; the minutes are in the steps' own durations.
  const time = (value: WorkingTime | undefined) => (value ? workingTimeJson(value) : null);
  const bound = analysis.total ? undefined : sameDayBound(analysis);
  const out: Record<string, unknown> = {
    id: procedure.id,
    title: procedure.title,
    file: report.file,
    time_limit: procedure.time_limit,
    hours_per_day: analysis.hoursPerDay,
    total: time(analysis.total),
    // Same-day steps among working days: the most the steps take, each counted as one working day, as `time` says.
    ...(bound
      ? { total_at_most: time(bound.total), same_day_steps: bound.steps.map((i) => procedure.steps[i]!.id) }
      : {}),
    limit: time(analysis.limit),
    slack: time(analysis.slack),
    within_limit: withinLimit(report),
    // Each channel with a limit of its own in working time, judged as the procedure's limit is.
    channel_limits: [
      ...ownChannelLimits(report).map(({ kind, channel, limitDuration, slack, withinLimit: within, time: own }) => ({
        kind,
        ...noteJson(channel),
        ...channelLimitJson(limitDuration, channel.time_limit ?? procedure.time_limit),
        slack: time(slack),
        within_limit: within,
        // Measured on another path than `total` (a case's branch, which its limit binds too): that path's figures.
        ...(onItsOwnPath(own, analysis)
          ? {
              total: time(own.total),
              critical_path: own.criticalPath,
              ...(own.pathCase === undefined ? {} : { path_case: own.pathCase }),
            }
          : {}),
      })),
      // A limit that dates decide: how many receipts of the window overrun it (within: none; over: all; else null).
      ...(report.channelSweeps ?? []).map(({ kind, channel, limit, sweep: swept }) => ({
        kind,
        ...noteJson(channel),
        ...channelLimitJson(limit, channel.time_limit ?? procedure.time_limit),
        slack: null,
        within_limit:
          swept.metAsWorkingDays || swept.overAsWorkingDays
            ? null
            : swept.over === 0
              ? true
              : swept.over === swept.tried
                ? false
                : null,
        receipts: { tried: swept.tried, over: swept.over },
      })),
      // With a receipt, such a limit is judged for that receipt: its appointment against the steps' finish.
      ...receiptChannelLimits(report).map(({ kind, channel, limit, withinLimit: within }) => ({
        kind,
        ...noteJson(channel),
        ...channelLimitJson(limit, channel.time_limit ?? procedure.time_limit),
        slack: null,
        within_limit: within,
      })),
    ],
    critical_path:
      analysis.criticalPath.length > 0 || !schedule || report.drafts
        ? analysis.criticalPath
        : schedule.path.map((i) => procedure.steps[i]!.id),
    by_body: Object.fromEntries(Object.entries(analysis.byBody).map(([body, spent]) => [body, workingTimeJson(spent)])),
    steps: procedure.steps.map((step, i) => {
      const times = schedule?.steps[i];
      return {
        id: step.id,
        body: step.body,
        duration: step.duration,
        cumulative: time(analysis.cumulative[i]),
        // A step outside the limit: its time is not in `cumulative` or `total`.
        ...(step.counted === false ? { counted: false } : {}),
        // A step only a case's branch takes: its cumulative time, start and due are on that case's paths.
        ...(analysis.stepCases[i] === undefined ? {} : { only_if_case: analysis.cases[analysis.stepCases[i]!]!.case }),
        ...(schedule
          ? { start: times ? formatMoment(times.start) : null, due: times ? formatMoment(times.due) : null }
          : {}),
      };
    }),
  };
  // Each case the limit names that a branch takes: its own limit, total, critical path and verdict, and with a
  // receipt its own appointment.
  out.cases = everyCase(analysis).map(({ own, channel }, k) => {
    // A case's bare days: its total, path and finish, but no appointment or verdict on a reading not settled.
    const at = report.caseAppointments?.[k];
    const swept = report.caseSweeps?.find((c) => c.index === k)?.sweep;
    if (own.unsettled) {
      // Each reading judged, as lint and 5.4 judge them: the case's verdict where both give the same one.
      const readings = readingsJson(report, k);
      const agreed = (key: 'within_limit' | 'on_time') => {
        const verdicts = (readings ?? []).map((reading) => reading[key]);
        return verdicts.length > 0 && verdicts.every((v) => v === verdicts[0]) ? (verdicts[0] ?? null) : null;
      };
      return {
        case: own.case,
        ...(channel ? { channel } : {}),
        // Neither "15wd" nor "15cd": the law's words, which do not say.
        time_limit: null,
        time_limit_text: lawText(own.text),
        days_unsettled: true,
        total: time(own.total),
        limit: null,
        slack: null,
        within_limit: at ? agreed('on_time') : agreed('within_limit'),
        critical_path: own.criticalPath,
        ...(at
          ? { due: null, finish: at.finish === undefined ? null : formatMoment(at.finish), on_time: agreed('on_time') }
          : {}),
        ...(readings ? { readings } : {}),
      };
    }
    return {
      case: own.case,
      // A channel's own limit names the case ("trực tuyến: …; trường hợp phải xác minh …").
      ...(channel ? { channel } : {}),
      ...channelLimitJson(own.limitDuration, own.text),
      total: time(own.total),
      limit: time(own.limit),
      slack: time(own.slack),
      within_limit:
        own.withinLimit ??
        (swept ? (swept.over === 0 ? true : swept.over === swept.tried ? false : null) : null) ??
        (at?.finish === undefined ? null : at.finish <= at.appointment),
      critical_path:
        at?.finish !== undefined && own.criticalPath.length === 0
          ? at.path.map((i) => procedure.steps[i]!.id)
          : own.criticalPath,
      ...(at
        ? {
            due: formatMoment(at.appointment),
            finish: at.finish === undefined ? null : formatMoment(at.finish),
            on_time: at.finish === undefined ? null : at.finish <= at.appointment,
            on_due_day:
              at.finish === undefined
                ? null
                : endsOnItsDay(own.limitDuration, at.atNamedHour, at.appointment, at.finish),
          }
        : {}),
      ...(swept ? { receipts: { tried: swept.tried, over: swept.over } } : {}),
    };
  });
  if (schedule) {
    const limit = parseDuration(procedure.time_limit)!;
    Object.assign(out, {
      received: formatMoment(schedule.received),
      start: formatMoment(schedule.start),
      start_reason: schedule.startReason ?? null,
      // With draft steps, the appointment (the limit's) without a finish or a verdict: their time is not known.
      finish: report.drafts ? null : formatMoment(schedule.finish),
      due: formatMoment(schedule.appointment),
      on_time: report.drafts ? null : !((report.margin ?? 0) < 0),
      // Late against the slip's hour but on its day, under a limit that runs to 24:00: on time as `ontime` rates it.
      on_due_day: report.drafts
        ? null
        : (report.margin ?? 0) < 0 &&
          endsOnItsDay(limit, report.atNamedHour === true, schedule.appointment, schedule.finish),
      // Each channel with a limit of its own: its appointment, as its receipt slip gives it.
      channels: (report.channelAppointments ?? []).map(
        ({ kind, channel, limit: own, appointment, atNamedHour, afterCutoff, finish, shares }) => ({
          kind,
          ...noteJson(channel),
          ...channelLimitJson(own, channel.time_limit ?? procedure.time_limit),
          due: formatMoment(appointment),
          on_time: report.drafts ? null : finish <= appointment,
          on_due_day: report.drafts ? null : endsOnItsDay(own, atNamedHour, appointment, finish),
          ...(afterCutoff === undefined ? {} : { due_after_cutoff: formatMoment(afterCutoff) }),
          ...(shares === undefined ? {} : { shares: sharesJson(report.procedure, shares) }),
        }),
      ),
      // A liên thông limit's shares: each agency's end, counted in order, and its steps' verdict (null: not judged).
      ...(report.shares === undefined ? {} : { shares: sharesJson(report.procedure, report.shares) }),
      // A date without a time: counted from that day's opening, and, with a cutoff, the appointment after it.
      ...(report.dateOnly ? { received_date_only: true } : {}),
      // Received before the procedure took effect: handled under the earlier rules (the text's warning).
      ...(report.beforeEffective === undefined ? {} : { received_before_effective: formatDay(report.beforeEffective) }),
      ...(report.afterCutoff === undefined ? {} : { due_after_cutoff: formatMoment(report.afterCutoff) }),
      // A bare "15 ngày", counted as calendar days: the text's note, with the appointment read as working days.
      ...(report.bareDays === undefined
        ? {}
        : {
            bare_days: {
              limit: report.bareDays.limit,
              counted_as: 'calendar',
              due_as_working_days: formatMoment(report.bareDays.workingAppointment),
              write: [report.bareDays.working, report.bareDays.calendar],
            },
          }),
      days_off: report.specialDays.map((run) => ({
        from: formatDay(run.first),
        to: formatDay(run.last),
        kind: run.kind,
        name: specialDayName(run),
        ...aboutJson(run.about),
        ...(run.hours ? { hours: hoursJson(run.hours) } : {}),
      })),
    });
  }
  if (sweep) {
    out.receipts = {
      from: formatDay(sweep.from),
      to: formatDay(sweep.from + sweep.days - 1),
      days: sweep.days,
      basis: sweep.basis,
      tried: sweep.tried,
      over: sweep.over,
      worst_received: sweep.worst ? formatMoment(sweep.worst.received) : null,
    };
  }
  out.calendar_years = report.years.map(({ year, info }) => ({
    year,
    status: info.status,
    ...yearNoticesJson(info),
  }));
  out.holiday_rule_years = report.ruleYears;
  out.holiday_provisional_years = report.provisionalYears;
  return out;
}

/**
 * Each reading of case `k`'s bare days (everyCase order), working days then calendar days: the limit it gives, and its
 * verdict: without a receipt its slack (working days) or receipts swept (calendar days); with one its appointment.
 * Undefined for a case whose bare days procmap cannot read both ways.
 */
function readingsJson(report: ProcedureTime, k: number): ReadingJson[] | undefined {
  const { own } = everyCase(report.analysis)[k]!;
  const readings = caseReadings(own);
  if (!readings) return undefined;
  const at = report.caseAppointments?.[k];
  const swept = report.caseSweeps?.find((c) => c.index === k)?.sweep;
  const working = workingReadingVerdict(own, report.analysis.hoursPerDay);
  return readings.map((reading, r) => {
    const head = {
      reading: reading.reading,
      time_limit: reading.duration ? limitJson(reading.duration).limit : null,
      time_limit_text: reading.words,
    };
    if (at) {
      const due = at.readings?.[r];
      if (!due) return { ...head, due: null, on_time: null };
      const duration = reading.duration ?? { value: reading.added ?? 0, unit: 'cd' as const };
      return {
        ...head,
        due: formatMoment(due.appointment),
        on_time: due.finish <= due.appointment,
        on_due_day: endsOnItsDay(duration, due.atNamedHour, due.appointment, due.finish),
      };
    }
    if (reading.reading === 'working')
      return {
        ...head,
        slack: working ? workingTimeJson(working.slack) : null,
        within_limit: working?.withinLimit ?? null,
      };
    // The calendar reading's sweep, without the marks that say the working reading differs: that one is judged above.
    return {
      ...head,
      within_limit: swept ? (swept.over === 0 ? true : swept.over === swept.tried ? false : null) : null,
      ...(swept ? { receipts: { tried: swept.tried, over: swept.over } } : {}),
    };
  });
}

/** One reading of a case's bare days as JSON gives it (readingsJson). */
interface ReadingJson {
  reading: 'working' | 'calendar';
  time_limit: string | null;
  time_limit_text: string;
  within_limit?: boolean | null;
  on_time?: boolean | null;
  [key: string]: unknown;
}

/** The shares of a liên thông limit as `time --format json` gives them; see ShareDue. */
function sharesJson(procedure: Procedure, shares: NonNullable<ProcedureTime['shares']>): Record<string, unknown> {
  const { unjudged } = shares;
  return {
    agencies: shares.shares.map(({ agency, time, due, counted, finish, steps, margin }) => ({
      agency,
      limit: time,
      due: formatMoment(due),
      // Counted on from the share before, past the appointment: `due` is the appointment, as the total binds.
      ...(counted === undefined ? {} : { counted_due: formatMoment(counted) }),
      steps: steps ?? null,
      finish: finish === undefined ? null : formatMoment(finish),
      on_time: margin === undefined ? null : margin >= 0,
    })),
    all_on_time: shares.shares.every(({ margin }) => margin !== undefined && margin >= 0)
      ? true
      : shares.shares.some(({ margin }) => margin !== undefined && margin < 0)
        ? false
        : null,
    // The share as the text names it, and the bodies it may have meant, as lint's message offers them.
    ...(unjudged?.kind === 'unmatched'
      ? {
          unmatched: {
            agency: unjudged.agency,
            limit: unjudged.time,
            bodies: shareCandidates(procedure, unjudged.taken),
          },
        }
      : {}),
    ...(unjudged?.kind === 'shared' ? { shared: { body: unjudged.key, agencies: unjudged.agencies } } : {}),
  };
}

/**
 * `{"procedures":[…]}`: per procedure the totals, limit, slack and critical path, and with a receipt the due dates;
 * `"warnings"`, the calendar's (a day off on a Sunday) as diagnostics of its file, where there are any.
 */
export function timeJson(reports: readonly ProcedureTime[], warnings: readonly Diagnostic[] = []): string {
  // The calendar's warnings (a day off on a Sunday) with the report they bear on, where there are any.
  const warned = warnings.length > 0 ? { warnings } : {};
  return `${JSON.stringify({ procedures: reports.map(one), ...warned }, null, 2)}\n`;
}
