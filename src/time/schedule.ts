import { parseDuration } from '../model/duration.js';
import { topologicalOrder, type Flow } from '../model/flow.js';
import type { Duration, Procedure } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import { addWorkingMinutes, calendarDaysEnd, nextDayOpening, nextOpening } from './clock.js';
import { dayOf, minuteOf, parseClock, type Moment } from './moment.js';

/** Why counting did not start at the moment the dossier was received. */
export type StartReason = 'closed' | 'cutoff';

/** When counting starts for a dossier received at some moment. */
export interface ReceiptStart {
  start: Moment;
  /** Absent when counting starts at the moment of receipt. */
  reason?: StartReason;
}

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

/**
 * When counting starts for a dossier received at a moment: then if the office is open, else at the next opening;
 * received after the procedure's cutoff (`"15:00"`: later than 15:00), at the opening of the next working day.
 */
export function receiptStart(calendar: WorkingCalendar, received: Moment, cutoff?: string): ReceiptStart {
  const open = nextOpening(calendar, received);
  const cutoffMinute = cutoff === undefined ? undefined : parseClock(cutoff);
  if (cutoffMinute !== undefined && dayOf(open) === dayOf(received) && minuteOf(received) > cutoffMinute) {
    return { start: nextDayOpening(calendar, received), reason: 'cutoff' };
  }
  return open === received ? { start: open } : { start: open, reason: 'closed' };
}

/**
 * When a span of time that begins at `start` ends. Working hours and days run on the office clock (1 d is
 * `hoursPerDay` office hours, so 0.5 d received at 09:00 ends at 13:30 with the lunch break skipped). Calendar days
 * follow the Civil Code from the day of `event`, the moment the previous step handed over or the dossier counted
 * as received.
 */
function spanEnd(calendar: WorkingCalendar, start: Moment, event: Moment, duration: Duration): Moment {
  if (duration.value <= 0) return start;
  if (duration.unit === 'cd') return calendarDaysEnd(calendar, dayOf(event), duration.value);
  const hours = duration.unit === 'h' ? duration.value : duration.value * calendar.hoursPerDay;
  return addWorkingMinutes(calendar, start, Math.round(hours * 60));
}

/**
 * Prepares a procedure for placing on the calendar many times (a sweep of receipt dates parses its durations and
 * orders its flow once): the returned function places every step for a dossier received at a moment. A step
 * starts at the next opening after all its predecessors are due (parallel branches join on the slowest; every
 * decision branch is considered). Undefined when the flow has a cycle.
 */
export function scheduler(procedure: Procedure, flow: Flow, calendar: WorkingCalendar): ((received: Moment) => Schedule) | undefined {
  const order = topologicalOrder(flow);
  if (!order) return undefined;
  const limit = parseDuration(procedure.time_limit) ?? { value: 0, unit: 'h' };
  const durations = flow.steps.map((step) => parseDuration(step.duration) ?? { value: 0, unit: 'h' as const });
  const n = flow.steps.length;
  return (received) => {
    const { start, reason } = receiptStart(calendar, received, procedure.cutoff);
    const appointment = spanEnd(calendar, start, start, limit);
    const ready: (Moment | undefined)[] = new Array(n).fill(undefined);
    const via = new Int32Array(n).fill(-1);
    const steps: (StepTimes | undefined)[] = new Array(n).fill(undefined);
    ready[0] = start;
    for (const i of order) {
      const handover = ready[i];
      if (handover === undefined) continue;
      const stepStart = nextOpening(calendar, handover);
      const due = spanEnd(calendar, stepStart, handover, durations[i]!);
      steps[i] = { start: stepStart, due };
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
      if (times && times.due > steps[last]!.due) last = i;
    });
    const path = [last];
    while (via[path[0]!] !== -1) path.unshift(via[path[0]!]!);
    const schedule: Schedule = { received, start, steps, finish: steps[last]!.due, path, appointment };
    if (reason) schedule.startReason = reason;
    return schedule;
  };
}

/** Places every step of a schema-valid procedure on the calendar for a dossier received at a moment (see `scheduler`). */
export function scheduleProcedure(procedure: Procedure, flow: Flow, calendar: WorkingCalendar, received: Moment): Schedule | undefined {
  return scheduler(procedure, flow, calendar)?.(received);
}
