import type { Procedure } from '../model/types.js';
import type { WorkingCalendar } from './calendar.js';
import { workingMinutesBetween } from './clock.js';
import type { Moment } from './moment.js';
import type { Schedule } from './schedule.js';
import { timedShares, type SharesTimed } from './share-time.js';
import type { Flow } from '../model/flow.js';
import { sharesInOrder } from './shares-in-order.js';

/** One agency's share of a liên thông limit on the calendar: when it ends, and when that agency's steps end. */
export interface ShareDue {
  agency: string;
  /** The share as written ("05 ngày làm việc"). */
  time: string;
  /** The end of the share, counted from the end of the share before it (the first: from the start of counting). */
  due: Moment;
  /**
   * The end counted one after another when it falls after the whole limit's appointment (calendar days carried past
   * days off): `due` is then the appointment, as the total binds.
   */
  counted?: Moment;
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
  appointment: Moment = schedule.appointment,
): { shares: ShareDue[]; unjudged?: Exclude<SharesTimed, { kind: 'timed' }> } | undefined {
  const dated = sharesInOrder(text, calendar, schedule.received, start);
  if (dated === undefined) return undefined;
  // The total is the citizen's appointment and binds: a share counted past it ends at it (sharesPastTotal).
  // A share dated as it fell (sharesInOrder) that ends at the appointment while the other reading runs past it gives
  // that end beside it, as the share counted past the appointment does.
  const shares: ShareDue[] = dated.map(({ agency, time, end, inOrder }) =>
    end > appointment
      ? { agency, time, due: appointment, counted: end }
      : end === appointment && inOrder > appointment
        ? { agency, time, due: appointment, counted: inOrder }
        : { agency, time, due: end },
  );
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
