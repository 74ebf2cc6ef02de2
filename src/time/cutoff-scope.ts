/** Which limits a procedure's cutoff moves, and so where the site and the document say it: one decision for both. */
import type { Duration, DurationUnit } from '../model/types.js';

/**
 * Whether a procedure's cutoff moves a limit in this unit: working time and same day do, calendar days and months
 * do not (they count from the day of receipt whatever the hour, docs/calendar.md), nor does a next-day limit
 * (`nextDay`), which names the working day after the day of receipt itself.
 */
export function cutoffAppliesTo(unit: DurationUnit | undefined, nextDay?: Duration['nextDay']): boolean {
  return unit === 'd' || unit === 'h' || (unit === 'sameday' && nextDay === undefined);
}

/**
 * The cutoff that moves where counting starts under a limit: a procedure's or channel's cutoff, none under a next-day
 * limit, which runs from the receipt to the close of the working day after it whatever the hour (limitEnd). Passed on
 * to receiptStart, it started a dossier received after it on the next day, and a pause on the day of receipt was
 * dropped from the due moment's extension.
 */
export function countingCutoff(limit: Pick<Duration, 'nextDay'>, cutoff: string | undefined): string | undefined {
  return limit.nextDay === undefined ? cutoff : undefined;
}

/**
 * The cutoff that moves where the time a dossier waited starts (used, paused, each step's), as on-time measurement
 * counts it: countingCutoff's where the cutoff moves the limit; none under calendar days or months, whose due date
 * counts from the day of receipt whatever the hour. Counted from the next working day there, the afternoon of receipt
 * was left out of the time used and paused, though the law's count had started with that day. (`time` still plans the
 * office's steps from the next working day, docs/calendar.md.)
 */
export function waitingCutoff(
  limit: Pick<Duration, 'unit' | 'nextDay'>,
  cutoff: string | undefined,
): string | undefined {
  return cutoffAppliesTo(limit.unit, limit.nextDay) ? cutoff : undefined;
}

/** Where a cutoff is said: under the procedure's limit, and beside which channels' own limits (in their order). */
export interface CutoffPlaces {
  limit: boolean;
  channels: boolean[];
}

/**
 * Where a procedure's cutoff is said: once under the procedure's limit when it moves that limit; else beside each
 * channel's own limit that it moves (a same-day limit for filing online beside a limit in calendar days); nowhere
 * when it moves none, since "later dossiers count from the next working day" would then be untrue. `limit` and
 * `channels` are the units of the procedure's limit and of each channel's own limit, undefined where there is none
 * or it cannot be read.
 */
export function cutoffPlaces(
  cutoff: string | undefined,
  limit: LimitKind | undefined,
  channels: readonly (LimitKind | undefined)[],
): CutoffPlaces {
  const underLimit = cutoff !== undefined && moves(limit);
  return {
    limit: underLimit,
    channels: channels.map((kind) => cutoff !== undefined && !underLimit && moves(kind)),
  };
}

/** A limit's unit, or the limit itself, which also says whether a same-day limit is the next-day one. */
export type LimitKind = DurationUnit | Pick<Duration, 'unit' | 'nextDay'>;

function moves(kind: LimitKind | undefined): boolean {
  return typeof kind === 'object' ? cutoffAppliesTo(kind.unit, kind.nextDay) : cutoffAppliesTo(kind);
}
