import type { Flow } from '../model/flow.js';
import type { Procedure } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import { dayOf, momentAt, weekday, type Day, type Moment } from './moment.js';
import { scheduleProcedure } from './schedule.js';

/** A worked example for citizens: a dossier handed in at a moment, and the appointment the calendar gives it. */
export interface ExampleAppointment {
  received: Moment;
  appointment: Moment;
  /** No holiday or make-up day lies between the two: the example shows an ordinary week. */
  ordinary: boolean;
}

const FRIDAY = 5;
const NINE_AM = 9 * 60;
// An example a month away is no longer "next Friday": past that, the first open Friday is shown, holidays and all.
const WEEKS_TO_TRY = 5;

function hasSpecialDay(calendar: WorkingCalendar, from: Day, to: Day): boolean {
  for (let day = from; day <= to; day++) if (calendar.day(day).name !== undefined) return true;
  return false;
}

/** The first Friday on or after `today`: the example depends on the day only through it (and the calendar). */
export function exampleFrom(today: Day): Day {
  return today + ((FRIDAY - weekday(today) + 7) % 7);
}

/**
 * The appointment for a dossier handed in on a Friday at 09:00 (the case citizens ask about: the weekend falls
 * inside the period), on the first of the next five Fridays from `today` whose period meets no holiday or make-up
 * day; else on the first open one of them. Undefined when the flow cannot be placed on the calendar (a loop) or
 * none of those Fridays is open.
 */
export function exampleAppointment(
  procedure: Procedure,
  flow: Flow,
  calendar: WorkingCalendar,
  today: Day,
): ExampleAppointment | undefined {
  const firstFriday = exampleFrom(today);
  let fallback: ExampleAppointment | undefined;
  for (let week = 0; week < WEEKS_TO_TRY; week++) {
    const friday = firstFriday + 7 * week;
    if (!calendar.day(friday).working || calendar.day(friday).hours.length === 0) continue;
    const received = momentAt(friday, NINE_AM);
    const schedule = scheduleProcedure(procedure, flow, calendar, received);
    if (!schedule) return undefined;
    const ordinary = !hasSpecialDay(calendar, friday, dayOf(schedule.appointment));
    const example = { received, appointment: schedule.appointment, ordinary };
    if (ordinary) return example;
    fallback ??= example;
  }
  return fallback;
}
