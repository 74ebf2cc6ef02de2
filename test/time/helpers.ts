import { parseDuration } from '../../src/model/duration.js';
import type { Procedure, Step } from '../../src/model/types.js';
import type { WorkingCalendar } from '../../src/time/calendar.js';
import { limitDue } from '../../src/time/due.js';
import { formatMoment, parseMoment, type Moment } from '../../src/time/moment.js';

/** A moment from `2026-02-13 09:00`; throws on a typo so a table row can never silently test nothing. */
export function at(text: string): Moment {
  const moment = parseMoment(text);
  if (moment === undefined) throw new Error(`Bad moment in test: ${text}`);
  return moment;
}

/** A moment as `2026-02-13 09:00`, for readable assertions. */
export function show(moment: Moment): string {
  return formatMoment(moment).replace('T', ' ');
}

/**
 * The due date of a limit written as officers write it (`2 ngày làm việc`), received at `2026-02-13 09:00`, shown the
 * same way; throws on a limit that is none, so a table row can never silently test nothing.
 */
export function dueOf(calendar: WorkingCalendar, received: string, limit: string, cutoff?: string): string {
  const duration = parseDuration(limit);
  if (duration === undefined) throw new Error(`Bad limit in test: ${limit}`);
  return show(limitDue(calendar, at(received), duration, cutoff));
}

/** A minimal schema-valid procedure: steps as [id, duration, next?] in list order, all at body MC. */
export function procedure(
  timeLimit: string,
  steps: [string, string, Step['next']?][],
  extra: Partial<Procedure> = {},
): Procedure {
  return {
    id: 'QT-TEST',
    title: 'Thủ tục thử',
    revision: 1,
    effective: '2026-01-01',
    time_limit: timeLimit,
    bodies: { MC: { name: 'Bộ phận Một cửa', single_window: true } },
    steps: steps.map(([id, duration, next]) => ({
      id,
      name: id,
      body: 'MC',
      duration,
      ...(next === undefined ? {} : { next }),
    })),
    ...extra,
  };
}
