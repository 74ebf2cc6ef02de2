import type { Flow } from '../model/flow.js';
import type { Procedure } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import { calendarDaysEnd, workingMinutesBetween } from './clock.js';
import { dayOf, parseClock } from './moment.js';
import { receiptPlacer } from './shifted-placement.js';
import { emptySweep, receiptMinutes, type Sweep } from './sweep.js';
import { unsureYears, yearDays, type SweepWindow } from './window.js';

/**
 * Sweeps the receipts of a window against a limit in working days followed by `days` calendar days ("10 ngày làm
 * việc, tăng thêm 05 ngày" read as calendar days): the appointment is the close of the `days`-th day after the day
 * the working days end, or of the next working day (Civil Code Art. 147–148). `procedure.time_limit` is the working
 * days. Undefined when the flow has a cycle. The sweep of `sweepReceipts`, with that appointment.
 */
export function sweepCalendarExtension(
  procedure: Procedure,
  flow: Flow,
  calendar: WorkingCalendar,
  window: SweepWindow,
  days: number,
): Sweep | undefined {
  const place = receiptPlacer(procedure, flow, calendar);
  if (!place) return undefined;
  const { from, until } = window;
  // The first year is tried whole, whatever days off it reaches; `until` bounds only the receipts after it (sweep.ts).
  const wholeUntil = from + yearDays(from);
  const sweep = emptySweep(window);
  const cutoff = procedure.cutoff === undefined ? undefined : parseClock(procedure.cutoff);
  let first: number | undefined;
  let lastTried = from;
  for (let day = from; day < from + window.days; day++) {
    const placed = receiptMinutes(calendar, day, cutoff).map((minute) => {
      const placement = place(day, minute);
      // The calendar days come after the working days: a receipt in time for these is in time for the longer limit.
      if (!placement.late) return { end: placement.end };
      const schedule = placement.schedule();
      const appointment = calendarDaysEnd(calendar, dayOf(schedule.appointment), days);
      return { end: Math.max(appointment, schedule.finish), schedule, appointment };
    });
    const last = Math.max(day, ...placed.map(({ end }) => dayOf(end)));
    // Appointments only grow with the receipt: once one reaches past `until`, every later receipt does too.
    if (until !== undefined && last > until && day >= wholeUntil) break;
    if (placed.length === 0) continue;
    sweep.reached = Math.max(sweep.reached, last);
    first ??= day;
    lastTried = day;
    sweep.openDays++;
    let lateToday = false;
    for (const { schedule, appointment } of placed) {
      sweep.tried++;
      if (!schedule || schedule.finish <= appointment) continue;
      const over = workingMinutesBetween(calendar, appointment, schedule.finish);
      sweep.over++;
      lateToday = true;
      if (!sweep.worst || over > sweep.worstOver) {
        sweep.worst = { ...schedule, appointment };
        sweep.worstOver = over;
      }
    }
    if (lateToday) sweep.overDays++;
  }
  if (first !== undefined) Object.assign(sweep, { from: first, days: lastTried - first + 1 });
  if (until !== undefined && sweep.reached > until) sweep.basis = 'effective';
  const unsure = unsureYears(calendar, sweep.from, Math.max(sweep.from + sweep.days - 1, sweep.reached));
  if (unsure.rule.length > 0 || unsure.provisional.length > 0) sweep.unsure = unsure;
  return sweep;
}
