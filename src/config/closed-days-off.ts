/**
 * Days off a calendar lists on a day of the week its office is closed anyway (a Sunday; a Saturday when the calendar
 * has no Saturday hours). Such a day changes nothing, so it is most likely a slip for the day after: said, not refused.
 * A day off on a notice's make-up Saturday does change something (the section wins, so the office does not make up
 * that day): said too, with what the day was.
 */
import type { Translated } from '../i18n.js';
import { isMap } from '../model/data-object.js';
import type { NodePath } from '../model/types.js';
import type { Interval } from '../time/calendar.js';
import { ANNOUNCED_YEARS } from '../time/data/vietnam-announced.js';
import { aboutText } from '../time/day-names.js';
import { dayParts, parseDay, weekday, type Day } from '../time/moment.js';
import { vietnamYear } from '../time/vietnam.js';
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

/** The built-in make-up working day on `day` (a notice's Saturday), if there is one: only announced years have them. */
function builtInMakeUp(day: Day) {
  const { year } = dayParts(day);
  if (ANNOUNCED_YEARS[year] === undefined) return undefined;
  return vietnamYear(year).days.find((special) => special.day === day && special.kind === 'work');
}

/** What to say of a day off on a notice's make-up Saturday: the section wins, so the make-up day is gone. */
function makeUpMessage(date: string, about: Parameters<typeof aboutText>[0], source: string): Translated {
  // The source names its notice before a colon and what the notice says after it: the notice is enough here.
  const notice = source.split(': ')[0]!;
  return {
    en: `${date}: ${aboutText(about, 'en')} (${notice}); listed under holidays, the office is closed that day, as your calendar wins over the built-in days; if the office works that day as announced, remove this line`,
    vi: `${date}: ${aboutText(about, 'vi')} (${notice}); ghi ở holidays thì cơ quan nghỉ ngày đó, vì lịch của bạn được dùng thay cho lịch có sẵn; nếu cơ quan vẫn làm bù ngày đó như thông báo, hãy xóa dòng này`,
  };
}

/**
 * The one-day entries of `holidays` (read by readCalendarDates: `YYYY-MM-DD`, or `{ date }` without `to`) that fall on
 * a weekday without office hours in `week`; a break (`to`) spans weekends on purpose and is left alone.
 */
export function closedDaysOff(section: unknown, week: readonly (readonly Interval[])[]): ClosedDayOff[] {
  if (!isMap(section) || !Array.isArray(section.holidays)) return [];
  if (week.every((hours) => hours.length === 0)) return [];
  const builtin = section.public_holidays !== 'none';
  return section.holidays.flatMap((entry: unknown, i): ClosedDayOff[] => {
    const first = typeof entry === 'string' ? entry : isMap(entry) ? entry.date : undefined;
    const day = typeof first === 'string' ? parseDay(first) : undefined;
    if (day === undefined) return [];
    const path = typeof entry === 'string' ? ['holidays', i] : ['holidays', i, 'date'];
    const to = isMap(entry) && typeof entry.to === 'string' ? parseDay(entry.to) : undefined;
    // A notice's make-up Saturday is no day off already, whatever the week says: an entry (or a break) that covers it
    // undoes it, which may be meant but is never obvious, so it is said.
    for (let d = day; builtin && d <= (to ?? day) && d - day < 400; d++) {
      const makeUp = builtInMakeUp(d);
      if (makeUp !== undefined) return [{ path, message: makeUpMessage(formatDmy(d), makeUp.about, makeUp.source) }];
    }
    if (isMap(entry) && entry.to !== undefined) return [];
    if (week[weekday(day)]!.length > 0) return [];
    const [date, next] = [formatDmy(day), formatDmy(nextOpen(day, week))];
    return [
      {
        path,
        message: {
          en: `${date} is a ${weekdayName(day, 'en', 'long')}, a day off already; did you mean ${next}?`,
          vi: `${date} là ${weekdayName(day, 'vi', 'long')}, vốn là ngày nghỉ; có phải ${next}?`,
        },
      },
    ];
  });
}
