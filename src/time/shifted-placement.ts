import { parseDuration } from '../model/duration.js';
import type { Flow } from '../model/flow.js';
import type { Procedure } from '../model/types.js';
import type { CalendarDay, Interval, WorkingCalendar } from './calendar.js';
import { workingMinutesBetween } from './clock.js';
import { momentAt, MINUTES_PER_DAY, type Day } from './moment.js';
import { scheduler, type Schedule } from './schedule.js';

// A sweep places the same flow for every open day of one or two years, and most of those days sit in ordinary weeks.
// Placing a dossier reads only the office hours and the working-day flag of the days around the receipt, and (without
// months, whose ends depend on the month's length) counts everything relative to the receipt. So when the days a
// placement read have, shifted to a new receipt day, the same hours and flag, that placement is the earlier one moved
// by whole days. test/time/shifted-placement.test.ts compares this with placing every receipt afresh.

/** One receipt placed: whether the steps end after the appointment, by how much, and the schedule. */
export interface Placement {
  /** The steps end after the appointment. */
  late: boolean;
  /** Office minutes the steps end after the appointment; 0 when they end in time. */
  over: number;
  /** The later of the finish and the appointment: how far into the calendar this receipt's figures reach. */
  end: number;
  /** The schedule, made on demand: a sweep needs it only for its worst receipt. */
  schedule(): Schedule;
}

/** Placements made with the same receipt minute that read the same days relative to the receipt. */
interface Group {
  /** First and last day read, relative to the receipt day. */
  from: number;
  to: number;
  /** The placement by the signature of those days, with the receipt day it was made for. */
  bySignature: Map<string, { day: Day; placement: Placement }>;
}

let shiftingOff = false;

/** Makes every receipt placed afresh, as before placements were shifted: for the differential tests. */
export function placeEveryReceipt(off: boolean): void {
  shiftingOff = off;
}

function shifted(schedule: Schedule, by: number): Schedule {
  const steps = schedule.steps.map((times) => (times ? { start: times.start + by, due: times.due + by } : undefined));
  const copy: Schedule = {
    received: schedule.received + by,
    start: schedule.start + by,
    steps,
    finish: schedule.finish + by,
    path: schedule.path,
    appointment: schedule.appointment + by,
  };
  if (schedule.startReason) copy.startReason = schedule.startReason;
  return copy;
}

/**
 * Prepares a procedure for placing dossiers received at a minute of a day (see `scheduler`), reusing an earlier
 * placement moved by whole days when the days it read look the same from the new receipt; undefined when the flow
 * has a cycle. Placements are exactly those of `scheduler`, with the late minutes of `workingMinutesBetween`.
 */
export function receiptPlacer(
  procedure: Procedure,
  flow: Flow,
  calendar: WorkingCalendar,
): ((day: Day, minute: number) => Placement) | undefined {
  // The days read by the placement being made, as a range.
  let low = Infinity;
  let high = -Infinity;
  const watched: WorkingCalendar = Object.create(calendar, {
    day: {
      value: (day: Day): CalendarDay => {
        if (day < low) low = day;
        if (day > high) high = day;
        return calendar.day(day);
      },
    },
  });
  const place = scheduler(procedure, flow, watched);
  if (!place) return undefined;
  const fresh = (day: Day, minute: number): Placement => {
    const schedule = place(momentAt(day, minute));
    // Late by office time only: a finish after the appointment with no office minute between (closing time, then the
    // next opening) is the same moment on the office clock, never "0 h late".
    const over =
      schedule.finish > schedule.appointment
        ? workingMinutesBetween(watched, schedule.appointment, schedule.finish)
        : 0;
    const late = over > 0;
    return { late, over, end: Math.max(schedule.finish, schedule.appointment), schedule: () => schedule };
  };
  const months = [procedure.time_limit, ...procedure.steps.map((step) => step.duration)].some(
    (text) => parseDuration(text)?.unit === 'month',
  );
  if (shiftingOff || months) return fresh;

  // Days that place alike get the same letter: the same office hours (the same spans, by identity) and flag. The
  // letters of the days from `base` on are kept as one string, so a signature is a slice of it.
  const hoursIds = new Map<readonly Interval[], number>();
  const letter = (day: Day): string => {
    const { hours, working } = calendar.day(day);
    let id = hoursIds.get(hours);
    if (id === undefined) hoursIds.set(hours, (id = hoursIds.size));
    return String.fromCharCode(65 + id * 2 + (working ? 1 : 0));
  };
  let base = 0;
  let tape = '';
  const signature = (first: Day, last: Day): string => {
    if (tape === '' || first < base) {
      let before = '';
      const end = tape === '' ? first : base;
      for (let day = first; day < end; day++) before += letter(day);
      tape = before + tape;
      base = first;
    }
    while (base + tape.length <= last) tape += letter(base + tape.length);
    return tape.slice(first - base, last - base + 1);
  };
  const groups = new Map<number, Group[]>();
  return (day, minute) => {
    const known = groups.get(minute) ?? [];
    try {
      for (const group of known) {
        const hit = group.bySignature.get(signature(day + group.from, day + group.to));
        if (hit) {
          const { late, over, end, schedule } = hit.placement;
          const by = (day - hit.day) * MINUTES_PER_DAY;
          return { late, over, end: end + by, schedule: () => shifted(schedule(), by) };
        }
      }
    } catch {
      // A day the calendar cannot tell (beyond the lunar table): placing afresh raises the error it always did.
    }
    low = Infinity;
    high = -Infinity;
    const placement = fresh(day, minute);
    const from = low - day;
    const to = high - day;
    let group = known.find((g) => g.from === from && g.to === to);
    if (!group) {
      group = { from, to, bySignature: new Map() };
      known.push(group);
      groups.set(minute, known);
    }
    group.bySignature.set(signature(low, high), { day, placement });
    return placement;
  };
}
