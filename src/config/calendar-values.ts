/**
 * The values of a calendar section other than dates as officers write them, turned into the form the schema takes:
 * office hours given as one text (`saturday: 07:30-11:30`, `hours: "07:00 - 11:30, 13:00 - 17:00"`) as the list of
 * its spans, and `hours_per_day` written with a decimal comma (`"8,5"`) as the number. Each reads one way only;
 * what does not is left as written, for the schema and the calendar to say what to write.
 */
import { dataObject, isMap } from '../model/data-object.js';
import { asciiValue } from '../model/lookalikes.js';
import { canonicalOfficeSpan } from '../model/office-span.js';

const WEEK = ['hours', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

// Hours as a number with a decimal point or comma. A comma before three digits groups thousands in Vietnamese
// elsewhere, but a day has at most 24 hours: "8,500" can only be 8.5. "8h" is not read: it is also 8 o'clock.
const HOURS_NUMBER = /^\s*(\d{1,2}(?:[.,]\d+)?)\s*$/u;
// The same number with its unit spelt out, "8 giờ", "8 giờ làm việc", "8 tiếng": a number of hours, never a time of day.
const HOURS_WITH_UNIT =
  /^\s*(\d{1,2}(?:[.,]\d+)?)\s*(?:[Gg]iờ|[Gg]io|[Tt]iếng|[Tt]ieng)(?:\s+(?:làm việc|lam viec))?\s*$/u;

/**
 * Spans of office hours written as one text (one span, or several between commas or semicolons) as the list of them,
 * each span that reads one way written `HH:MM-HH:MM` ("7.30-11.30", "1:30 CH-5:00 CH"), as a cutoff's time is read;
 * the others as written, for the calendar to say what is wrong.
 */
function spans(value: unknown): unknown {
  const list =
    typeof value === 'string' && value.trim() !== ''
      ? value
          .split(/[,;\n]/)
          .map((span) => span.trim())
          .filter((span) => span !== '')
      : value;
  if (!Array.isArray(list)) return list;
  return list.map((span) => (typeof span === 'string' ? (canonicalOfficeSpan(span) ?? span) : span));
}

/** `hours_per_day` as a number when the text is one, with or without its unit ("8", "7,5", "8 giờ", "7,5 giờ"). */
function hoursNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const match = HOURS_NUMBER.exec(value) ?? HOURS_WITH_UNIT.exec(value.normalize('NFC'));
  return match ? Number(match[1]!.replace(',', '.')) : value;
}

/**
 * Every text of a calendar with full-width digits, no-break spaces and Unicode hyphens as ASCII (`０７/１２/２０２６`,
 * `07:30‑11:30`), as a procedure's dates and times are read (src/model/lookalikes.ts): all of them are dates, times,
 * numbers or a holiday's name.
 */
function asciiTexts(value: unknown): unknown {
  if (typeof value === 'string') return asciiValue(value);
  if (Array.isArray(value)) return value.map(asciiTexts);
  if (!isMap(value)) return value;
  const copy = dataObject();
  for (const [key, item] of Object.entries(value)) copy[key] = asciiTexts(item);
  return copy;
}

/** The calendar section with its office hours as lists and `hours_per_day` as a number wherever they read so. */
export function readCalendarValues(section: unknown): unknown {
  if (!isMap(section)) return section;
  const copy: Record<string, unknown> = { ...(asciiTexts(section) as Record<string, unknown>) };
  for (const key of WEEK) if (key in copy) copy[key] = spans(copy[key]);
  if ('hours_per_day' in copy) copy.hours_per_day = hoursNumber(copy.hours_per_day);
  if (Array.isArray(copy.workdays))
    copy.workdays = copy.workdays.map((entry) =>
      isMap(entry) && 'hours' in entry ? { ...entry, hours: spans(entry.hours) } : entry,
    );
  return copy;
}
