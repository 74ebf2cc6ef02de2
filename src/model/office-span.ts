/**
 * A span of office hours as officers write it, each end read by the clock reader a procedure's `cutoff` uses
 * (src/model/lenient.ts): "07:30-11:30", "7.30-11.30", "13g30-17g00", "7h30 sáng-11h30 sáng", "1:30 CH-5:00 CH".
 * So every time of day one field accepts, the other does; an hour before 7:00 without its part of the day is asked
 * about in both.
 */
import { formatClock, parseClock } from '../time/moment.js';
import { ambiguousHour, clockMinute } from './lenient.js';

/** A span read: its minutes since midnight (end exclusive), or the readings of one whose hours can be read two ways. */
export type OfficeSpan =
  { start: number; end: number } | { ambiguous: { afternoon: string; night?: string; said: string } };

// The dash between the two ends; a part of the day may stand before it ("7h30 sáng - 11h30 sáng"). The spaces around
// it are trimmed from each part, not matched with it: `\s*[-–—]\s*` read a long run of spaces once from each start.
const DASH = /[-–—]/;
// Half a day: an hour before 7:00 said without its part of the day is that hour past noon in its afternoon reading.
const HALF_DAY = 12 * 60;

/** One end's minute and whether it could also be 12 hours later; undefined when it is no time of day. */
function endOf(text: string, isEnd: boolean): { minute: number; early: boolean } | undefined {
  if (ambiguousHour(text) !== undefined) {
    // The minute as the 24-hour clock reads it: "1:30" is 01:30 at night, 13:30 in the afternoon.
    const minute = parseClock(text.replace(/^(\d{1,2})\s*\.\s*(\d{2})$/, '$1:$2'));
    return minute === undefined ? undefined : { minute, early: true };
  }
  const minute = clockMinute(text);
  if (minute !== undefined) return { minute, early: false };
  // Closing at midnight ("24:00") ends a day's last span; the cutoff has no such hour.
  const midnight = isEnd ? parseClock(text, true) : undefined;
  return midnight === undefined ? undefined : { minute: midnight, early: false };
}

/** A span of office hours as written; undefined when it is not one (the caller says what to write). */
export function readOfficeSpan(text: string): OfficeSpan | undefined {
  const parts = text
    .trim()
    .split(DASH)
    .map((part) => part.trim());
  if (parts.length !== 2) return undefined;
  const [start, end] = [endOf(parts[0]!, false), endOf(parts[1]!, true)];
  if (start === undefined || end === undefined) return undefined;
  if (!start.early && !end.early) return { start: start.minute, end: end.minute };
  const shift = (side: { minute: number; early: boolean }) => side.minute + (side.early ? HALF_DAY : 0);
  const spanText = (a: number, b: number) => `${formatClock(a)}-${formatClock(b)}`;
  const afternoon = spanText(shift(start), shift(end));
  const said = [start.early ? `${parts[0]} chiều` : parts[0], end.early ? `${parts[1]} chiều` : parts[1]].join('-');
  // The night reading is offered only where it is a span at all ("7:30-5:00" cannot end at 05:00).
  const night = end.minute > start.minute ? spanText(start.minute, end.minute) : undefined;
  return { ambiguous: night === undefined ? { afternoon, said } : { afternoon, night, said } };
}

/** The canonical `HH:MM-HH:MM` of a span that reads one way only and ends after it starts; undefined otherwise. */
export function canonicalOfficeSpan(text: string): string | undefined {
  const span = readOfficeSpan(text);
  if (span === undefined || 'ambiguous' in span || span.end <= span.start) return undefined;
  return `${formatClock(span.start)}-${formatClock(span.end)}`;
}
