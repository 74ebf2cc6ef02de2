import { isWorkingTime, readDuration, toWorkingHours } from '../model/duration.js';
import type { Flow } from '../model/flow.js';
import { breakdownParts } from '../model/limit-breakdown.js';
import { shareBodies, type ShareMatch } from '../model/share-bodies.js';
import { shareSteps } from '../model/share-steps.js';
import { stepDuration } from '../model/step-days.js';
import { stepsCountedByParts } from '../model/substeps.js';
import { isTotalRow } from '../model/total-rows.js';
import { countedAgainstLimit } from '../model/uncounted.js';
import type { Duration, Procedure } from '../model/types.js';
import { criticalPath } from './critical-path.js';

/** One agency's share of a liên thông limit beside its steps: both in working hours, and the steps that take them. */
export interface ShareTime {
  agency: string;
  /** The share as written ("05 ngày làm việc"). */
  time: string;
  /** The keys of the bodies it names. */
  keys: string[];
  /** The share in working hours; undefined for a share in calendar days (dated by `time`, not added up). */
  limitHours?: number;
  /** The longest path's time through the share's bodies' steps, other steps counted as nothing. */
  hours: number;
  /** Ids of the share's steps on that path, in order. */
  steps: string[];
  /** Every step the share takes, by index (shareSteps): those whose ends `time` dates against the share's. */
  owned: number[];
}

/** The shares of a limit timed against their steps, or why they cannot be: see ShareMatch; `units`: not working time. */
export type SharesTimed =
  { kind: 'timed'; shares: ShareTime[] } | Exclude<ShareMatch, { kind: 'matched' }> | { kind: 'units' };

/** One share of a liên thông limit: its agency, its time as written and as read; `hours` when in working time. */
export interface ShareLimit {
  agency: string;
  time: string;
  duration: Duration;
  /** The share in working hours; undefined for calendar days, which hold more or fewer depending on the date. */
  hours?: number;
}

/**
 * The shares of a liên thông limit ("15 ngày làm việc (UBND xã: 05 ngày làm việc; Sở Tư pháp: 10 …)"), in the law's
 * order, in working time or calendar days ("UBND xã: 05 ngày"); undefined when it gives none, or a share is in
 * months or the same day, which no share is dated in. A bare share ("05 ngày") is read in its total's days: working
 * days under working days, as shares-over-total reads it; calendar days otherwise, procmap's one reading of bare days
 * (bare-limit.ts), which ambiguous-days asks the officer to settle.
 */
export function shareLimits(text: string, hoursPerDay: number): ShareLimit[] | undefined {
  const reading = readDuration(text);
  if (!reading.ok || reading.duration.note === undefined) return undefined;
  const parts = breakdownParts(reading.duration.note);
  if (parts.length === 0) return undefined;
  const limits: ShareLimit[] = [];
  for (const { agency, time } of parts) {
    const read = readDuration(time);
    if (!read.ok) return undefined;
    const bareDay = read.bare && read.duration.unit === 'cd' && reading.duration.unit === 'd';
    const share = bareDay ? { ...read.duration, unit: 'd' as const } : read.duration;
    if (isWorkingTime(share))
      limits.push({ agency, time, duration: share, hours: toWorkingHours(share, hoursPerDay)! });
    else if (share.unit === 'cd') limits.push({ agency, time, duration: share });
    else return undefined;
  }
  return limits;
}

/**
 * The shares of a liên thông limit (`text`) each with the critical-path time of the steps of the bodies it names,
 * counted as within-time-limit counts steps (total rows, sub-steps' headings and `counted: false` steps are nothing).
 * Undefined when the limit gives no shares; `units` when a share or a step is not in working time.
 */
export function timedShares(
  procedure: Procedure,
  flow: Flow,
  text: string,
  hoursPerDay: number,
): SharesTimed | undefined {
  const reading = readDuration(text);
  if (!reading.ok || reading.duration.note === undefined) return undefined;
  const parts = breakdownParts(reading.duration.note);
  if (parts.length === 0) return undefined;
  const match = shareBodies(parts, procedure.bodies);
  if (match.kind !== 'matched') return match;
  const limits = shareLimits(text, hoursPerDay);
  if (limits === undefined) return { kind: 'units' };
  const byParts = stepsCountedByParts(procedure.steps, procedure.time_limit, hoursPerDay);
  const hours = procedure.steps.map((step, i) => {
    if (isTotalRow(step) || byParts.has(i)) return 0;
    const duration = countedAgainstLimit(step, stepDuration(step.duration, text));
    return duration === undefined || !isWorkingTime(duration) ? undefined : toWorkingHours(duration, hoursPerDay);
  });
  if (hours.some((h) => h === undefined)) return { kind: 'units' };
  const owners = shareSteps(procedure, flow, match.shares, (i) => isTotalRow(procedure.steps[i]!) || byParts.has(i));
  const shares: ShareTime[] = [];
  match.shares.forEach(({ agency, time, keys }, k) => {
    const owned = owners[k]!;
    const own = (i: number) => owned.includes(i);
    const path = criticalPath(flow, (i) => (own(i) ? hours[i]! : 0));
    if (path === undefined) return;
    const steps = path.path.filter(own).map((i) => procedure.steps[i]!.id);
    const limitHours = limits[k]!.hours;
    shares.push({
      agency,
      time,
      keys,
      ...(limitHours === undefined ? {} : { limitHours }),
      hours: path.total,
      steps,
      owned,
    });
  });
  return shares.length === match.shares.length ? { kind: 'timed', shares } : { kind: 'units' };
}
