import { toWorkingHours } from '../model/duration.js';
import type { ChannelKind, Duration, Procedure } from '../model/types.js';
import type { Flow } from '../model/flow.js';
import type { CaseTime, TimeAnalysis, WorkingTime } from './analyse.js';
import type { WorkingCalendar } from './calendar.js';
import { caseReadings, judgedAgainstNothing, workingReadingVerdict } from './case-readings.js';
import { extensionSweep } from './extension-readings.js';
import { dateSweep } from './report.js';
import type { Sweep } from './sweep.js';
import { round2 } from './units.js';

/** The sweeps a verdict reads: the procedure's limit and each channel's own, as `documentSweeps` gives them. */
export interface VerdictSweeps {
  sweep?: Sweep | undefined;
  channelSweeps?: readonly (Sweep | undefined)[] | undefined;
  /** Each case of the limit that a branch takes (analysis.cases), swept on its own paths where dates decide it. */
  caseSweeps?: readonly (Sweep | undefined)[] | undefined;
  /** Each case of each channel's own limit (analysis.channels[i].cases), swept alike. */
  channelCaseSweeps?: readonly (readonly (Sweep | undefined)[] | undefined)[] | undefined;
}

/**
 * Where a procedure stands against the tightest of its limits (its own, each channel's and each case's they name), as
 * lint's within-time-limit judges them: the one verdict that stats, the site, documents, charts and exports all give.
 */
export interface TimeVerdict {
  /** Within every limit, over one of them, or undefined when it cannot be said (draft steps, a loop, years unknown). */
  withinLimit?: boolean;
  /** The procedure has draft steps: no total, so no verdict. */
  draft?: true;
  /** The channel whose own limit binds; undefined for the procedure's. */
  channel?: ChannelKind;
  /** The case whose own limit binds, in the law's words ("phải xác minh"); undefined for the general limit. */
  case?: string;
  /**
   * Where a channel's own limit binds, the case of the procedure's limit whose branch its worst path takes: that
   * limit binds every case, and `total` is that case's path, not the general one (ChannelTime.pathCase).
   */
  pathCase?: string;
  /** Step ids on the path `total` measures, where the binding limit is a channel's or a case's. */
  path?: string[];
  /** The binding limit as written: the procedure's `time_limit`, the channel's, or the case's ("không quá 15 ngày"). */
  limitText: string;
  limitDuration: Duration;
  /** The binding limit in working time; undefined when dates decide it. */
  limit?: WorkingTime;
  /** The total of the paths the binding limit judges (a case's own paths); undefined without a working-time total. */
  total?: WorkingTime;
  /** limit − total; negative when over, by the worst receipt's lateness where dates decide the limit overrun. */
  slack?: WorkingTime;
  /** The receipts tried against the binding limit, when dates decide it and the steps overrun it. */
  sweep?: Sweep;
}

/** One limit the steps must meet, with its figures and its sweep: the procedure's, a channel's, or a case's of either. */
interface Judged {
  channel?: number;
  case?: string;
  limitText: string;
  limitDuration: Duration;
  limit?: WorkingTime | undefined;
  total?: WorkingTime | undefined;
  slack?: WorkingTime | undefined;
  withinLimit?: boolean | undefined;
  sweep?: Sweep | undefined;
  /** A channel without a limit of its own: judged as the procedure's limit is, never on its own. */
  borrowed?: true;
  pathCase?: string;
  path?: string[];
  /** A case's bare days (or bare days added), read two ways: over one reading alone leaves the verdict open. */
  unsettled?: true;
  /** A case's bare days no reading counts (judgedAgainstNothing): the verdict stays open. */
  unjudged?: true;
}

/** Every limit lint judges: the procedure's first, then its cases, then each channel's with the cases of its own. */
function judgedLimits(procedure: Procedure, analysis: TimeAnalysis, sweeps: VerdictSweeps): Judged[] {
  const ofCase = (own: CaseTime, sweep: Sweep | undefined, channel?: number): Judged => {
    const judged: Judged = {
      ...(channel === undefined ? {} : { channel }),
      case: own.case,
      limitText: own.text,
      limitDuration: own.limitDuration,
      limit: own.limit,
      total: own.total,
      slack: own.slack,
      withinLimit: own.withinLimit,
      sweep,
      path: own.criticalPath,
      ...(own.unsettled ? { unsettled: true as const } : {}),
      ...(judgedAgainstNothing(own) ? { unjudged: true as const } : {}),
    };
    return own.unsettled ? overBothReadings(judged, own, analysis.hoursPerDay) : judged;
  };
  const list: Judged[] = [
    {
      limitText: procedure.time_limit,
      limitDuration: analysis.limitDuration,
      limit: analysis.limit,
      total: analysis.total,
      slack: analysis.slack,
      withinLimit: analysis.withinLimit,
      sweep: sweeps.sweep,
    },
    ...analysis.cases.map((own, k) => ofCase(own, sweeps.caseSweeps?.[k])),
  ];
  analysis.channels.forEach((channel, i) => {
    const text = procedure.channels?.[i]?.time_limit;
    list.push({
      channel: i,
      limitText: text ?? procedure.time_limit,
      limitDuration: channel.limitDuration,
      limit: channel.limit,
      total: channel.total,
      slack: channel.slack,
      withinLimit: channel.withinLimit,
      sweep: sweeps.channelSweeps?.[i],
      path: channel.criticalPath,
      ...(channel.pathCase === undefined ? {} : { pathCase: channel.pathCase }),
      ...(text === undefined ? { borrowed: true as const } : {}),
    });
    channel.cases.forEach((own, k) => list.push(ofCase(own, sweeps.channelCaseSweeps?.[i]?.[k], i)));
  });
  return list;
}

/**
 * The verdict of a procedure from its time analysis and its sweeps: the tightest limit in working time, unless the
 * steps overrun a limit that dates decide (same day, calendar days, months) by more. Pure: the sweeps are given.
 */
export function timeVerdict(procedure: Procedure, analysis: TimeAnalysis, sweeps: VerdictSweeps = {}): TimeVerdict {
  const verdict: TimeVerdict = { limitText: procedure.time_limit, limitDuration: analysis.limitDuration };
  // A draft's 0h is a placeholder: a procedure with one is neither within nor over its limit yet.
  if (analysis.noTotal && 'draft' in analysis.noTotal) return { ...verdict, draft: true };
  const limits = judgedLimits(procedure, analysis, sweeps);
  // The least slack binds (a shorter limit online, a case's longer paths); the procedure's own first among equals.
  const bound = limits.reduce<Judged | undefined>(
    (least, judged) =>
      judged.slack !== undefined && (least === undefined || judged.slack.hours < least.slack!.hours) ? judged : least,
    undefined,
  );
  bind(verdict, procedure, bound ?? limits[0]!, analysis.hoursPerDay);
  const worst = worstOnDates(limits);
  if (!worst) {
    // A sweep that proves "over" proves "within" too: no receipt late against any limit that dates decide.
    if (verdict.withinLimit === undefined && metOnDates(limits)) verdict.withinLimit = true;
    // Within every other limit, but a case's bare days over one reading alone: lint warns, 5.4 says "not settled", so
    // the verdict is open, with no slack or limit to measure a share against. The general limit stays named: the
    // chart and 5.4 give the case its own line after the general verdict, never in its place.
    // So is a case's bare days no reading counts, under a limit in working time as under one in dates (before, only a
    // limit in dates left it open, its case's sweep missing; "8 giờ làm việc, tăng thêm 05 ngày" was "within").
    if (verdict.withinLimit === true && limits.some((judged) => overOnOneReading(judged) || judged.unjudged)) {
      delete verdict.withinLimit;
      delete verdict.slack;
      delete verdict.limit;
    }
    return verdict;
  }
  verdict.withinLimit = false;
  // Over a limit that dates decide by more than the figures say (or they say nothing): that limit binds.
  if (verdict.slack !== undefined && -verdict.slack.hours >= worst.hours - 1e-9) return verdict;
  const { hoursPerDay } = analysis;
  const hours = Math.round(worst.hours * 60) / 60;
  bind(verdict, procedure, worst.judged, hoursPerDay);
  verdict.withinLimit = false;
  // Rounded as the overrun's size, so the days read as the hours do in every output (−0,125 is 0,13 over, not 0,12).
  verdict.slack = { hours: -hours, days: -round2(hours / hoursPerDay) };
  verdict.sweep = worst.judged.sweep!;
  return verdict;
}

/** The verdict says which limit binds, with its figures: the limit in working time even where dates decide it. */
function bind(verdict: TimeVerdict, procedure: Procedure, judged: Judged, hoursPerDay: number): void {
  delete verdict.channel;
  delete verdict.case;
  delete verdict.pathCase;
  delete verdict.path;
  delete verdict.limit;
  delete verdict.total;
  delete verdict.slack;
  delete verdict.withinLimit;
  if (judged.channel !== undefined) verdict.channel = procedure.channels![judged.channel]!.kind;
  if (judged.case !== undefined) verdict.case = judged.case;
  if (judged.pathCase !== undefined) verdict.pathCase = judged.pathCase;
  if (
    judged.path !== undefined &&
    judged.path.length > 0 &&
    (judged.channel !== undefined || judged.case !== undefined)
  )
    verdict.path = judged.path;
  verdict.limitText = judged.limitText;
  verdict.limitDuration = judged.limitDuration;
  const limitHours = toWorkingHours(judged.limitDuration, hoursPerDay);
  if (judged.limit) verdict.limit = judged.limit;
  else if (limitHours !== undefined) verdict.limit = { hours: limitHours, days: round2(limitHours / hoursPerDay) };
  if (judged.total) verdict.total = judged.total;
  if (judged.slack) verdict.slack = judged.slack;
  if (judged.withinLimit !== undefined) verdict.withinLimit = judged.withinLimit;
}

/** The verdict with the sweeps made here, for a caller that has the calendar but no sweeps of its own. */
export function verdictOn(procedure: Procedure, analysis: TimeAnalysis, calendar: WorkingCalendar): TimeVerdict {
  // Dates beyond the lunar table: lint says so on its own; this limit is not measured.
  const unlessOutOfCalendar = (measure: () => Sweep | undefined): Sweep | undefined => {
    try {
      return measure();
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return undefined;
    }
  };
  const sweep = (limit: string, flow: Flow) =>
    unlessOutOfCalendar(() =>
      dateSweep(limit === procedure.time_limit ? procedure : { ...procedure, time_limit: limit }, flow, calendar),
    );
  // A case's bare days swept as lint judges them (within-time-limit checkUnsettled) and 5.4 shows them
  // (documentSweeps): bare days added to working days in both readings, a bare "15 ngày" as calendar days marked
  // where the working-days reading differs; bare days lint has no reading of are judged against nothing.
  const caseSweep = (own: CaseTime) => {
    if (judgedAgainstNothing(own)) return undefined;
    if (!own.calendarExtension) return sweep(own.text, own.flow);
    return unlessOutOfCalendar(() => extensionSweep(procedure, own, analysis.hoursPerDay, calendar));
  };
  return timeVerdict(procedure, analysis, {
    // The paths the general limit binds: a case the limit names with its own limit is judged apart.
    sweep: sweep(procedure.time_limit, analysis.generalFlow),
    caseSweeps: analysis.cases.map(caseSweep),
    channelSweeps: (procedure.channels ?? []).map((c, i) =>
      c.time_limit === undefined ? undefined : sweep(c.time_limit, analysis.channels[i]!.flow),
    ),
    channelCaseSweeps: analysis.channels.map((channel) => channel.cases.map(caseSweep)),
  });
}

/**
 * Whether every limit is judged met: by its working-time figures, or, where dates decide it, by a sweep that tried
 * receipts and found none late. A limit nothing judged (a loop, years beyond the calendar) leaves the verdict open.
 */
function metOnDates(limits: readonly Judged[]): boolean {
  const met = (judged: Judged) =>
    judged.withinLimit === true ||
    (judged.sweep !== undefined &&
      judged.sweep.tried > 0 &&
      judged.sweep.over === 0 &&
      // Within as procmap counts but over with the bare days as working days: not settled, not met.
      judged.sweep.overAsWorkingDays === undefined);
  const own = met(limits[0]!);
  return limits.every((judged) => (judged.borrowed ? judged.withinLimit === true || own : met(judged)));
}

/**
 * A case's bare days whose steps exceed both readings: over, said as working days as lint says it (the working
 * reading's limit and slack), not by the calendar reading's lateness. Any other unsettled case is left as judged.
 */
function overBothReadings(judged: Judged, own: CaseTime, hoursPerDay: number): Judged {
  const { sweep } = judged;
  const working = workingReadingVerdict(own, hoursPerDay);
  const duration = caseReadings(own)?.[0].duration;
  if (!working || working.withinLimit || !duration || !sweep || sweep.over === 0 || sweep.metAsWorkingDays)
    return judged;
  const hours = toWorkingHours(duration, hoursPerDay)!;
  return {
    ...judged,
    limitDuration: duration,
    limit: { hours, days: round2(hours / hoursPerDay) },
    slack: working.slack,
    withinLimit: false,
    sweep: undefined,
  };
}

/** A case's bare days over one of their readings alone: its sweep says the other reading is met (or is not). */
function overOnOneReading(judged: Judged): boolean {
  const swept = judged.sweep;
  if (!judged.unsettled || !swept || swept.tried === 0) return false;
  return (
    (swept.over > 0 && swept.metAsWorkingDays === true) || (swept.over === 0 && swept.overAsWorkingDays !== undefined)
  );
}

/** The largest overrun over the receipts of any limit's sweep; the procedure's own first among equals. */
function worstOnDates(limits: readonly Judged[]): { hours: number; judged: Judged } | undefined {
  let worst: { hours: number; judged: Judged } | undefined;
  for (const judged of limits) {
    // Over a bare "15 ngày" read as calendar days only: no overrun on a reading the officer has not settled.
    if (!judged.sweep?.worst || judged.sweep.metAsWorkingDays) continue;
    const hours = judged.sweep.worstOver / 60;
    if (hours <= 1e-9 || (worst && worst.hours >= hours)) continue;
    worst = { hours, judged };
  }
  return worst;
}
