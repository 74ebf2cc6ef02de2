import type { Flow } from '../model/flow.js';
import { readDuration } from '../model/duration.js';
import { explicitDays } from '../model/explicit-days.js';
import type { Procedure } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import type { Moment } from './moment.js';
import { scheduleProcedure } from './schedule.js';

/** A bare "15 ngày" as counted (calendar days), the other reading's appointment, and the two forms to write. */
export interface BareDays {
  limit: string;
  working: string;
  calendar: string;
  /** The appointment the same receipt would get were the limit working days. */
  workingAppointment: Moment;
}

/**
 * With a receipt, what a bare "N ngày" limit would give read as working days: procmap counts calendar days, the law's
 * meaning, but officers often mean working days, so `time` shows both rather than guess silently (ambiguous-days).
 */
export function bareDays(
  procedure: Procedure,
  flow: Flow,
  calendar: WorkingCalendar,
  received: Moment,
): BareDays | undefined {
  const reading = readDuration(procedure.time_limit);
  if (!reading.ok || !reading.bare) return undefined;
  const working = explicitDays(procedure.time_limit, 'working');
  const schedule = scheduleProcedure({ ...procedure, time_limit: working }, flow, calendar, received);
  if (!schedule) return undefined;
  return {
    limit: procedure.time_limit,
    working,
    calendar: explicitDays(procedure.time_limit, 'calendar'),
    workingAppointment: schedule.appointment,
  };
}
