import { parseDuration } from '../model/duration.js';
import type { Flow } from '../model/flow.js';
import type { Procedure } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import { dayOf, parseClock, type Day } from './moment.js';
import type { Schedule } from './schedule.js';
import { receiptPlacer } from './shifted-placement.js';
import { unsureYears, yearDays, type SweepWindow } from './window.js';

/** How a procedure fares against its time limit for every receipt over a span of dates. */
export interface Sweep {
  /** The first day a receipt was tried on (the window's first open day): what the window is said to start with. */
  from: Day;
  /**
   * Days from `from` to the last day a receipt was tried on, both counted: the window as it is said, never past the
   * receipts tried (its last days may be days off, or cut short by its `until`). The window's own when none was tried.
   */
  days: number;
  /** The last day an appointment or a finish of a judged receipt reaches: the years named with the result run to it. */
  reached: Day;
  /**
   * Why these dates: the announced years, a chosen `as_of`, or a year from the procedure's start; a window of the
   * announced years whose first year reached a year not announced is said as a year from the start, as it was tried.
   */
  basis: SweepWindow['basis'];
  /** Who chose the first day of an `as-of` window. */
  chosenBy?: 'option' | 'calendar';
  /**
   * Receipt moments tried: the first and the last minute of office hours of every open day (closing time under a limit
   * counted from the day of receipt), and the cutoff.
   */
  tried: number;
  /** Receipts whose steps end after the appointment. */
  over: number;
  /**
   * Open days tried, and those with a receipt tried that ends late. Said instead of `over` of `tried`: the receipts
   * tried are the few times of each day where the least time is left, so their share is not the share of the day
   * (all receipts from 07:31 to 15:00 may be late where one of the four tried is).
   */
  openDays: number;
  overDays: number;
  /**
   * The limit swept is a bare "15 ngày" (ambiguous-days asks which days), read as calendar days here, and read as
   * working days the steps meet it: an overrun on one reading alone, no verdict (lint's within-time-limit agrees).
   */
  metAsWorkingDays?: true;
  /**
   * The other way round: no receipt is late as procmap counts (calendar days), but with the bare days of the limit or
   * of a step read as working days the steps exceed it: no verdict either. Says whose days are bare: the limit's, else
   * only steps'.
   */
  overAsWorkingDays?: 'limit' | 'steps';
  /** The receipt that overruns its appointment by the most office time. */
  worst?: Schedule;
  /** Office minutes from the worst receipt's appointment to its finish. */
  worstOver: number;
  /**
   * The years from the first receipt to the last day reached whose days off are computed from the Labour Code (`rule`)
   * or provisional: the verdict rests on them, and says so where it is printed.
   */
  unsure?: { rule: number[]; provisional: number[] };
}

/** A sweep of the window before any receipt is tried. */
export function emptySweep(window: SweepWindow): Sweep {
  const { from, days, basis } = window;
  const sweep: Sweep = { from, days, reached: from, basis, tried: 0, over: 0, openDays: 0, overDays: 0, worstOver: 0 };
  if (window.chosenBy) sweep.chosenBy = window.chosenBy;
  return sweep;
}

/**
 * The receipts a sweep tries on one day, in order: the opening, the cutoff and a minute after it, and the last
 * minute of office hours (where the least time is left); with `closing`, the closing minute in its place (see
 * `closingLeastTime`); none on a day the office is closed.
 */
export function receiptMinutes(
  calendar: WorkingCalendar,
  day: Day,
  cutoff: number | undefined,
  closing = false,
): number[] {
  const hours = calendar.day(day).hours;
  if (hours.length === 0) return [];
  const open = hours[0]!.start;
  const last = hours[hours.length - 1]!.end - 1;
  const minutes = new Set([open, closing ? last + 1 : last]);
  if (cutoff !== undefined && cutoff >= open && cutoff < last) minutes.add(cutoff).add(cutoff + 1);
  return [...minutes].sort((a, b) => a - b);
}

/**
 * Whether a limit leaves the least time to a dossier received at closing time: one counted from the day of receipt
 * whatever its hour (calendar days and months, Civil Code Art. 147; the next working day). A dossier received at
 * 17:00 (online, or at the counter as it closes) has the appointment of one received at 16:59 and a minute less to
 * meet it, and no receipt of that day less: the last minute tried alone left a procedure over its limit by that minute
 * unsaid. Under a limit in working time or the same day, counting starts at the next opening, and the opening of the
 * next open day, tried, leaves exactly that time.
 */
export function closingLeastTime(limit: string | number): boolean {
  const duration = parseDuration(limit);
  return (
    duration !== undefined && (duration.unit === 'cd' || duration.unit === 'month' || duration.nextDay !== undefined)
  );
}

// Sweeps by procedure, calendar and window; a procedure's flow follows from its steps. Both are read, never changed.
const SWEEPS = new WeakMap<Procedure, WeakMap<WorkingCalendar, Map<string, Sweep | undefined>>>();

/**
 * Schedules a dossier received at the opening, at the cutoff, a minute after it and in the last minute of every
 * open day of the window (under a limit counted from the day of receipt, at closing time instead), and counts those
 * that finish after their appointment. This is how calendar-day, month
 * and same-day steps and limits are judged: how many working hours 15 calendar days hold depends on the date
 * (Tết, 30/4), and a dossier received just before closing or at the cutoff has the least time.
 * Undefined when the flow has a cycle.
 */
export function sweepReceipts(
  procedure: Procedure,
  flow: Flow,
  calendar: WorkingCalendar,
  window: SweepWindow,
): Sweep | undefined {
  // Lint's within-time-limit and the documents of the same run sweep the same procedure: the second reads the first.
  const key = `${window.from}/${window.days}/${window.basis}/${window.chosenBy}`;
  let byCalendar = SWEEPS.get(procedure);
  if (!byCalendar) SWEEPS.set(procedure, (byCalendar = new WeakMap()));
  let byWindow = byCalendar.get(calendar);
  if (!byWindow) byCalendar.set(calendar, (byWindow = new Map()));
  if (!byWindow.has(key)) byWindow.set(key, sweepAfresh(procedure, flow, calendar, window));
  return byWindow.get(key);
}

function sweepAfresh(
  procedure: Procedure,
  flow: Flow,
  calendar: WorkingCalendar,
  window: SweepWindow,
): Sweep | undefined {
  // Most receipts are placed by moving an earlier, alike placement by whole days (see shifted-placement.ts).
  const place = receiptPlacer(procedure, flow, calendar);
  if (!place) return undefined;
  const { from, days, until } = window;
  const sweep = emptySweep(window);
  const cutoff = procedure.cutoff === undefined ? undefined : parseClock(procedure.cutoff);
  const closing = closingLeastTime(procedure.time_limit);
  // The first year is tried whole, whatever days off it reaches; `until` bounds only the receipts after it.
  const wholeUntil = from + yearDays(from);
  let first: Day | undefined;
  let lastTried = from;
  for (let day = from; day < from + days; day++) {
    const placements = receiptMinutes(calendar, day, cutoff, closing).map((minute) => place(day, minute));
    const last = Math.max(day, ...placements.map((placement) => dayOf(placement.end)));
    // Appointments only grow with the receipt: once one reaches past `until`, every later receipt does too.
    if (until !== undefined && last > until && day >= wholeUntil) break;
    if (last > sweep.reached) sweep.reached = last;
    if (placements.length > 0) {
      first ??= day;
      lastTried = day;
      sweep.openDays++;
    }
    if (placements.some((placement) => placement.late)) sweep.overDays++;
    for (const placement of placements) {
      sweep.tried++;
      if (!placement.late) continue;
      sweep.over++;
      if (!sweep.worst || placement.over > sweep.worstOver) {
        sweep.worst = placement.schedule();
        sweep.worstOver = placement.over;
      }
    }
  }
  // The window is said from its first receipt to its last: not from a New Year's Day no dossier comes on, nor to
  // days whose receipts were left out.
  if (first !== undefined) Object.assign(sweep, { from: first, days: lastTried - first + 1 });
  // The announced years' window whose first year reached past them judged receipts on days off procmap computed.
  if (until !== undefined && sweep.reached > until) sweep.basis = 'effective';
  const unsure = unsureYears(calendar, sweep.from, Math.max(sweep.from + sweep.days - 1, sweep.reached));
  if (unsure.rule.length > 0 || unsure.provisional.length > 0) sweep.unsure = unsure;
  return sweep;
}
