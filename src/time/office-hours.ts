import { spansText, type WorkingCalendar } from './calendar.js';

// Weekdays by their number in `week` (Sunday 0), as the calendar section names them.
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * A calendar's office hours in one line, the same in every language: Monday's spans, then each other day whose spans
 * differ from the usual week (Monday's on weekdays, closed at the weekend), then the working day in hours:
 * `07:30-11:30, 13:00-17:00 (8h)`, `07:30-11:30, 13:00-17:00; sat 07:30-11:30 (8h)`.
 */
export function officeHoursText(calendar: WorkingCalendar): string {
  const monday = spansText(calendar.week[1]!);
  const usual = (day: number) => (day === 0 || day === 6 ? '' : monday);
  const others = [2, 3, 4, 5, 6, 0].flatMap((day) => {
    const spans = spansText(calendar.week[day]!);
    return spans === usual(day) ? [] : [`${DAYS[day]} ${spans || '-'}`];
  });
  return `${[monday || '-', ...others].join('; ')} (${calendar.hoursPerDay}h)`;
}
