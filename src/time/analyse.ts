import { buildFlow, reachableFromStart, type Flow } from '../model/flow.js';
import { DEFAULT_HOURS_PER_DAY, parseDuration, toWorkingHours } from '../model/duration.js';
import type { ChannelKind, Duration, Procedure } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import { limitsToMeet } from '../model/channels.js';
import { caseFlows, type CaseSplit } from './case-flows.js';
import { criticalPath, type CriticalPath } from './critical-path.js';
import type { ExceptionCase } from './limit-cases.js';
import { round2 } from './units.js';
import { stepDuration } from '../model/step-days.js';
import { countedAgainstLimit, isCounted } from '../model/uncounted.js';
import { substepHeadings, type SubstepHeading } from '../model/substeps.js';

/** Working time in hours and in working days. */
export interface WorkingTime {
  /** To the minute (1/3 for 20 minutes): formatWorkingTime prints minutes that two decimals cannot hold. */
  hours: number;
  /** To two decimals. */
  days: number;
}

/** One channel's own limit against the steps (cách thức thực hiện). */
export interface ChannelTime {
  kind: ChannelKind;
  /** The channel's limit, or the procedure's when the channel has none. */
  limitDuration: Duration;
  /** In working time; undefined when it is not in working time. */
  limit?: WorkingTime;
  slack?: WorkingTime;
  withinLimit?: boolean;
  /** Worst-case total of the paths its limit binds (`flow`); undefined when the steps have no working-time total. */
  total?: WorkingTime;
  /**
   * The paths its limit binds, as lint judges them: with a limit of its own, the whole flow less the branches of its
   * own cases; else the procedure's general paths.
   */
  flow: Flow;
  /** The cases its own limit names that a branch takes ("trực tuyến: 5 ngày; trường hợp phải xác minh …"). */
  cases: CaseTime[];
  /** Step ids on the critical path of `flow`, which `total` is the length of; empty without a total. */
  criticalPath: string[];
  /**
   * The case of the procedure's limit whose branch that path takes ("phải xác minh"): a channel's own limit that names
   * no such case binds every case (docs/rules/within-time-limit.md), so its worst path may be the case's, not the
   * general one printed as the procedure's total.
   */
  pathCase?: string;
}

/** A case the limit names with a limit of its own ("trường hợp phải xác minh"), judged on the paths through its branch. */
export interface CaseTime {
  /** The case as the law words it: "phải xác minh". */
  case: string;
  /** Its limit as the law writes it: "không quá 15 ngày làm việc". */
  text: string;
  limitDuration: Duration;
  /** In working time; undefined when it is not in working time. */
  limit?: WorkingTime;
  /** Worst-case total of the case's paths; undefined when the general total is. */
  total?: WorkingTime;
  slack?: WorkingTime;
  withinLimit?: boolean;
  /** Step ids on the case's critical path. */
  criticalPath: string[];
  /** The case's paths: the steps before its branch and after it. */
  flow: Flow;
  /** Its limit is a bare "15 ngày" the officer has not said the days of: no limit, slack or verdict is given for it. */
  unsettled?: true;
  /** Bare days added to a limit in working days ("tăng thêm 05 ngày"): both readings are judged (extension-readings.ts). */
  calendarExtension?: ExceptionCase['calendarExtension'];
}

/** The time figures of one procedure that every command shows: total on the critical path, limit, slack. */
export interface TimeAnalysis {
  /**
   * Worst-case total on the critical path (of the general case's paths where the limit names cases its branches take,
   * see `cases`); undefined when a step is in calendar days or the flow loops. */
  total?: WorkingTime;
  /**
   * Why there is no total: the first draft step, whose time is not known yet; the first step counted in calendar days
   * or months (by index); or the flow's loop.
   */
  noTotal?: { draft: number } | { step: number } | { loop: true };
  /** The statutory limit in working time; undefined when it is in calendar days. */
  limit?: WorkingTime;
  limitDuration: Duration;
  /** limit − total; negative when over. */
  slack?: WorkingTime;
  withinLimit?: boolean;
  /** Step ids on the critical path. */
  criticalPath: string[];
  /** Working time each body spends on the critical path. */
  byBody: Record<string, WorkingTime>;
  /**
   * Worst-case working time from receipt to the end of each step, by step index, on the general case's paths (a step
   * on no such path: on its case's, see `stepCases`); empty when `total` is undefined.
   */
  cumulative: (WorkingTime | undefined)[];
  /**
   * By step index, the index in `cases` of the case whose branch alone reaches the step ("chỉ khi phải xác minh"), its
   * cumulative time counted on that case's paths; undefined for a step on the general case's paths. Empty without cases.
   */
  stepCases: (number | undefined)[];
  /** Each channel's limit against the same total, in the order the procedure lists them. */
  channels: ChannelTime[];
  /** The cases the limit names that a branch of the steps takes, each judged against its own limit; empty for none. */
  cases: CaseTime[];
  /** The paths the general limit judges: the whole flow, less the branches of `cases`. */
  generalFlow: Flow;
  /** The working day the figures are counted in. */
  hoursPerDay: number;
  /** The headings counted by their sub-steps (2 = 2.1 + 2.2): no time of their own in any total. */
  substeps: SubstepHeading[];
  flow: Flow;
}

/** Every case a limit names that a branch takes: the procedure's, then each channel's own, with its channel. */
export function everyCase(analysis: TimeAnalysis): { own: CaseTime; channel?: ChannelKind }[] {
  return [
    ...analysis.cases.map((own) => ({ own })),
    ...analysis.channels.flatMap((channel) => channel.cases.map((own) => ({ own, channel: channel.kind }))),
  ];
}

/**
 * Whether a channel's limit is measured on another path than the procedure's total (a case's branch, or the paths its
 * own cases leave): its total, path and case must then be printed beside its verdict, never the general ones.
 */
export function onItsOwnPath(channel: ChannelTime, analysis: TimeAnalysis): boolean {
  return channel.pathCase !== undefined || channel.criticalPath.join('\n') !== analysis.criticalPath.join('\n');
}

/** Hours to the minute, so that three steps of 20 minutes print as "1 giờ", one as "20 phút" (not "0,33 giờ"). */
function workingTime(hours: number, hoursPerDay: number): WorkingTime {
  return { hours: Math.round(hours * 60) / 60, days: round2(hours / hoursPerDay) };
}

/**
 * limit − total (or any later − earlier time): hours to the minute, days as the difference of the two figures printed beside it, so that "3,13"
 * against "3" is over by 0,13 days, never 0,12 (rounding −0,125 on its own goes the other way).
 */
export function difference(limit: number, total: number, hoursPerDay: number): WorkingTime {
  const days = round2(workingTime(limit, hoursPerDay).days - workingTime(total, hoursPerDay).days);
  return { hours: workingTime(limit - total, hoursPerDay).hours, days };
}

function channelTime(
  kind: ChannelKind,
  limitDuration: Duration,
  total: number | undefined,
  hoursPerDay: number,
  flow: Flow,
  criticalPath: string[] = [],
): ChannelTime {
  const out: ChannelTime = { kind, limitDuration, flow, cases: [], criticalPath };
  if (total !== undefined) out.total = workingTime(total, hoursPerDay);
  const limitHours = toWorkingHours(limitDuration, hoursPerDay);
  if (limitHours === undefined) return out;
  out.limit = workingTime(limitHours, hoursPerDay);
  if (total === undefined) return out;
  out.slack = difference(limitHours, total, hoursPerDay);
  out.withinLimit = total <= limitHours + 1e-9;
  return out;
}

/** One case's limit against the total of its own paths. */
function caseTime(
  named: ExceptionCase,
  result: CriticalPath | undefined,
  procedure: Procedure,
  hoursPerDay: number,
  flow: Flow,
): CaseTime {
  const out: CaseTime = {
    case: named.words,
    text: named.text,
    limitDuration: named.duration,
    criticalPath: result ? result.path.map((i) => procedure.steps[i]!.id) : [],
    flow,
  };
  if (named.unsettled) {
    // Its total and path only: working or calendar days, the verdict would rest on the reading ambiguous-days asks about.
    out.unsettled = true;
    if (named.calendarExtension) out.calendarExtension = named.calendarExtension;
    if (result) out.total = workingTime(result.total, hoursPerDay);
    return out;
  }
  const limitHours = toWorkingHours(named.duration, hoursPerDay);
  if (limitHours !== undefined) out.limit = workingTime(limitHours, hoursPerDay);
  if (!result) return out;
  out.total = workingTime(result.total, hoursPerDay);
  if (limitHours === undefined) return out;
  out.slack = difference(limitHours, result.total, hoursPerDay);
  out.withinLimit = result.total <= limitHours + 1e-9;
  return out;
}

/** By step index, the first case whose paths reach a step the general case's paths do not (see `stepCases`). */
function stepsOnlyIn(split: CaseSplit | undefined, steps: number): (number | undefined)[] {
  if (!split) return [];
  const general = reachableFromStart(split.general);
  const reached = split.cases.map(({ flow }) => reachableFromStart(flow));
  return Array.from({ length: steps }, (_, i) => {
    const k = general.has(i) ? -1 : reached.findIndex((own) => own.has(i));
    return k < 0 ? undefined : k;
  });
}

/** Totals, limit and slack of a schema-valid procedure in working time, with the working day of a calendar. */
export function analyseTime(
  procedure: Procedure,
  calendar: WorkingCalendar | number = DEFAULT_HOURS_PER_DAY,
): TimeAnalysis {
  const hoursPerDay = typeof calendar === 'number' ? calendar : calendar.hoursPerDay;
  const flow = buildFlow(procedure.steps);
  const limitDuration = parseDuration(procedure.time_limit) ?? { value: 0, unit: 'h' };
  const limitHours = toWorkingHours(limitDuration, hoursPerDay);
  // A step outside the limit (`counted: false`) adds nothing to the total against it; its row still shows its time.
  // Nor does a heading whose sub-steps add up to its time (2 = 2.1 + 2.2): its parts carry that time.
  const substeps = substepHeadings(procedure.steps, procedure.time_limit, hoursPerDay).filter((h) => h.adds);
  const byParts = new Set(substeps.map((h) => h.step));
  const stepHours = procedure.steps.map((step, i) => {
    if (byParts.has(i)) return 0;
    const duration = countedAgainstLimit(step, stepDuration(step.duration, procedure.time_limit));
    return duration ? toWorkingHours(duration, hoursPerDay) : undefined;
  });
  const analysis: TimeAnalysis = {
    limitDuration,
    criticalPath: [],
    byBody: {},
    cumulative: [],
    stepCases: [],
    channels: [],
    cases: [],
    hoursPerDay,
    flow,
    generalFlow: flow,
    substeps,
  };
  if (limitHours !== undefined) analysis.limit = workingTime(limitHours, hoursPerDay);
  // A draft step's 0h is a placeholder: adding it up would publish a procedure that takes no time at all.
  const draft = procedure.steps.findIndex((step) => step.draft === true);
  const dated = stepHours.findIndex((h) => h === undefined);
  const split = caseFlows(flow, procedure.time_limit);
  if (split) analysis.generalFlow = split.general;
  analysis.stepCases = stepsOnlyIn(split, procedure.steps.length);
  const timed = draft < 0 && dated < 0;
  const result = timed ? criticalPath(analysis.generalFlow, (i) => stepHours[i]!) : undefined;
  const casesOf = (cases: CaseSplit['cases'] | undefined) =>
    (cases ?? []).map(({ case: named, flow: own }) =>
      caseTime(named, timed ? criticalPath(own, (i) => stepHours[i]!) : undefined, procedure, hoursPerDay, own),
    );
  analysis.cases = casesOf(split?.cases);
  // A channel with a limit of its own binds the paths lint judges it on: the flow less its own cases' branches.
  const own = new Set(limitsToMeet(procedure).flatMap((limit) => (limit.channel ? [limit.channel] : [])));
  analysis.channels = (procedure.channels ?? []).map((channel) => {
    const limit =
      channel.time_limit === undefined ? limitDuration : (parseDuration(channel.time_limit) ?? limitDuration);
    const ids = (found: CriticalPath | undefined) => (found ? found.path.map((i) => procedure.steps[i]!.id) : []);
    if (!own.has(channel))
      return channelTime(channel.kind, limit, result?.total, hoursPerDay, analysis.generalFlow, ids(result));
    const itsSplit = caseFlows(flow, channel.time_limit!);
    const itsFlow = itsSplit?.general ?? flow;
    const found = timed ? criticalPath(itsFlow, (i) => stepHours[i]!) : undefined;
    const out = {
      ...channelTime(channel.kind, limit, found?.total, hoursPerDay, itsFlow, ids(found)),
      cases: casesOf(itsSplit?.cases),
    };
    // A step only the procedure's case reaches puts the channel's worst path in that case.
    const k = found?.path.map((i) => analysis.stepCases[i]).find((index) => index !== undefined);
    if (k !== undefined) out.pathCase = analysis.cases[k]!.case;
    return out;
  });
  if (!result) {
    analysis.noTotal = draft >= 0 ? { draft } : dated >= 0 ? { step: dated } : { loop: true };
    return analysis;
  }
  analysis.total = workingTime(result.total, hoursPerDay);
  // Each step's time from receipt on the general case's paths, which the verdict judges; a step only a case's branch
  // reaches is counted on that case's paths, so that no total in the table runs past the general appointment unmarked.
  const caseFinish = (split?.cases ?? []).map(({ flow: own }) => criticalPath(own, (i) => stepHours[i]!)?.finish ?? []);
  analysis.cumulative = result.finish.map((general, i) => {
    const k = analysis.stepCases[i];
    const hours = k === undefined ? general : caseFinish[k]![i]!;
    return Number.isNaN(hours) ? undefined : workingTime(hours, hoursPerDay);
  });
  // A heading counted by its parts is done when its last part is: its row's cumulative time says so.
  for (const { step, parts } of analysis.substeps) {
    const ends = parts.map((i) => analysis.cumulative[i]);
    if (!analysis.cumulative[step] || ends.some((end) => end === undefined)) continue;
    analysis.cumulative[step] = workingTime(Math.max(...ends.map((end) => end!.hours)), hoursPerDay);
  }
  analysis.criticalPath = result.path.map((i) => procedure.steps[i]!.id);
  // Null prototype: a body whose id is also an Object property ("constructor", "toString") starts from 0, not NaN.
  const byBody: Record<string, number> = Object.create(null);
  // A body whose steps on the path the limit leaves out spent none of it: "UBXA 0 giờ" would read as a body idle.
  for (const i of result.path)
    if (isCounted(procedure.steps[i]!))
      byBody[procedure.steps[i]!.body] = (byBody[procedure.steps[i]!.body] ?? 0) + stepHours[i]!;
  analysis.byBody = Object.fromEntries(
    Object.entries(byBody).map(([body, hours]) => [body, workingTime(hours, hoursPerDay)]),
  );
  if (limitHours !== undefined) {
    analysis.slack = difference(limitHours, result.total, hoursPerDay);
    analysis.withinLimit = result.total <= limitHours + 1e-9;
  }
  return analysis;
}
