import { createHash } from 'node:crypto';
import { formatDay } from '../time/moment.js';
import type { CalendarYear } from '../time/year.js';

/**
 * Eight hex digits that tell one catalog's calendar from another's in a year: a digest of the days its own calendar
 * section gives in that year (date, kind, name, duty hours), never of where the file lies, so the same section gives
 * the same tag on every run and machine, and a year's tag does not move when another year's days are added.
 */
export function calendarTag(year: CalendarYear): string {
  const own = year.days
    .filter((day) => day.source === 'config')
    // Duty hours alone, as before working days showed theirs: a release that shows more keeps the UIDs imported.
    .map((day) => [
      formatDay(day.day),
      day.kind,
      day.name ?? '',
      (day.kind === 'duty' ? (day.hours ?? []) : []).map((h) => [h.start, h.end]),
    ]);
  return createHash('sha256').update(JSON.stringify(own)).digest('hex').slice(0, 8);
}
