import type { WorkingCalendar } from './calendar.js';
import { nextOpening } from './clock.js';
import { dayOf, type Moment } from './moment.js';

/**
 * The minute a dossier received with seconds past a minute counts from, given that minute rounded up (as every reader
 * rounds it, so that 15:00:30 is after a 15:00 cutoff). When the office closes or breaks for lunch at the rounded
 * minute but was open in the minute before, the dossier came in while it was open (16:59:30): it counts from that
 * minute, in its working day, not from the next opening a day or a holiday later. Nor do seconds carry a receipt past
 * midnight (23:59:30): the day of receipt is the event a limit in calendar days or months counts from the day after
 * (Civil Code Art. 147), so the next day would move the due date by a day.
 */
export function receiptMinute(calendar: WorkingCalendar, roundedUp: Moment): Moment {
  const came = roundedUp - 1;
  if (dayOf(came) !== dayOf(roundedUp)) return came;
  const open = (moment: Moment) => nextOpening(calendar, moment) === moment;
  return open(came) && !open(roundedUp) ? came : roundedUp;
}
