import { buildFlow } from '../model/flow.js';
import { isWorkingTime, parseDuration, toWorkingHours } from '../model/duration.js';
import { limitsToMeet } from '../model/channels.js';
import type { ChannelKind } from '../model/types.js';
import type { CatalogEntry } from '../lint/linter.js';
import { criticalPath } from '../time/critical-path.js';
import type { WorkingCalendar } from '../time/calendar.js';
import { parseDay } from '../time/moment.js';
import { sweepReceipts } from '../time/sweep.js';
import { sweepWindow } from '../time/window.js';

/** How far a procedure runs over one of its limits at worst, and which limit that is. */
export interface Overrun {
  /** Office hours past the limit: the critical path's excess, or the worst receipt's lateness past its appointment. */
  hours: number;
  /** The limit as written: the procedure's `time_limit` or the channel's. */
  limit: string;
  /** The channel whose own limit it is; undefined for the procedure's. */
  channel?: ChannelKind;
}

/**
 * The largest overrun of any of a procedure's limits, measured as lint's within-time-limit measures it (the critical
 * path against a limit in working time, every receipt of the sweep window against a same-day, calendar-day or month
 * limit), so that stats can rank and name what lint found over; undefined when no limit is overrun.
 */
export function worstOverrun(entry: CatalogEntry, calendar: WorkingCalendar): Overrun | undefined {
  const { procedure } = entry;
  const durations = procedure.steps.map((step) => parseDuration(step.duration));
  if (durations.some((d) => d === undefined)) return undefined;
  const flow = buildFlow(procedure.steps);
  let worst: Overrun | undefined;
  for (const { text, channel } of limitsToMeet(procedure)) {
    const limit = parseDuration(text);
    if (!limit) continue;
    let hours: number | undefined;
    if (isWorkingTime(limit) && durations.every((d) => isWorkingTime(d!))) {
      const result = criticalPath(flow, (i) => toWorkingHours(durations[i]!, calendar.hoursPerDay)!);
      if (result) hours = result.total - toWorkingHours(limit, calendar.hoursPerDay)!;
    } else {
      try {
        const window = sweepWindow(calendar, parseDay(procedure.effective));
        const sweep = sweepReceipts(channel ? { ...procedure, time_limit: text } : procedure, flow, calendar, window);
        if (sweep?.worst) hours = sweep.worstOver / 60;
      } catch (error) {
        // Dates beyond the lunar table: lint says so on its own; this limit is not measured.
        if (!(error instanceof RangeError)) throw error;
      }
    }
    if (hours === undefined || hours <= 1e-9 || (worst && worst.hours >= hours)) continue;
    worst = { hours, limit: text };
    if (channel) worst.channel = channel.kind;
  }
  return worst;
}
