import { fill, joinNames, type Lang } from '../../i18n.js';
import { nextDayDue } from '../../model/next-day-due.js';
import type { Duration } from '../../model/types.js';
import { spansText, type Interval, type WorkingCalendar } from '../../time/calendar.js';
import { formatClock, parseClock } from '../../time/moment.js';
import { morningEnd } from '../../time/next-day-end.js';
import { weekdayNameOf } from '../../time/units.js';
import { CITIZEN_LABELS } from './citizen-labels.js';

// Monday first, as people list the week.
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

function sameHours(a: readonly Interval[], b: readonly Interval[]): boolean {
  return a.length === b.length && a.every((span, i) => span.start === b[i]!.start && span.end === b[i]!.end);
}

/** The office hours most weekdays keep: what "a working day" means to the reader, the other days said apart. */
function usualHours(week: WorkingCalendar['week']): readonly Interval[] {
  let best: readonly Interval[] = [];
  let bestCount = 0;
  for (const day of WEEK_ORDER) {
    const hours = week[day]!;
    const count = WEEK_ORDER.filter((other) => sameHours(week[other]!, hours)).length;
    if (hours.length > 0 && count > bestCount) [best, bestCount] = [hours, count];
  }
  return best;
}

/**
 * What counts in working days, from the calendar's week: the days it is closed do not count, days with other office
 * hours (a Saturday morning) count those hours. "Không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết." by default.
 */
export function workingWeekText(calendar: WorkingCalendar, lang: Lang): string {
  const t = CITIZEN_LABELS[lang];
  const usual = usualHours(calendar.week);
  const closed = WEEK_ORDER.filter((day) => calendar.week[day]!.length === 0).map((day) =>
    weekdayNameOf(day, lang, 'plural'),
  );
  const first = fill(t.notCounted, { days: joinNames([...closed, t.holidays], t.and) });
  const sentences = [first[0]!.toUpperCase() + first.slice(1)];
  for (const day of WEEK_ORDER) {
    const hours = calendar.week[day]!;
    if (hours.length === 0 || sameHours(hours, usual)) continue;
    // A Saturday inside an announced break (Tết from Saturday to the Sunday after next) is closed: said, since people
    // expect a serving Saturday to open and holidays to fall on weekdays.
    const weekend = day === 0 || day === 6;
    const data = { day: weekdayNameOf(day, lang, 'capital'), hours: spansText(hours, '–') };
    sentences.push(fill(weekend ? t.weekendHoursCount : t.otherHoursCount, data));
  }
  return sentences.join(' ');
}

/** A minute of the day as the page says it: "15 giờ 00" / "15:00". */
function clockWords(minute: number, lang: Lang): string {
  const clock = formatClock(minute);
  return lang === 'vi' ? clock.replace(':', ' giờ ') : clock;
}

/** The cutoff as the page says it: "15 giờ 00" / "15:00"; the text as written when it is not a clock time. */
function cutoffClock(cutoff: string, lang: Lang): string {
  const minute = parseClock(cutoff);
  return minute === undefined ? cutoff : clockWords(minute, lang);
}

/**
 * "Hồ sơ nộp sau 15 giờ 00 được tính từ ngày làm việc tiếp theo.", or, when the limit's clause gives the next working
 * day an hour ("… thì trả kết quả trước 10 giờ ngày làm việc tiếp theo", or its morning), that hour: the appointment
 * `time` and the site's example give (nextDayEnd), not the next day's close the first sentence would let one expect; or
 * the span of next working days it gives ("… trong 02 ngày làm việc tiếp theo").
 */
export function cutoffSentence(cutoff: string, lang: Lang, limit?: Duration, calendar?: WorkingCalendar): string {
  const t = CITIZEN_LABELS[lang];
  const at = { cutoff: cutoffClock(cutoff, lang) };
  const due = limit?.unit === 'sameday' ? nextDayDue(limit.note) : undefined;
  // A span of days first: an hour on its last day would read as an hour of the next day.
  if (due?.days !== undefined) return fill(t.cutoffDaysHint, { ...at, days: String(due.days).padStart(2, '0') });
  if (due?.kind === 'clock') return fill(t.cutoffHourHint, { ...at, due: clockWords(due.minute, lang) });
  if (due?.kind === 'morning' && calendar !== undefined)
    return fill(t.cutoffMorningHint, { ...at, due: clockWords(morningEnd(usualHours(calendar.week)), lang) });
  return fill(t.cutoffHint, at);
}

/**
 * The sentences under a time limit that say what counts: the days that count for working time, the Civil Code's
 * reading of calendar days and months, and the cutoff, given only when it is said under this limit (cutoffPlaces:
 * calendar days and months count from the day of receipt whatever the hour, docs/calendar.md). `settled` false for
 * hours the law leaves open ("24 giờ"): that they are working hours is procmap's reading, not said to the public.
 */
export function limitHint(
  limit: Duration,
  cutoff: string | undefined,
  calendar: WorkingCalendar,
  lang: Lang,
  settled = true,
): string | null {
  const t = CITIZEN_LABELS[lang];
  const unit = limit.unit;
  const sentences: string[] = [];
  if (unit === 'd') sentences.push(workingWeekText(calendar, lang));
  if (unit === 'h' && settled) sentences.push(t.workingHoursHint, workingWeekText(calendar, lang));
  if (unit === 'sameday' && limit.nextDay === 'close') sentences.push(t.nextDayHint);
  else if (unit === 'sameday' && limit.nextDay === 'morning')
    sentences.push(fill(t.nextMorningHint, { due: clockWords(morningEnd(usualHours(calendar.week)), lang) }));
  else if (unit === 'sameday') sentences.push(t.sameDayHint);
  if (unit === 'cd') sentences.push(t.calendarDaysHint);
  if (unit === 'month') sentences.push(t.monthsHint);
  if (cutoff !== undefined) sentences.push(cutoffSentence(cutoff, lang, limit, calendar));
  return sentences.length > 0 ? sentences.join(' ') : null;
}
