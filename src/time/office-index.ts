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
    for (const { start, end } of this.calendar.day(day).hours)
      if (minute > start) today += Math.min(minute, end) - start;
    return this.before[day - this.first]! + today;
  }

  private cover(day: Day): void {
    const length = this.before.length;
    if (length > 0 && day >= this.first && day < this.first + length - 1) return;
    const low = length === 0 ? day : Math.min(this.first, day);
    const high = length === 0 ? day : Math.max(this.first + length - 2, day);
    try {
      this.build(low - GROW_DAYS, high + GROW_DAYS);
    } catch (error) {
      // Near the ends of the years the calendar knows, grow only as far as asked (an unknown year throws).
      if (!(error instanceof RangeError)) throw error;
      this.build(low, high);
    }
  }

  private build(first: Day, last: Day): void {
    const before = new Float64Array(last - first + 2);
    let total = 0;
    for (let d = first; d <= last; d++) {
      before[d - first] = total;
      for (const { start, end } of this.calendar.day(d).hours) total += end - start;
    }
    before[last - first + 1] = total;
    this.first = first;
    this.before = before;
  }
}
