/**
 * Days off a calendar lists on a day of the week its office is closed anyway (a Sunday; a Saturday when the calendar
 * has no Saturday hours). Such a day changes nothing, so it is most likely a slip for the day after: said, not refused.
 */
import type { Translated } from '../i18n.js';
import { isMap } from '../model/data-object.js';
import type { NodePath } from '../model/types.js';
import type { Interval } from '../time/calendar.js';
import { parseDay, weekday, type Day } from '../time/moment.js';
import { formatDmy, weekdayName } from '../time/units.js';

/** A day off on a closed weekday, where it stands in the section, and the question to ask of it. */
export interface ClosedDayOff {
  path: NodePath;
  message: Translated;
}

/** The first day after `day` on which the week has office hours. */
function nextOpen(day: Day, week: readonly (readonly Interval[])[]): Day {
  let next = day + 1;
  for (let i = 0; i < 7 && week[weekday(next)]!.length === 0; i++) next++;
  return next;
}

/**
 * The one-day entries of `holidays` (read by readCalendarDates: `YYYY-MM-DD`, or `{ date }` without `to`) that fall on
 * a weekday without office hours in `week`; a break (`to`) spans weekends on purpose and is left alone.
 */
export function closedDaysOff(section: unknown, week: readonly (readonly Interval[])[]): ClosedDayOff[] {
  if (!isMap(section) || !Array.isArray(section.holidays)) return [];
  if (week.every((hours) => hours.length === 0)) return [];
  return section.holidays.flatMap((entry: unknown, i): ClosedDayOff[] => {
    const single = typeof entry === 'string' ? entry : isMap(entry) && entry.to === undefined ? entry.date : undefined;
    const day = typeof single === 'string' ? parseDay(single) : undefined;
    if (day === undefined || week[weekday(day)]!.length > 0) return [];
    const [date, next] = [formatDmy(day), formatDmy(nextOpen(day, week))];
    return [
      {
        path: typeof entry === 'string' ? ['holidays', i] : ['holidays', i, 'date'],
        message: {
          en: `${date} is a ${weekdayName(day, 'en', 'long')}, a day off already; did you mean ${next}?`,
          vi: `${date} là ${weekdayName(day, 'vi', 'long')}, vốn là ngày nghỉ; có phải ${next}?`,
        },
      },
    ];
  });
}
