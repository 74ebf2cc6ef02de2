import type { WorkingCalendar } from './calendar.js';
import { dayOf, minuteOf, type Day, type Moment } from './moment.js';

// Days added at a time when a moment falls outside the table (a year's worth).
const GROW_DAYS = 366;

/**
 * Office minutes between moments in constant time, for counting a million dossiers: a running total of office
 * minutes per day, grown on demand around the days asked for. Gives exactly what `workingMinutesBetween` gives.
 */
export class OfficeMinutes {
  private first: Day = 0;
  // before[i]: office minutes on the days first … first + i − 1.
  private before: Float64Array = new Float64Array(0);

  constructor(private readonly calendar: WorkingCalendar) {}

  /** Office minutes from `from` to `to` (0 when `to` is not after `from`). */
  between(from: Moment, to: Moment): number {
    if (to <= from) return 0;
    // Both days in the table first: growing it moves its start, and both totals must count from the same one.
    this.cover(dayOf(from));
    this.cover(dayOf(to));
    return this.upTo(to) - this.upTo(from);
  }

  /** Office minutes from the start of the table to a moment. */
  private upTo(moment: Moment): number {
    const day = dayOf(moment);
    const minute = minuteOf(moment);
    let today = 0;
    for (const { start, end } of this.calendar.day(day).hours) if (minute > start) today += Math.min(minute, end) - start;
    return this.before[day - this.first]! + today;
  }

  private cover(day: Day): void {
    const length = this.before.length;
    if (length > 0 && day >= this.first && day < this.first + length - 1) return;
    const first = length === 0 ? day - GROW_DAYS : Math.min(this.first, day - GROW_DAYS);
    const last = length === 0 ? day + GROW_DAYS : Math.max(this.first + length - 1, day + GROW_DAYS);
    const before = new Float64Array(last - first + 1);
    for (let d = first, total = 0; d <= last; d++) {
      before[d - first] = total;
      for (const { start, end } of this.calendar.day(d).hours) total += end - start;
    }
    this.first = first;
    this.before = before;
  }
}
