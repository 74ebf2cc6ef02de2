/**
 * Entries of a calendar's `holidays` or `workdays` whose every day an earlier entry of the same list already gives: the
 * same date typed twice is most likely a slip for another day (a break's last day, the day after), which is then
 * counted the other way. Said, not refused: the repeat itself changes nothing.
 */
import type { Translated } from '../i18n.js';
import type { NodePath } from '../model/types.js';
import { holidayEntryDays, type CalendarConfig, type WorkdayEntry } from '../time/calendar.js';
import { formatDmy } from '../time/units.js';

/** An entry that repeats earlier ones: its list, where it stands, the days it gives, and the first entry it repeats. */
export interface RepeatedDayOff {
  list: 'holidays' | 'workdays';
  path: NodePath;
  earlier: NodePath;
  days: string;
}

/** What to say of a repeated entry, given the line of the entry it repeats. */
export function repeatedMessage({ list, days }: RepeatedDayOff, line: number): Translated {
  return {
    en: `${days} is already listed under ${list}, on line ${line}; if this line was meant for another day, correct its date, else remove it`,
    vi: `${days} đã có trong ${list}, ở dòng ${line}; nếu dòng này định ghi một ngày khác, hãy sửa lại ngày, nếu không hãy xóa dòng này`,
  };
}

/** The entries of one list that add no day to the entries before them, each with the first one it repeats. */
function repeatedIn(list: 'holidays' | 'workdays', entries: readonly WorkdayEntry[]): RepeatedDayOff[] {
  const path = (i: number): NodePath => (typeof entries[i] === 'string' ? [list, i] : [list, i, 'date']);
  const firstAt = new Map<number, number>();
  const repeated: RepeatedDayOff[] = [];
  entries.forEach((entry, i) => {
    // Only the dates matter here: a workday's own hours are checked when the calendar is built.
    const days = holidayEntryDays(
      typeof entry === 'string' ? entry : { date: entry.date, ...(entry.to ? { to: entry.to } : {}) },
    );
    if (days.length > 0 && days.every((day) => firstAt.has(day))) {
      repeated.push({
        list,
        path: path(i),
        earlier: path(firstAt.get(days[0]!)!),
        days: days.length === 1 ? formatDmy(days[0]!) : `${formatDmy(days[0]!)} – ${formatDmy(days.at(-1)!)}`,
      });
    }
    for (const day of days) if (!firstAt.has(day)) firstAt.set(day, i);
  });
  return repeated;
}

/** The `holidays` and `workdays` entries of a section that repeat earlier ones of their list. */
export function repeatedDaysOff(section: CalendarConfig | undefined): RepeatedDayOff[] {
  return [...repeatedIn('holidays', section?.holidays ?? []), ...repeatedIn('workdays', section?.workdays ?? [])];
}
