import { parseDuration, toWorkingHours } from '../model/duration.js';
import type { ChannelKind, Duration, Procedure } from '../model/types.js';
import type { TimeAnalysis, WorkingTime } from './analyse.js';
import type { WorkingCalendar } from './calendar.js';
import { dateSweep } from './report.js';
import type { Sweep } from './sweep.js';
import { round2 } from './units.js';

/** The sweeps a verdict reads: the procedure's limit and each channel's own, as `documentSweeps` gives them. */
export interface VerdictSweeps {
  sweep?: Sweep | undefined;
  channelSweeps?: readonly (Sweep | undefined)[] | undefined;
  /** Each case of the limit that a branch takes (analysis.cases), swept on its own paths where dates decide it. */
  caseSweeps?: readonly (Sweep | undefined)[] | undefined;
}

/**
 * Where a procedure stands against the tightest of its limits (its own and each channel's), as lint's
 * within-time-limit judges them: the one verdict that stats, the site, documents, charts and exports all give.
 */
export interface TimeVerdict {
  /** Within every limit, over one of them, or undefined when it cannot be said (draft steps, a loop, years unknown). */
  withinLimit?: boolean;
  /** The procedure has draft steps: no total, so no verdict. */
  draft?: true;
  /** The channel whose own limit binds; undefined for the procedure's. */
  channel?: ChannelKind;
  /** The binding limit as written: the procedure's `time_limit` or the channel's. */
  limitText: string;
  limitDuration: Duration;
  /** The binding limit in working time; undefined when dates decide it. */
  limit?: WorkingTime;
  /** limit − total; negative when over, by the worst receipt's lateness where dates decide the limit overrun. */
  slack?: WorkingTime;
  /** The receipts tried against the binding limit, when dates decide it and the steps overrun it. */
  sweep?: Sweep;
}

/**
 * The verdict of a procedure from its time analysis and its sweeps: the tightest limit in working time, unless the
 * steps overrun a limit that dates decide (same day, calendar days, months) by more. Pure: the sweeps are given.
 */
export function timeVerdict(procedure: Procedure, analysis: TimeAnalysis, sweeps: VerdictSweeps = {}): TimeVerdict {
  const verdict: TimeVerdict = { limitText: procedure.time_limit, limitDuration: analysis.limitDuration };
  // A draft's 0h is a placeholder: a procedure with one is neither within nor over its limit yet.
  if (analysis.noTotal && 'draft' in analysis.noTotal) return { ...verdict, draft: true };
  // The steps must fit every channel's limit too: a shorter one online is the one the figures are measured against.
  const tightest = analysis.channels.findIndex(
    (channel) =>
      channel.slack !== undefined &&
      channel.slack.hours < (analysis.slack?.hours ?? Infinity) &&
      analysis.channels.every((other) => other.slack === undefined || other.slack.hours >= channel.slack!.hours),
  );
  const bound = tightest < 0 ? analysis : analysis.channels[tightest]!;
  if (tightest >= 0) bindChannel(verdict, procedure, tightest, analysis.channels[tightest]!.limitDuration);
  if (bound.limit) verdict.limit = bound.limit;
  if (bound.slack) verdict.slack = bound.slack;
  if (bound.withinLimit !== undefined) verdict.withinLimit = bound.withinLimit;
  const worst = worstOnDates(sweeps);
  if (!worst) {
    // A sweep that proves "over" proves "within" too: no receipt late against any limit that dates decide.
    if (verdict.withinLimit === undefined && metOnDates(procedure, analysis, sweeps)) verdict.withinLimit = true;
    return verdict;
  }
  verdict.withinLimit = false;
  // Over a limit that dates decide by more than the figures say (or they say nothing): that limit binds.
  if (verdict.slack !== undefined && -verdict.slack.hours >= worst.hours - 1e-9) return verdict;
  const { hoursPerDay } = analysis;
  const hours = Math.round(worst.hours * 60) / 60;
  // Rounded as the overrun's size, so the days read as the hours do in every output (−0,125 is 0,13 over, not 0,12).
  verdict.slack = { hours: -hours, days: -round2(hours / hoursPerDay) };
  verdict.sweep = worst.sweep;
  delete verdict.channel;
  verdict.limitText = procedure.time_limit;
  verdict.limitDuration = analysis.limitDuration;
  if (worst.channel >= 0) {
    const text = procedure.channels![worst.channel]!.time_limit!;
    bindChannel(verdict, procedure, worst.channel, parseDuration(text) ?? analysis.limitDuration);
  }
  const limitHours = toWorkingHours(verdict.limitDuration, hoursPerDay);
  if (limitHours === undefined) delete verdict.limit;
  else verdict.limit = { hours: limitHours, days: round2(limitHours / hoursPerDay) };
  return verdict;
}

/** The verdict with the sweeps made here, for a caller that has the calendar but no sweeps of its own. */
export function verdictOn(procedure: Procedure, analysis: TimeAnalysis, calendar: WorkingCalendar): TimeVerdict {
  const sweep = (limit: string) => {
    try {
      return dateSweep(
        limit === procedure.time_limit ? procedure : { ...procedure, time_limit: limit },
        // The paths the general limit binds: a case the limit names with its own limit is judged apart.
        analysis.generalFlow,
        calendar,
      );
    } catch (error) {
      // Dates beyond the lunar table: lint says so on its own; this limit is not measured.
      if (!(error instanceof RangeError)) throw error;
      return undefined;
    }
  };
  return timeVerdict(procedure, analysis, {
    sweep: sweep(procedure.time_limit),
    channelSweeps: (procedure.channels ?? []).map((c) =>
      c.time_limit === undefined ? undefined : sweep(c.time_limit),
    ),
  });
}

function bindChannel(verdict: TimeVerdict, procedure: Procedure, index: number, limit: Duration): void {
  const channel = procedure.channels![index]!;
  verdict.channel = channel.kind;
  verdict.limitText = channel.time_limit ?? procedure.time_limit;
  verdict.limitDuration = limit;
}

/**
 * Whether every limit is judged met: by its working-time figures, or, where dates decide it, by a sweep that tried
 * receipts and found none late. A limit nothing judged (a loop, years beyond the calendar) leaves the verdict open.
 */
function metOnDates(procedure: Procedure, analysis: TimeAnalysis, { sweep, channelSweeps = [] }: VerdictSweeps) {
  const clean = (swept: Sweep | undefined) => swept !== undefined && swept.tried > 0 && swept.over === 0;
  const own = analysis.withinLimit === true || clean(sweep);
  return (
    own &&
    analysis.channels.every(
      (channel, i) =>
        channel.withinLimit === true ||
        (procedure.channels?.[i]?.time_limit === undefined ? own : clean(channelSweeps[i])),
    )
  );
}

/** The largest overrun over the receipts of any sweep; the procedure's own first among equals. */
function worstOnDates({ sweep, channelSweeps = [] }: VerdictSweeps) {
  let worst: { hours: number; channel: number; sweep: Sweep } | undefined;
  [sweep, ...channelSweeps].forEach((swept, i) => {
    if (!swept?.worst) return;
    const hours = swept.worstOver / 60;
    if (hours <= 1e-9 || (worst && worst.hours >= hours)) return;
    worst = { hours, channel: i - 1, sweep: swept };
  });
  return worst;
}
