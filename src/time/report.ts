import { calendarShareSweeps, type CalendarShareLate } from './calendar-share.js';
import { shareDues } from './share-dues.js';
import { isWorkingTime, parseDuration, readDuration } from '../model/duration.js';
import type { Flow } from '../model/flow.js';
import type { Channel, ChannelKind, Duration, Procedure } from '../model/types.js';
import { underChannelLimit } from '../model/channels.js';
import {
  analyseTime,
  everyCase,
  type CaseTime,
  type ChannelTime,
  type TimeAnalysis,
  type WorkingTime,
} from './analyse.js';
import type { Interval, WorkingCalendar, YearInfo } from './calendar.js';
import type { DayAbout } from './day-names.js';
import { workingMinutesBetween } from './clock.js';
import { limitEnd, receiptStart } from './due.js';
import { countingCutoff } from './cutoff-scope.js';
import { dueAtNamedHour } from './next-day-end.js';
import { dayOf, dayParts, momentAt, parseClock, parseDay, weekday, type Day, type Moment } from './moment.js';
import { draftSteps, stepsAfterDrafts } from './draft.js';
import { scheduleProcedure, type Schedule } from './schedule.js';
import { sweepReceipts, type Sweep } from './sweep.js';
import { sweepWindow, unsureYears } from './window.js';
import { bareDays, type BareDays } from './bare-days.js';
import { extensionSweep } from './extension-readings.js';
import { judgedAgainstNothing, readingAppointments, type ReadingAppointment } from './case-readings.js';
import { bareLimitMetAsWorkingDays, bareLimitOverruns, overAsWorkingDaysOnly } from './bare-limit.js';

/** A run of consecutive dates with the same special status, for explaining a due date. */
export interface DayRun {
  first: Day;
  last: Day;
  /**
   * Closed (a holiday), open although a weekend day (a make-up day), or a public holiday the office opens for duty
   * hours (`duty`, as `procmap calendar` calls it: still a holiday in law, its hours counted as working time).
   */
  kind: 'off' | 'work' | 'duty';
  /** Undefined for a day of the catalog's calendar written without a name: named in the output's language. */
  name?: string;
  /** What a built-in day or break is, for each output to name it in its own language. */
  about?: DayAbout;
  /**
   * A duty day's office hours, which working time counts, and a working day's where they are not what its weekday
   * would have (a half day; a make-up Saturday worked whole in an office open on Saturday mornings).
   */
  hours?: readonly Interval[];
}

/** Everything `procmap time` says about one procedure. */
export interface ProcedureTime {
  file: string;
  procedure: Procedure;
  analysis: TimeAnalysis;
  /** With a receipt moment: every step placed on the calendar and the appointment. */
  schedule?: Schedule;
  /** The schedule's appointment is an hour the law names (dueAtNamedHour): no 24:00 of its day excuses a later end. */
  atNamedHour?: true;
  /** Without one, when calendar days are involved: how the procedure fares over the coming year. */
  sweep?: Sweep;
  /** Office minutes from the steps' finish to the appointment; negative when they finish after it. */
  margin?: number;
  /**
   * With a receipt, the draft steps, whose time no one knows yet: the schedule keeps the appointment (the limit's, from
   * the receipt) and the times of the steps before them, but the finish, the critical path and every verdict are
   * not known, as the total is not without a receipt.
   */
  drafts?: number[];
  /** Without a receipt, each channel with a limit of its own that dates decide, swept as the procedure's limit is. */
  channelSweeps?: { kind: ChannelKind; channel: Channel; limit: Duration; sweep: Sweep }[];
  /**
   * With a receipt, the appointment of each channel with a limit of its own (online often has a shorter one), and
   * whether dates decide that limit (then it is judged for this receipt, not by its slack).
   */
  channelAppointments?: {
    kind: ChannelKind;
    /** The channel as the file writes it: its note names the grade of online filing ("Trực tuyến một phần"). */
    channel: Channel;
    limit: Duration;
    appointment: Moment;
    datesDecide: boolean;
    /** Its appointment is an hour the law names (dueAtNamedHour), which ends its period then, not at 24:00. */
    atNamedHour: boolean;
    /** When the steps of the paths its limit binds end: without its own cases' branches where its limit names them. */
    finish: Moment;
    /** Its limit's own shares of a liên thông limit, dated from its start as the procedure's are. */
    shares?: ReturnType<typeof shareDues>;
    /** With a date and no time, for a procedure with a cutoff: the channel's appointment of a receipt after it. */
    afterCutoff?: Moment;
  }[];
  /**
   * With a receipt, each case a limit names that a branch takes (everyCase, in order): its appointment under
   * its own limit, and when the steps of its paths end (undefined with draft steps, whose time is not known).
   */
  caseAppointments?: {
    appointment: Moment;
    atNamedHour: boolean;
    finish?: Moment;
    path: number[];
    /** A case's bare days: each reading's appointment, working days then calendar days (caseReadings). */
    readings?: ReadingAppointment[];
  }[];
  /** Without a receipt, each such case whose limit or steps dates decide, swept over its own paths (by everyCase index). */
  caseSweeps?: { index: number; sweep: Sweep }[];
  /** The receipt gave a date and no time: counted from that day's opening, the earliest receipt. */
  dateOnly?: true;
  /**
   * The receipt comes before the procedure's `effective` date: the dossier was handled under the earlier rules, and
   * this process's times are not what it was bound by. The effective day, to say so.
   */
  beforeEffective?: Day;
  /** With a date and no time, for a procedure with a cutoff: the appointment of a receipt after the cutoff that day. */
  afterCutoff?: Moment;
  /**
   * With a receipt and a liên thông limit that gives each agency its share in working time: each share's end, counted
   * in order from the start, and when that agency's steps end (not without matched bodies, or with draft steps).
   */
  shares?: ReturnType<typeof shareDues>;
  /** Days off and make-up days within the counting, from the receipt to the later of finish and appointment. */
  specialDays: DayRun[];
  /** With a receipt and a bare "N ngày" limit, counted as calendar days: the working-days reading, to flag it. */
  bareDays?: BareDays;
  /** Bare step days under a limit in working time whose two readings give two verdicts: the reading that is over. */
  bareStepsOver?: 'working' | 'calendar';
  /** Years used whose public holidays come from the Labour Code rule, not from announced days off. */
  ruleYears: number[];
  /** Years used whose announced days off are provisional, not yet checked against the notice. */
  provisionalYears: number[];
  /** Every year the figures used, with the status of its days off and its notice. */
  years: { year: number; info: YearInfo }[];
}

/** Whether a limit counts its own days with a bare "ngày". */
function bareDaysLimit(text: string): boolean {
  const reading = readDuration(text);
  return reading.ok && reading.bare;
}

/** Whether a procedure counts anything in calendar days, months or same-day, which makes its figures depend on the date. */
export function dependsOnDates(procedure: Procedure): boolean {
  return [procedure.time_limit, ...procedure.steps.map((step) => step.duration)].some((text) => {
    const duration = parseDuration(text);
    return duration !== undefined && !isWorkingTime(duration);
  });
}

/**
 * How a procedure whose limit or steps dates decide (calendar days, months, same day) fares over every receipt of its
 * window (sweepWindow); undefined for a procedure in working time only, a flow with a cycle, or one with draft steps.
 */
export function dateSweep(procedure: Procedure, flow: Flow, calendar: WorkingCalendar, asOf?: Day): Sweep | undefined {
  // A draft step's 0h is a placeholder: receipts tried with it would call "within" a procedure whose time no one
  // knows yet, as its working-time total is not known (analyseTime) and no verdict is given against a working-day limit.
  if (!dependsOnDates(procedure) || procedure.steps.some((step) => step.draft === true)) return undefined;
  const sweep = sweepReceipts(procedure, flow, calendar, sweepWindow(calendar, parseDay(procedure.effective), asOf));
  // A bare "15 ngày" swept as calendar days: over that reading alone rests on what the officer has not settled.
  if (sweep !== undefined && sweep.over > 0 && bareLimitMetAsWorkingDays(procedure, calendar))
    sweep.metAsWorkingDays = true;
  // The other way round: within as procmap counts, over with the bare days (the limit's or a step's) as working days.
  else if (sweep !== undefined && sweep.tried > 0 && sweep.over === 0 && overAsWorkingDaysOnly(procedure, calendar))
    sweep.overAsWorkingDays = bareDaysLimit(procedure.time_limit) ? 'limit' : 'steps';
  return sweep;
}

/**
 * The sweeps a document shows: the procedure's limit on the paths it binds (`analysis.generalFlow`), each channel's
 * own where dates decide it on the paths it binds, and each case's of either limit on its own paths.
 */
export function documentSweeps(
  procedure: Procedure,
  analysis: TimeAnalysis,
  calendar: WorkingCalendar,
): {
  sweep: Sweep | undefined;
  channelSweeps: (Sweep | undefined)[];
  caseSweeps: (Sweep | undefined)[];
  channelCaseSweeps: (Sweep | undefined)[][];
  shareSweeps: (CalendarShareLate | undefined)[] | undefined;
  channelShareSweeps: ((CalendarShareLate | undefined)[] | undefined)[];
} {
  // A case's bare "10 ngày" is swept too, read as calendar days: its sweep says when only one reading is over ("chưa
  // kết luận được"), as the procedure's own bare limit's does; without it 5.4 and the chart gave the case no verdict.
  // Bare days added to a limit in working days: the calendar reading swept, marked where the working one differs.
  // Bare days no reading counts are judged against nothing, as lint and the verdict judge them.
  const ofCases = (cases: readonly CaseTime[]) =>
    cases.map((own) =>
      judgedAgainstNothing(own)
        ? undefined
        : own.calendarExtension
          ? extensionSweep(procedure, own, analysis.hoursPerDay, calendar)
          : dateSweep({ ...procedure, time_limit: own.text }, own.flow, calendar),
    );
  return {
    caseSweeps: ofCases(analysis.cases),
    sweep: dateSweep(procedure, analysis.generalFlow, calendar),
    channelSweeps: (procedure.channels ?? []).map((channel, i) =>
      channel.time_limit === undefined
        ? undefined
        : dateSweep(underChannelLimit(procedure, channel.time_limit), analysis.channels[i]!.flow, calendar),
    ),
    channelCaseSweeps: analysis.channels.map((channel) => ofCases(channel.cases)),
    // Section 5.4's calendar-day shares, judged over the receipts as steps-within-share judges them.
    shareSweeps: calendarShareSweeps(procedure, analysis.generalFlow, calendar),
    // And each channel's own shares, on the paths its limit binds, in the order of `channels`.
    channelShareSweeps: (procedure.channels ?? []).map(({ time_limit: text }, i) =>
      text === undefined ? undefined : calendarShareSweeps(procedure, analysis.channels[i]!.flow, calendar, text),
    ),
  };
}

/** A run's name and what it is when the day has them: a day the catalog's calendar gives without a name is named by the output. */
const named = (name: string | undefined, about?: DayAbout) => ({
  ...(name === undefined ? {} : { name }),
  ...(about === undefined ? {} : { about }),
});

/** Whether two days' office hours are the same spans. */
function sameSpans(a: readonly Interval[], b: readonly Interval[]): boolean {
  return a.length === b.length && a.every((span, i) => span.start === b[i]!.start && span.end === b[i]!.end);
}

/** The hours a day would have by the week: its weekday's, or Monday's for a weekend day the office keeps closed. */
function usualHours(calendar: WorkingCalendar, day: Day): readonly Interval[] {
  const own = calendar.week[weekday(day)]!;
  return own.length > 0 ? own : calendar.week[1]!;
}

/**
 * The days off and make-up days within the counting of one dossier, as runs to list. A day off from the day of receipt
 * to the last day counted; an announced break once and whole, as its notice gives it (Tết: Saturday 14/2 to Sunday
 * 22/2), whichever of its days the counting touches; a make-up working day only when its office hours fall between
 * the start of counting and the end (a make-up Saturday already closed at the receipt changed nothing).
 */
function specialRuns(calendar: WorkingCalendar, received: Moment, start: Moment, end: Moment): DayRun[] {
  const runs: DayRun[] = [];
  const breaks = new Set<DayRun>();
  const seen = new Set<Day>();
  for (let day = dayOf(received); day <= dayOf(end); day++) {
    const { name, about, source, working, hours, break: announced } = calendar.day(day);
    // A day the catalog's calendar lists without a name moves the appointment as much as a named one.
    if (name === undefined && source === undefined) continue;
    // A duty day in Tết opens the office on a holiday: its hours count, so it is listed, as a duty day (a holiday in
    // law, as `procmap calendar` lists it), not as a make-up day, whose day is a working day in law.
    const open = hours.length > 0 && (working || source === 'config');
    const kind = !open ? 'off' : working ? 'work' : 'duty';
    if (open && !hours.some((span) => momentAt(day, span.end) > start && momentAt(day, span.start) < end)) continue;
    if (kind === 'duty') {
      runs.push({ first: day, last: day, kind, ...named(name, about), hours });
      continue;
    }
    if (kind === 'off' && announced) {
      if (seen.has(announced.first)) continue;
      seen.add(announced.first);
      const run: DayRun = {
        first: announced.first,
        last: announced.last,
        kind,
        ...named(announced.name, announced.about),
      };
      breaks.add(run);
      runs.push(run);
      continue;
    }
    const last = runs[runs.length - 1];
    const own = kind === 'work' && !sameSpans(hours, usualHours(calendar, day)) ? { hours } : {};
    // Tết is one run even across its weekend: a weekend day between two days of the same holiday joins them.
    if (
      last &&
      !breaks.has(last) &&
      last.kind === kind &&
      last.name === name &&
      day - last.last <= 3 &&
      sameSpans(last.hours ?? [], own.hours ?? [])
    )
      last.last = day;
    else runs.push({ first: day, last: day, kind, ...named(name, about), ...own });
  }
  // A break of several days that no notice announces (a year computed from the law) reads as one too when the
  // weekends around it are included. A single day keeps its own date: Hùng Kings' day on Sunday 26/4/2026 is not
  // "Saturday 25/4 – Sunday 26/4", nor 1 May on a Friday "Friday 1/5 – Sunday 3/5".
  const closedWeekend = (day: Day) =>
    [0, 6].includes(weekday(day)) && calendar.day(day).hours.length === 0 && calendar.day(day).name === undefined;
  // A weekend between two runs goes to the earlier one (Saturday 1/5 to Sunday 2/5, then Monday 3/5 in lieu), so no
  // day is listed twice.
  runs.forEach((run, k) => {
    if (run.kind !== 'off' || run.first === run.last || breaks.has(run)) return;
    const before = runs[k - 1]?.last ?? -Infinity;
    while (run.first - 1 > before && closedWeekend(run.first - 1)) run.first--;
    while (closedWeekend(run.last + 1)) run.last++;
  });
  return runs;
}

/**
 * The appointment of a dossier received after the procedure's cutoff on a day, for a receipt whose hour is not
 * known, under the procedure's limit or a channel's own; undefined without a cutoff, under a limit it does not move
 * (countingCutoff), or when the office does not open past it that day.
 */
function afterCutoffAppointment(
  procedure: Procedure,
  calendar: WorkingCalendar,
  day: Day,
  limit: Duration | undefined,
): Moment | undefined {
  const moving = limit === undefined ? undefined : countingCutoff(limit, procedure.cutoff);
  const cutoff = moving === undefined ? undefined : parseClock(moving);
  if (cutoff === undefined || !limit) return undefined;
  const late = momentAt(day, cutoff + 1);
  const { start, reason } = receiptStart(calendar, late, moving, limit);
  return reason === 'cutoff' ? limitEnd(calendar, late, start, limit) : undefined;
}

/**
 * Each channel with a limit of its own that dates decide ("trong ngày", calendar days, months, or any limit once a
 * step is in calendar days), swept over the receipts of the window as the procedure's own limit is: what `time`
 * says of it without a receipt, as lint judges it.
 */
function channelSweeps(
  procedure: Procedure,
  analysis: TimeAnalysis,
  calendar: WorkingCalendar,
  asOf: Day | undefined,
): { kind: ChannelKind; channel: Channel; limit: Duration; sweep: Sweep }[] {
  return (procedure.channels ?? []).flatMap((channel, i) => {
    const { kind, time_limit: text } = channel;
    const limit = text === undefined ? undefined : parseDuration(text);
    if (!limit) return [];
    const judged = underChannelLimit(procedure, text!);
    if (!dependsOnDates(judged)) return [];
    const sweep = dateSweep(judged, analysis.channels[i]!.flow, calendar, asOf);
    return sweep ? [{ kind, channel, limit, sweep }] : [];
  });
}

/** Each case the limit names whose limit or steps dates decide, swept over its own paths as the limit is over all. */
function caseSweeps(
  procedure: Procedure,
  analysis: TimeAnalysis,
  calendar: WorkingCalendar,
  asOf: Day | undefined,
): { index: number; sweep: Sweep }[] {
  return everyCase(analysis).flatMap(({ own }, index) => {
    if (judgedAgainstNothing(own)) return [];
    // A case's bare "15 ngày" is swept read as calendar days, marked where the working-days reading differs, as 5.4
    // sweeps it (documentSweeps); bare days added to working days are swept in both readings, as lint judges them.
    const sweep = own.calendarExtension
      ? extensionSweep(procedure, own, analysis.hoursPerDay, calendar, asOf)
      : dateSweep({ ...procedure, time_limit: own.text }, own.flow, calendar, asOf);
    return sweep ? [{ index, sweep }] : [];
  });
}

/**
 * The time figures of one procedure: totals, limit and slack; with `received`, every step's start and due moment
 * and the appointment; without it, a sweep of the receipts of the window (see `sweepWindow`: the announced years,
 * or a year from `asOf`) when calendar days, months or same-day make the answer depend on the date. Undefined
 * schedule or sweep when the flow has a cycle.
 */
export function procedureTime(
  entry: { file: string; procedure: Procedure },
  calendar: WorkingCalendar,
  options: { received?: Moment; dateOnly?: boolean; asOf?: Day | undefined },
): ProcedureTime {
  const { file, procedure } = entry;
  const analysis = analyseTime(procedure, calendar);
  const result: ProcedureTime = {
    file,
    procedure,
    analysis,
    specialDays: [],
    ruleYears: [],
    provisionalYears: [],
    years: [],
  };
  // A step's bare "3 ngày" under a limit in working time that says its days: the verdict in figures rests on procmap's
  // reading of them (the limit's unit); the other reading, when it gives the other verdict, is said beside it.
  if (analysis.withinLimit !== undefined && !bareDaysLimit(procedure.time_limit)) {
    const over = bareLimitOverruns(procedure, calendar);
    if (over !== undefined && over.working !== over.calendar)
      result.bareStepsOver = over.working ? 'working' : 'calendar';
  }
  let from: Day;
  let to: Day;
  if (options.received !== undefined) {
    const general = scheduleProcedure(procedure, analysis.generalFlow, calendar, options.received);
    if (!general) return result;
    // Each case's own paths under its own limit, the procedure's cases first (everyCase), each judged below.
    const cases = everyCase(analysis);
    const ownSchedules = cases.map(({ own: { text, flow } }) =>
      scheduleProcedure({ ...procedure, time_limit: text }, flow, calendar, options.received!)!,
    );
    // The table's times are the general case's, whose finish the limit judges; a step only a case's branch reaches
    // is placed on that case's paths (analysis.stepCases), so no step seems due past the general appointment.
    const placed = {
      ...general,
      steps: general.steps.map((times, i) => {
        const k = analysis.stepCases[i];
        return k === undefined ? times : ownSchedules[k]!.steps[i];
      }),
    };
    const drafts = draftSteps(procedure.steps);
    // A draft's 0h is a placeholder: the steps from it on were placed with it, so their times are none to print.
    const unknown = stepsAfterDrafts(analysis.flow, drafts);
    const schedule =
      drafts.length === 0 ? placed : { ...placed, steps: placed.steps.map((t, i) => (unknown.has(i) ? undefined : t)) };
    result.schedule = schedule;
    const bare = bareDays(procedure, analysis.generalFlow, calendar, options.received);
    if (bare) result.bareDays = bare;
    const limit = parseDuration(procedure.time_limit);
    if (limit && dueAtNamedHour(schedule.received, schedule.start, limit)) result.atNamedHour = true;
    if (drafts.length > 0) result.drafts = drafts;
    const effective = typeof procedure.effective === 'string' ? parseDay(procedure.effective) : undefined;
    if (effective !== undefined && dayOf(options.received) < effective) result.beforeEffective = effective;
    if (options.dateOnly) {
      result.dateOnly = true;
      const late = afterCutoffAppointment(procedure, calendar, dayOf(options.received), limit);
      if (late !== undefined && late !== schedule.appointment) result.afterCutoff = late;
    }
    if (drafts.length === 0)
      result.margin =
        schedule.finish <= schedule.appointment
          ? workingMinutesBetween(calendar, schedule.finish, schedule.appointment)
          : -workingMinutesBetween(calendar, schedule.appointment, schedule.finish);
    const shares = shareDues(
      procedure,
      analysis.generalFlow,
      calendar,
      drafts.length === 0 ? schedule : { ...schedule, steps: [] },
    );
    if (shares !== undefined) result.shares = shares;
    result.channelAppointments = (procedure.channels ?? []).flatMap((channel, i) => {
      const { kind, time_limit: text } = channel;
      const limit = text === undefined ? undefined : parseDuration(text);
      if (!limit) return [];
      const { flow } = analysis.channels[i]!;
      // A same-day limit of the channel's own that names its hour counts from it, for that channel alone. Where the
      // cutoff moves this limit is the channel's limit's to say, not the procedure's (countingCutoff): a cutoff that a
      // next-day general limit ignores moves a channel's working days, and took the general limit's start away from it.
      const judged = underChannelLimit(procedure, text!);
      const counting = { limit, cutoff: judged.cutoff };
      const start = receiptStart(calendar, schedule.received, countingCutoff(limit, judged.cutoff), limit).start;
      // Its steps start where its count does, as ontime counts the time they used: under a limit in calendar days a
      // channel's own working days moved by the cutoff had their steps planned from the receipt, 30 minutes early.
      const own =
        flow === analysis.generalFlow && start === schedule.start
          ? schedule
          : scheduleProcedure(procedure, flow, calendar, schedule.received, counting)!;
      const finish = own.finish;
      const appointment = limitEnd(calendar, schedule.received, start, limit);
      const datesDecide = dependsOnDates(judged);
      const atNamedHour = dueAtNamedHour(schedule.received, start, limit);
      // Each channel's receipt slip needs the second appointment as much as the procedure's own.
      const late = options.dateOnly
        ? afterCutoffAppointment(judged, calendar, dayOf(schedule.received), limit)
        : undefined;
      // A channel's limit with shares of its own ("05 ngày làm việc (UBND xã: 02 …; Sở Tư pháp: 03 …)") is dated as
      // the procedure's: each share in order from this channel's start.
      const shares =
        text === procedure.time_limit
          ? undefined
          : shareDues(
              procedure,
              flow,
              calendar,
              drafts.length === 0 ? own : { ...own, steps: [] },
              text!,
              start,
              appointment,
            );
      const entry =
        late === undefined || late === appointment
          ? { kind, channel, limit, appointment, datesDecide, atNamedHour, finish }
          : { kind, channel, limit, appointment, datesDecide, atNamedHour, finish, afterCutoff: late };
      return [shares === undefined ? entry : { ...entry, shares }];
    });
    result.caseAppointments = ownSchedules.map((own, k) => {
      const atNamedHour = dueAtNamedHour(own.received, own.start, cases[k]!.own.limitDuration);
      // A case's bare days get an appointment per reading, as 5.4 and lint judge both; with drafts, no finish to judge.
      const readings =
        drafts.length === 0 ? readingAppointments(procedure, cases[k]!.own, calendar, own.received) : undefined;
      return drafts.length === 0
        ? {
            appointment: own.appointment,
            atNamedHour,
            finish: own.finish,
            path: own.path,
            ...(readings ? { readings } : {}),
          }
        : { appointment: own.appointment, atNamedHour, path: [] };
    });
    // The appointment of a receipt after the cutoff is given too: the days it crosses are counted and named with it.
    const end = Math.max(
      ...result.caseAppointments.map((c) =>
        Math.max(c.appointment, c.finish ?? c.appointment, ...(c.readings ?? []).map((r) => r.appointment)),
      ),
      // A draft's finish is no moment: the days named are those to the appointments.
      drafts.length === 0 ? schedule.finish : schedule.appointment,
      schedule.appointment,
      result.afterCutoff ?? schedule.appointment,
      ...result.channelAppointments.map((c) => Math.max(c.appointment, c.afterCutoff ?? c.appointment)),
    );
    from = dayOf(schedule.received);
    to = dayOf(end);
    result.specialDays = specialRuns(calendar, schedule.received, schedule.start, end);
  } else if (dependsOnDates(procedure)) {
    result.channelSweeps = channelSweeps(procedure, analysis, calendar, options.asOf);
    result.caseSweeps = caseSweeps(procedure, analysis, calendar, options.asOf);
    const sweep = dateSweep(procedure, analysis.generalFlow, calendar, options.asOf);
    if (!sweep) return result;
    result.sweep = sweep;
    from = sweep.from;
    // Every year a judged appointment or finish reaches is named, not only the years of the receipts.
    to = Math.max(
      sweep.from + sweep.days - 1,
      sweep.reached,
      ...result.channelSweeps.map((c) => c.sweep.reached),
      ...result.caseSweeps.map((c) => c.sweep.reached),
    );
  } else {
    result.channelSweeps = channelSweeps(procedure, analysis, calendar, options.asOf);
    // A case's own limit may be one that dates decide ("30 ngày lịch") under a general one in working days.
    result.caseSweeps = caseSweeps(procedure, analysis, calendar, options.asOf);
    // Their receipts and appointments count days off as much as the procedure's own would: those years are named.
    const swept = [...result.channelSweeps, ...result.caseSweeps].map((c) => c.sweep);
    if (swept.length === 0) return result;
    from = Math.min(...swept.map((s) => s.from));
    to = Math.max(...swept.map((s) => Math.max(s.from + s.days - 1, s.reached)));
  }
  const unsure = unsureYears(calendar, from, to);
  result.ruleYears = unsure.rule;
  result.provisionalYears = unsure.provisional;
  for (let year = dayParts(from).year; year <= dayParts(to).year; year++)
    result.years.push({ year, info: calendar.yearInfo(year) });
  return result;
}

/** The channels with a limit of their own in working time, each with its slack: what `time` judges besides the limit. */
export function ownChannelLimits(report: ProcedureTime): {
  kind: ChannelKind;
  channel: Channel;
  limitDuration: Duration;
  slack: WorkingTime;
  withinLimit: boolean;
  /** Its analysis: the total, path and case the slack is measured on. */
  time: ChannelTime;
}[] {
  const channels = report.procedure.channels ?? [];
  return report.analysis.channels.flatMap((channel, i) =>
    channels[i]?.time_limit !== undefined && channel.slack && channel.withinLimit !== undefined
      ? [
          {
            kind: channel.kind,
            channel: channels[i]!,
            limitDuration: channel.limitDuration,
            slack: channel.slack,
            withinLimit: channel.withinLimit,
            time: channel,
          },
        ]
      : [],
  );
}

/**
 * With a receipt, each channel with a limit of its own that dates decide ("trong ngày", calendar days, months, or
 * any limit once a step is in calendar days), judged for that receipt: within it when the steps end by its
 * appointment, as the procedure's own limit is.
 */
export function receiptChannelLimits(
  report: ProcedureTime,
): { kind: ChannelKind; channel: Channel; limit: Duration; appointment: Moment; withinLimit: boolean }[] {
  const { schedule } = report;
  // With draft steps the finish is not known: no channel is judged, as none is without a receipt.
  if (!schedule || report.drafts) return [];
  return (report.channelAppointments ?? []).flatMap(({ kind, channel, limit, appointment, datesDecide, finish }) =>
    datesDecide ? [{ kind, channel, limit, appointment, withinLimit: finish <= appointment }] : [],
  );
}
