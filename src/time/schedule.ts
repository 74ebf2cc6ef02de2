import { parseDuration } from '../model/duration.js';
import { topologicalOrder, type Flow } from '../model/flow.js';
import type { Procedure } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import { closingTime, nextOpening } from './clock.js';
import { durationEnd, limitEnd, receiptStart, type StartReason } from './due.js';
import { dayOf, type Moment } from './moment.js';

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

/**
 * Prepares a procedure for placing on the calendar many times (a sweep of receipt dates parses its durations and
 * orders its flow once): the returned function places every step for a dossier received at a moment. A step
 * starts at the next opening after all its predecessors are due (parallel branches join on the slowest; every
 * decision branch is considered); a step of no length starts and ends at that handover. Undefined when the flow has a
 * cycle.
 */
export function scheduler(
  procedure: Procedure,
  flow: Flow,
  calendar: WorkingCalendar,
): ((received: Moment) => Schedule) | undefined {
  const order = topologicalOrder(flow);
  if (!order) return undefined;
  const limit = parseDuration(procedure.time_limit) ?? { value: 0, unit: 'h' };
  // Steps with the same spelling share one end per handover: a thousand parallel branches cost one calendar walk.
  const spellings = new Map<string, number>();
  const kinds = flow.steps.map((step) => {
    if (!spellings.has(step.duration)) spellings.set(step.duration, spellings.size);
    return spellings.get(step.duration)!;
  });
  const durations = [...spellings.keys()].map((text) => parseDuration(text) ?? { value: 0, unit: 'h' as const });
  const n = flow.steps.length;
  return (received) => {
    const { start, reason } = receiptStart(calendar, received, procedure.cutoff);
    const appointment = limitEnd(calendar, received, start, limit);
    const ready: (Moment | undefined)[] = new Array(n).fill(undefined);
    const via = new Int32Array(n).fill(-1);
    const steps: (StepTimes | undefined)[] = new Array(n).fill(undefined);
    const ends = new Map<string, StepTimes>();
    ready[0] = start;
    for (const i of order) {
      const handover = ready[i];
      if (handover === undefined) continue;
      let times: StepTimes | undefined;
      if (i === 0) {
        // The first step's calendar days count from the day of receipt, as the limit's do (limitEnd).
        times = { start, due: durationEnd(calendar, start, received, durations[kinds[0]!]!) };
      } else {
        const key = `${handover}:${kinds[i]}`;
        times = ends.get(key);
        if (!times) {
          const duration = durations[kinds[i]!]!;
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
      for (const edge of flow.outgoing[i]!) {
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
): Schedule | undefined {
  return scheduler(procedure, flow, calendar)?.(received);
}
