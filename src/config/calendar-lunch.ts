/**
 * A lunch break written as a key of its own (`lunch: "12:00-13:00"`), which a calendar does not have: the break is the
 * gap between two spans of `hours`. Said with the spans to write, the break cut out of the hours the section gives.
 */
import type { Translated } from '../i18n.js';
import { isMap } from '../model/data-object.js';
import { readOfficeSpan } from '../model/office-span.js';
import type { NodePath } from '../model/types.js';
import { DEFAULT_OFFICE_HOURS } from '../time/calendar.js';
import { formatClock } from '../time/moment.js';

// The keys a lunch break is written under, in English and in Vietnamese without accents (a YAML key's usual form).
const LUNCH_KEYS = ['lunch', 'lunch_break', 'nghi_trua'] as const;

/** A span's minutes when it reads one way only. */
function minutes(text: unknown): { start: number; end: number } | undefined {
  const span = typeof text === 'string' ? readOfficeSpan(text) : undefined;
  return span === undefined || 'ambiguous' in span ? undefined : span;
}

/** The Monday–Friday spans with the break cut out of the span it falls inside; the usual two spans when it fits none. */
function hoursWithout(hours: unknown, lunch: unknown): readonly string[] {
  const gap = minutes(lunch);
  const list = Array.isArray(hours) ? hours : DEFAULT_OFFICE_HOURS;
  const spans = list.map(minutes);
  if (gap === undefined || spans.some((span) => span === undefined)) return DEFAULT_OFFICE_HOURS;
  const text = (start: number, end: number) => `${formatClock(start)}-${formatClock(end)}`;
  const cut = spans.flatMap((span) =>
    span!.start < gap.start && gap.end < span!.end
      ? [text(span!.start, gap.start), text(gap.end, span!.end)]
      : [text(span!.start, span!.end)],
  );
  return cut.length > list.length ? cut : DEFAULT_OFFICE_HOURS;
}

/** The problem of a lunch break written as a key, where that key stands, or none. */
export function lunchProblems(section: unknown): Array<{ path: NodePath; message: Translated }> {
  if (!isMap(section)) return [];
  const key = LUNCH_KEYS.find((name) => Object.hasOwn(section, name));
  if (key === undefined) return [];
  const spans = `hours: [${hoursWithout(section.hours, section[key])
    .map((span) => `"${span}"`)
    .join(', ')}]`;
  return [
    {
      path: [key],
      message: {
        en: `A calendar has no "${key}": the lunch break is the gap between two spans of office hours. Write ${spans} and remove "${key}"`,
        vi: `Lịch làm việc không có trường "${key}": giờ nghỉ trưa là khoảng trống giữa hai khoảng giờ làm việc. Hãy ghi ${spans} và xóa "${key}"`,
      },
    },
  ];
}
