import type { TimeAnalysis, WorkingTime } from '../time/analyse.js';
import type { DateOverrun } from '../time/over-on-dates.js';

/**
 * How far the steps overran a limit on one side, as lint says it there: by working time where the limit and the
 * steps are in it (`time`), else by lint's sweep of receipts (`dates`); with that side's limit and working day, since
 * the two sides may have neither in common.
 */
export type SideOverrun = ({ time: WorkingTime } | { dates: DateOverrun }) & {
  /** The limit overrun on this side, in its short form (`1d`, `trong ngày`). */
  limit: string | null;
  hoursPerDay: number;
};

/** How far the steps overran a limit before a change (null: they met it) and after it. */
export interface Overrun {
  before: SideOverrun | null;
  after: SideOverrun;
}

/**
 * One side's overrun of its limit (or a channel's own, by kind); undefined where the steps meet it. `dates` is asked
 * only where the limit is not in working time: it costs a sweep of receipts.
 */
export function sideOverrun(
  time: TimeAnalysis,
  channel: string | undefined,
  dates: () => DateOverrun | undefined,
  limit: string | null,
): SideOverrun | undefined {
  const own = channel === undefined ? time : time.channels.find((item) => item.kind === channel);
  const side = { limit, hoursPerDay: time.hoursPerDay };
  if (own?.withinLimit !== undefined) {
    const slack = own.slack;
    return own.withinLimit || slack === undefined
      ? undefined
      : { time: { hours: -slack.hours, days: -slack.days }, ...side };
  }
  const found = dates();
  return found && found.late > 0 ? { dates: found, ...side } : undefined;
}

/** The share of working days tried with a late receipt: every one against a limit in working time. */
function lateShare(side: SideOverrun): number {
  if ('time' in side) return 1;
  return side.dates.openDays === 0 ? 0 : side.dates.overDays / side.dates.openDays;
}

/** The worst lateness in office minutes: the overrun itself against a limit in working time. */
function worstMinutes(side: SideOverrun): number {
  return 'time' in side ? Math.round(side.time.hours * 60) : side.dates.worst;
}

/**
 * How each figure of an overrun moved from one side to the other: the share of working days with a late receipt (the
 * sides may try different days, 23 of 334 against 24 of 335), and the worst lateness (in working days too where both
 * sides are in working time and their days differ: 2 h of a day of 8 h, 3 h of a day of 7 h); 1 worse, -1 better.
 */
export function overrunMoves(before: SideOverrun, after: SideOverrun): { days: number; worst: number } {
  const days = Math.sign(lateShare(after) - lateShare(before));
  const minutes = Math.sign(worstMinutes(after) - worstMinutes(before));
  if (!('time' in before) || !('time' in after)) return { days, worst: minutes };
  const inDays = Math.sign(after.time.days - before.time.days);
  // Either figure longer is later for someone: the hours on the revision's day, or the days the citizen waits.
  return { days, worst: minutes > 0 || inDays > 0 ? 1 : minutes < 0 || inDays < 0 ? -1 : 0 };
}

/** Whether steps over a limit after a change are over it worse than before (or were within it): lint's figures decide. */
export function overrunGrew({ before, after }: Overrun): boolean {
  if (before === null) return true;
  const moves = overrunMoves(before, after);
  return moves.days > 0 || moves.worst > 0;
}
