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
 * The cutoff that moves where counting starts under a limit, for the due date, the steps `time` plans and the time a
 * dossier waited (used, paused, each step's) alike: a procedure's or channel's cutoff where it moves the limit
 * (cutoffAppliesTo); none under a next-day limit, which runs from the receipt to the close of the working day after it
 * whatever the hour (limitEnd), nor under calendar days or months, which count from the day of receipt whatever the
 * hour (Civil Code 2015, Art. 147–148; docs/calendar.md). `time` once planned the steps of such a limit from the next
 * working day while `ontime` counted the time used from the receipt: one answer now, the receipt, the law's event.
 */
export function countingCutoff(
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
