import { parseDuration } from '../model/duration.js';
import { topologicalOrder, type Flow } from '../model/flow.js';
import type { Procedure } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import { closingTime, monthsLastDay, nextOpening, periodEnd } from './clock.js';
import { durationEnd, limitEnd, receiptStart, type StartReason } from './due.js';
import { countingCutoff } from './cutoff-scope.js';
import { dayOf, momentAt, type Day, type Moment } from './moment.js';
import type { Duration } from '../model/types.js';
import { stepDuration } from '../model/step-days.js';
import { isCounted } from '../model/uncounted.js';
import { substepHeadings } from '../model/substeps.js';

// The spelling key of every step outside the limit: no duration is written so.
const UNCOUNTED = '\u0000uncounted';

export { receiptStart, type ReceiptStart, type StartReason } from './due.js';

/** Start and due moment of one step. */
export interface StepTimes {
  start: Moment;
  due: Moment;
}

/** A dossier's timetable: every step placed on the working calendar, and the appointment for the result. */
export interface Schedule {
  received: Moment;
  /** When counting starts: the receipt, the next opening, or the next working day after the cutoff. */
  start: Moment;
  startReason?: StartReason;
  /** Times by step index; undefined for a step not reachable from the first. */
  steps: (StepTimes | undefined)[];
  /** When the steps are done in the worst case (every decision branch considered, parallel branches joined). */
  finish: Moment;
  /** The step indexes that decide `finish`, first to last. */
  path: number[];
  /** Ngày hẹn trả kết quả: the start plus the statutory time limit on the calendar. */
  appointment: Moment;
}

/** Whether `moment` is the close of a day with office hours. */
function atClosing(calendar: WorkingCalendar, moment: Moment): boolean {
  const day = dayOf(moment);
  return calendar.day(day).hours.length > 0 && closingTime(calendar, day) === moment;
}

/** Whether a duration is counted in days or months of the calendar, whose last day a day off moves (Art. 148). */
function onTheCalendar(duration: Duration): boolean {
  return (duration.unit === 'cd' || duration.unit === 'month') && duration.value > 0;
}

/** The last day of a period in calendar days or months from an event's day, before a day off moves it. */
function lastDayOf(eventDay: Day, duration: Duration): Day {
  return duration.unit === 'month' ? monthsLastDay(eventDay, duration.value) : eventDay + Math.ceil(duration.value);
}

/** The limit and cutoff that decide where counting starts, when not the procedure's own: a channel's own limit. */
export interface CountingLimit {
  limit: Pick<Duration, 'unit' | 'nextDay'>;
  cutoff: string | undefined;
}

/**
 * Prepares a procedure for placing on the calendar many times (a sweep of receipt dates parses its durations and
 * orders its flow once): the returned function places every step for a dossier received at a moment. A step
 * starts at the next opening after all its predecessors are due (parallel branches join on the slowest; every
 * decision branch is considered); a step of no length starts and ends at that handover. A step in calendar days or
 * months counts from the last day of the period before it as that period fell, not as a day off moved it: the Civil
 * Code (Art. 148) moves the end of a period, and the parts of a limit in calendar days (05 + 10 of "15 ngày lịch") end
 * where the limit does, never days later because an inner part ended on a Sunday. Undefined when the flow has a cycle.
 * `counting`: the limit and cutoff whose start the steps take, a channel's own; else the procedure's.
 */
export function scheduler(
  procedure: Procedure,
  flow: Flow,
  calendar: WorkingCalendar,
  counting?: CountingLimit,
): ((received: Moment) => Schedule) | undefined {
  const order = topologicalOrder(flow);
  if (!order) return undefined;
  const limit = parseDuration(procedure.time_limit) ?? { value: 0, unit: 'h' };
  // Steps with the same spelling share one end per handover: a thousand parallel branches cost one calendar walk.
  const spellings = new Map<string, number>();
  // A step outside the limit (`counted: false`) takes none of its time: the appointment does not wait for it.
  // Nor a heading whose sub-steps add up to its time (2 = 2.1 + 2.2): its parts take that time, once.
  const headings = substepHeadings(flow.steps, procedure.time_limit, calendar.hoursPerDay).filter((h) => h.adds);
  const byParts = new Set(headings.map((h) => h.step));
  const kinds = flow.steps.map((step, i) => {
    const spelling = isCounted(step) && !byParts.has(i) ? step.duration : UNCOUNTED;
    if (!spellings.has(spelling)) spellings.set(spelling, spellings.size);
    return spellings.get(spelling)!;
  });
  const durations = [...spellings.keys()].map((text) =>
    text === UNCOUNTED
      ? { value: 0, unit: 'h' as const }
      : (stepDuration(text, procedure.time_limit) ?? { value: 0, unit: 'h' as const }),
  );
  const n = flow.steps.length;
  return (received) => {
    // A next-day limit names the day after receipt whatever the hour, and calendar days and months count from the day
    // of receipt: no cutoff moves their steps, which start at the receipt as ontime measures the time they used.
    const { start, reason } = receiptStart(
      calendar,
      received,
      counting ? countingCutoff(counting.limit, counting.cutoff) : countingCutoff(limit, procedure.cutoff),
      counting ? counting.limit : limit,
    );
    const appointment = limitEnd(calendar, received, start, limit);
    const ready: (Moment | undefined)[] = new Array(n).fill(undefined);
    // The day a step in calendar days counts from: the latest of its predecessors' last days, unmoved (see above).
    const counted = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
    counted[0] = dayOf(received);
    const via = new Int32Array(n).fill(-1);
    const steps: (StepTimes | undefined)[] = new Array(n).fill(undefined);
    const ends = new Map<string, StepTimes>();
    ready[0] = start;
    for (const i of order) {
      const handover = ready[i];
      if (handover === undefined) continue;
      let times: StepTimes | undefined;
      const duration = durations[kinds[i]!]!;
      const eventDay = counted[i]!;
      if (i === 0) {
        // The first step's calendar days count from the day of receipt, as the limit's do (limitEnd).
        times = { start, due: durationEnd(calendar, start, received, duration) };
      } else if (onTheCalendar(duration)) {
        const key = `${handover}:${kinds[i]}:${eventDay}`;
        times = ends.get(key);
        if (!times) {
          const due = periodEnd(calendar, lastDayOf(eventDay, duration));
          // Shown from the first day its count takes (the day after the period before, as it fell), not from the
          // opening after a handover a day off moved: "T3 15/09" beside days counted 14–16/09 misled. Counted from a
          // day a day off had moved past, it may end at the handover itself: it starts there then.
          // A first day that is a day off leaves it at the handover's opening: no office opens on the day it counts.
          const counting = nextOpening(calendar, momentAt(eventDay + 1, 0));
          const opening = dayOf(counting) === eventDay + 1 ? counting : Number.POSITIVE_INFINITY;
          const stepStart = Math.min(nextOpening(calendar, handover), opening, due);
          times = { start: stepStart, due: Math.max(due, handover) };
          ends.set(key, times);
        }
      } else {
        const key = `${handover}:${kinds[i]}`;
        times = ends.get(key);
        if (!times) {
          // A step of no length (a draft's 0h) ends when the one before hands over: moved to the next opening, a
          // final one ended after an appointment at closing time, "0 h late".
          // A same-day step handed over at a working day's close is done by that close ("trong ngày" of the day the
          // step before finished), not a whole day later.
          const stepStart =
            duration.value <= 0 || (duration.unit === 'sameday' && atClosing(calendar, handover))
              ? handover
              : nextOpening(calendar, handover);
          times = { start: stepStart, due: durationEnd(calendar, stepStart, handover, duration) };
          ends.set(key, times);
        }
      }
      const { due } = times;
      steps[i] = times;
      const lastDay = onTheCalendar(duration) ? lastDayOf(eventDay, duration) : dayOf(due);
      for (const edge of flow.outgoing[i]!) {
        counted[edge.to] = Math.max(counted[edge.to]!, lastDay);
        const current = ready[edge.to];
        if (current === undefined || due > current) {
          ready[edge.to] = due;
          via[edge.to] = i;
        }
      }
    }
    let last = 0;
    steps.forEach((times, i) => {
      // A step of no length after the last one ends with it, and is the path's end.
      if (times && (times.due > steps[last]!.due || (times.due === steps[last]!.due && via[i] === last))) last = i;
    });
    const path = [last];
    while (via[path[0]!] !== -1) path.unshift(via[path[0]!]!);
    // A heading counted by its parts runs from its first part's start to its last part's due, as its row shows it.
    for (const { step, parts } of headings) {
      const times = parts.map((i) => steps[i]);
      if (times.some((t) => t === undefined) || steps[step] === undefined) continue;
      steps[step] = {
        start: Math.min(...times.map((t) => t!.start)),
        due: Math.max(...times.map((t) => t!.due)),
      };
    }
    const schedule: Schedule = { received, start, steps, finish: steps[last]!.due, path, appointment };
    if (reason) schedule.startReason = reason;
    return schedule;
  };
}

/** Places every step of a schema-valid procedure on the calendar for a dossier received at a moment (see `scheduler`). */
export function scheduleProcedure(
  procedure: Procedure,
  flow: Flow,
  calendar: WorkingCalendar,
  received: Moment,
  counting?: CountingLimit,
): Schedule | undefined {
  return scheduler(procedure, flow, calendar, counting)?.(received);
}
