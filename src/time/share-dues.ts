import type { Procedure } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import { addWorkingMinutes, workingMinutesBetween } from './clock.js';
import { limitEnd } from './due.js';
import type { Moment } from './moment.js';
import type { Schedule } from './schedule.js';
import { shareLimits, timedShares, type SharesTimed } from './share-time.js';
import type { Flow } from '../model/flow.js';

/** One agency's share of a liên thông limit on the calendar: when it ends, and when that agency's steps end. */
export interface ShareDue {
  agency: string;
  /** The share as written ("05 ngày làm việc"). */
  time: string;
  /** The end of the share, counted from the end of the share before it (the first: from the start of counting). */
  due: Moment;
  /** When the latest of the agency's steps ends in the worst case; undefined when its shares name no body. */
  finish?: Moment;
  /** Ids of the agency's steps, in order. */
  steps?: string[];
  /** Office minutes from the steps' finish to the share's end; negative when they end after it. */
  margin?: number;
}

/**
 * The shares of a liên thông limit dated in order (ShareDue), and why the steps are not judged against them when they
 * cannot be (`unjudged`: a share names no body, two name one, or a step is not in working time); undefined when the
 * limit gives no shares in working time.
 */
export function shareDues(
  procedure: Procedure,
  flow: Flow,
  calendar: WorkingCalendar,
  schedule: Schedule,
  text: string = procedure.time_limit,
  start: Moment = schedule.start,
): { shares: ShareDue[]; unjudged?: Exclude<SharesTimed, { kind: 'timed' }> } | undefined {
  const limits = shareLimits(text, calendar.hoursPerDay);
  if (limits === undefined) return undefined;
  let from = start;
  let received = schedule.received;
  const shares: ShareDue[] = limits.map(({ agency, time, duration, hours }) => {
    // Calendar days run from the day after the share before it ends, as from a receipt (Civil Code 2015, Art. 147):
    // the end of the previous share is when this agency receives the dossier.
    from =
      hours === undefined
        ? limitEnd(calendar, received, from, duration)
        : addWorkingMinutes(calendar, from, Math.round(hours * 60));
    received = from;
    return { agency, time, due: from };
  });
  const timed = timedShares(procedure, flow, text, calendar.hoursPerDay);
  if (timed === undefined || timed.kind !== 'timed')
    return timed === undefined ? { shares } : { shares, unjudged: timed };
  timed.shares.forEach(({ owned: own }, k) => {
    const share = shares[k]!;
    const ends = own.flatMap((i) => (schedule.steps[i] === undefined ? [] : [schedule.steps[i]!.due]));
    share.steps = own.map((i) => procedure.steps[i]!.id);
    if (ends.length === 0) return;
    const finish = Math.max(...ends) as Moment;
    share.finish = finish;
    share.margin =
      finish <= share.due
        ? workingMinutesBetween(calendar, finish, share.due)
        : -workingMinutesBetween(calendar, share.due, finish);
  });
  return { shares };
}
