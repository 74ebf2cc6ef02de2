import type { Duration } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import { limitDue } from './due.js';
import { momentAt, parseClock } from './moment.js';
import { receiptMinutes } from './sweep.js';
import { sweepWindow } from './window.js';

/** A limit with the cutoff of its procedure, which moves a same-day limit's late receipts to the next day. */
export interface TimedLimit {
  limit: Duration;
  cutoff?: string | undefined;
}

/**
 * Whether `after` gives every dossier more time than `before` (1), less (-1) or the same (0), judged on the due date
 * of each receipt a sweep tries over the announced years (see sweepWindow); undefined when it is longer for some
 * receipts and shorter for others (1 month against 30 calendar days, 3 calendar days against 3 working days), which
 * only a reviewer can weigh. For limits in different units, which no count compares (15 calendar days against 15
 * working days: the second is longer on every date).
 */
export function limitOrder(calendar: WorkingCalendar, before: TimedLimit, after: TimedLimit): number | undefined {
  const tried = new Set<number>();
  for (const signs of daySigns(calendar, before, after)) {
    for (const sign of signs) tried.add(sign);
    if (tried.has(1) && tried.has(-1)) return undefined;
  }
  return tried.has(1) ? 1 : tried.has(-1) ? -1 : 0;
}

/**
 * For each working day of the sweep, the signs of `after`'s due date less `before`'s for the receipts tried on it
 * (those of either limit's cutoff).
 */
function* daySigns(calendar: WorkingCalendar, before: TimedLimit, after: TimedLimit): Generator<Set<number>> {
  const { from, days } = sweepWindow(calendar, undefined);
  const cutoffs = [before.cutoff, after.cutoff].map((text) => (text === undefined ? undefined : parseClock(text)));
  for (let day = from; day < from + days; day++) {
    const minutes = new Set([
      ...receiptMinutes(calendar, day, cutoffs[0]),
      ...receiptMinutes(calendar, day, cutoffs[1]),
    ]);
    if (minutes.size === 0) continue;
    const signs = new Set<number>();
    for (const minute of minutes) {
      const received = momentAt(day, minute);
      signs.add(
        Math.sign(
          limitDue(calendar, received, after.limit, after.cutoff) -
            limitDue(calendar, received, before.limit, before.cutoff),
        ),
      );
    }
    yield signs;
  }
}

/** On how many of the working days a sweep tries the later of two limits gives some receipt more or less time. */
export interface LimitShares {
  /** Days with a receipt that `after` gives more time than `before`. */
  longer: number;
  /** Days with a receipt that `after` gives less time. */
  shorter: number;
  /** Working days tried. */
  days: number;
}

/**
 * For two limits that limitOrder cannot order, which is longer how often: the working days of the sweep on which some
 * receipt gets more time under `after`, and those on which some gets less (a day may be both: the same day against 4
 * working hours is longer for a morning's receipt and shorter for the afternoon's). "Longer for some days, shorter for
 * others" left the reviewer unable to tell 10 working days → 15 days (longer but across Tết) from the reverse.
 */
export function limitShares(calendar: WorkingCalendar, before: TimedLimit, after: TimedLimit): LimitShares {
  const shares = { longer: 0, shorter: 0, days: 0 };
  for (const signs of daySigns(calendar, before, after)) {
    shares.days++;
    if (signs.has(1)) shares.longer++;
    if (signs.has(-1)) shares.shorter++;
  }
  return shares;
}
