import type { Duration, DurationUnit } from './types.js';

/** Working hours in a working day when the calendar says nothing else (one-stop software counts 1 day = 8 h). */
export const DEFAULT_HOURS_PER_DAY = 8;

// Long forms as officers write them, matched after NFC normalisation and lower-casing.
const UNIT_WORDS: ReadonlyArray<[RegExp, DurationUnit]> = [
  [/^(h|hr|hrs|hours?|working hours?|giờ|giờ làm việc|tiếng)$/, 'h'],
  [/^(d|wd|working days?|business days?|ngày làm việc)$/, 'd'],
  [/^(cd|calendar days?|days?|ngày|ngày liên tục)$/, 'cd'],
];

const DURATION_RE = /^(\d+(?:[.,]\d+)?)\s*([\p{L} ]+)$/u;

// A catalog uses a handful of distinct spellings many thousand times; rules ask for each several times.
const parsed = new Map<string, Duration | undefined>();

/** Parses `4h`, `0.5d`, `30cd`, `3 ngày làm việc`, `2 working days`; returns undefined when it is not a duration. */
export function parseDuration(text: string | number): Duration | undefined {
  if (typeof text !== 'string') return undefined;
  if (parsed.has(text)) return parsed.get(text);
  const result = parseUncached(text);
  if (parsed.size < 10_000) parsed.set(text, result);
  return result;
}

function parseUncached(text: string): Duration | undefined {
  const match = DURATION_RE.exec(text.normalize('NFC').trim().replace(/\s+/g, ' '));
  if (!match) return undefined;
  const value = Number(match[1]!.replace(',', '.'));
  const word = match[2]!.trim().toLowerCase();
  const unit = UNIT_WORDS.find(([re]) => re.test(word))?.[1];
  if (unit === undefined || !Number.isFinite(value)) return undefined;
  return { value, unit };
}

/** The canonical short spelling of a duration, e.g. `0.5d`. */
export function formatDurationShort(duration: Duration): string {
  return `${duration.value}${duration.unit}`;
}

/** Working hours of a working-time duration; undefined for calendar days, which need a calendar and a date. */
export function toWorkingHours(duration: Duration, hoursPerDay = DEFAULT_HOURS_PER_DAY): number | undefined {
  if (duration.unit === 'h') return duration.value;
  if (duration.unit === 'd') return duration.value * hoursPerDay;
  return undefined;
}
