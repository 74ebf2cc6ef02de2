import { readDuration } from '../model/duration.js';
import { explicitDays } from '../model/explicit-days.js';
import type { Flow } from '../model/flow.js';
import type { Procedure } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import type { Moment } from './moment.js';
import { parseDay } from './moment.js';
import { sweepReceipts } from './sweep.js';
import { sweepWindow } from './window.js';
import { timedShares } from './share-time.js';

/**
 * Whether an agency's steps (`owned`, by index) overrun its share in calendar days ("UBND xã: 07 ngày") for some date
 * it may get the dossier: the worst such date, its steps' finish and the share's end, and by how many office minutes;
 * undefined when they never do, or the dates cannot be tried. How many working hours 7 calendar days hold depends on
 * the date (Tết, 30/4), so the share is swept as within-time-limit sweeps a calendar limit, the agency's steps alone
 * counted and its receipt the moment it gets the dossier. A bare share is read as calendar days, procmap's one reading.
 */
export function overCalendarShare(
  procedure: Procedure,
  flow: Flow,
  calendar: WorkingCalendar,
  owned: readonly number[],
  share: string,
): { received: Moment; finish: Moment; appointment: Moment; over: number } | undefined {
  const read = readDuration(share);
  const alone: Procedure = {
    ...procedure,
    // A bare share made calendar days; one that says so already ("07 ngày lịch") as written, not "07 ngày lịch lịch".
    time_limit: read.ok && !read.bare ? share : explicitDays(share, 'calendar'),
    // The other agencies' steps take none of this share; a way of filing's own limit is not this share's.
    steps: procedure.steps.map((step, i) => (owned.includes(i) ? step : { ...step, duration: '0h' })),
  };
  delete alone.channels;
  try {
    // The schedule reads the steps' times from the flow, not the procedure: the flow must carry the others' 0h too.
    const own = { ...flow, steps: alone.steps };
    const sweep = sweepReceipts(alone, own, calendar, sweepWindow(calendar, parseDay(procedure.effective)));
    const worst = sweep?.worst;
    if (worst === undefined) return undefined;
    return { received: worst.received, finish: worst.finish, appointment: worst.appointment, over: sweep!.worstOver };
  } catch (error) {
    // Dates beyond the lunar table: within-time-limit says so for the file; this share stays unchecked.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** How a calendar-day share fares over the receipts swept: its worst overrun (overCalendarShare), or null when none. */
export type CalendarShareLate = NonNullable<ReturnType<typeof overCalendarShare>> | null;

/**
 * Each share of a liên thông limit (`text`: the procedure's, or a channel's own on its paths `flow`), in the shares'
 * order, swept as steps-within-share sweeps it: for a share in calendar days its worst overrun or null, for a share
 * in working time undefined (added up, not dated); undefined when the limit's shares are not timed against their
 * steps. For section 5.4, which has no receipt date.
 */
export function calendarShareSweeps(
  procedure: Procedure,
  flow: Flow,
  calendar: WorkingCalendar,
  text: string = procedure.time_limit,
): (CalendarShareLate | undefined)[] | undefined {
  const timed = timedShares(procedure, flow, text, calendar.hoursPerDay);
  if (timed?.kind !== 'timed') return undefined;
  return timed.shares.map(({ limitHours, owned, time }) =>
    limitHours !== undefined ? undefined : (overCalendarShare(procedure, flow, calendar, owned, time) ?? null),
  );
}
