/**
 * Entries of a calendar's `holidays` whose every day an earlier entry already gives: the same date typed twice is most
 * likely a slip for another day (a break's last day, the day after), which would then be counted as a working day.
 * Said, not refused: the repeat itself changes nothing.
 */
import type { Translated } from '../i18n.js';
import type { NodePath } from '../model/types.js';
import { holidayEntryDays, type CalendarConfig, type DateEntry } from '../time/calendar.js';
import { formatDmy } from '../time/units.js';

/** A day-off entry that repeats earlier ones: where it stands, the days it gives, and the first entry it repeats. */
export interface RepeatedDayOff {
  path: NodePath;
  earlier: NodePath;
  days: string;
}

/** What to say of a repeated entry, given the line of the entry it repeats. */
export function repeatedMessage({ days }: RepeatedDayOff, line: number): Translated {
  return {
    en: `${days} is already listed under holidays, on line ${line}; if this line was meant for another day, correct its date, else remove it`,
    vi: `${days} đã có trong holidays, ở dòng ${line}; nếu dòng này định ghi một ngày khác, hãy sửa lại ngày, nếu không hãy xóa dòng này`,
  };
}

const entryPath = (entry: DateEntry, i: number): NodePath =>
  typeof entry === 'string' ? ['holidays', i] : ['holidays', i, 'date'];

/** The `holidays` entries of a section that add no day to the entries before them, each with the first one it repeats. */
export function repeatedDaysOff(section: CalendarConfig | undefined): RepeatedDayOff[] {
  const entries = section?.holidays ?? [];
  const firstAt = new Map<number, number>();
  const repeated: RepeatedDayOff[] = [];
  entries.forEach((entry, i) => {
    const days = holidayEntryDays(entry);
    if (days.length > 0 && days.every((day) => firstAt.has(day))) {
      const earlier = firstAt.get(days[0]!)!;
      repeated.push({
        path: entryPath(entries[i]!, i),
        earlier: entryPath(entries[earlier]!, earlier),
        days: days.length === 1 ? formatDmy(days[0]!) : `${formatDmy(days[0]!)} – ${formatDmy(days.at(-1)!)}`,
      });
    }
    for (const day of days) if (!firstAt.has(day)) firstAt.set(day, i);
  });
  return repeated;
}
