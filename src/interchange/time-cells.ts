import type { Lang } from '../i18n.js';
import { DEFAULT_HOURS_PER_DAY, canonicalSpelling, formatDurationShort, readDuration } from '../model/duration.js';
import type { Duration } from '../model/types.js';
import { limitWords } from '../time/limit-words.js';
import { formatLimit } from '../time/units.js';

/**
 * A limit or a step's time as the exported workbook writes it: procmap's short form in the words the document prints
 * in the workbook's language ("5d" → "5 ngày làm việc", "30cd" → "30 ngày (lịch)", "4h" → "4 giờ làm việc"), which
 * officers and one-stop software read and `procmap import` reads back as the same time; words an officer wrote
 * ("05 ngày làm việc", a bare "24 giờ") as written, so that nothing of the law's wording is lost.
 */
export function workbookTime(written: string | number, lang: Lang, step = false): string {
  const original = String(written);
  const reading = readDuration(original);
  if (!reading.ok) return original;
  const text = inEnglishWords(original) ? formatDurationShort(reading.duration) : original;
  // Only procmap's own spelling is reworded: its canonical form is the text itself.
  if (canonicalSpelling(text, DEFAULT_HOURS_PER_DAY, !step) !== text.trim()) return original;
  const { duration } = reading;
  const candidates = [
    limitWords(duration, text, lang, { step, reader: 'document', canonical: true }),
    // English quotes the law's tail apart from the head: here the tail follows the words, as the file writes it.
    ...(duration.note === undefined ? [] : [`${formatLimit(duration, lang)} ${duration.note}`]),
  ];
  // Words that would read back as another time stay in procmap's spelling, which import reads too.
  return candidates.find((words) => readsAs(words, duration)) ?? original;
}

/**
 * Whether a time is written in English words ("2 working days", "4 working hours"): no law is worded so, so the
 * workbook prints it in its own language's words, as the document does, where Vietnamese words an officer wrote
 * ("02 ngày làm việc", the law's) are kept as written.
 */
function inEnglishWords(text: string): boolean {
  return /[a-z]{2}/i.test(text) && /^[\x20-\x7e]*$/.test(text.trim());
}

/** Whether words read back as the same time, note and all, and settle the unit (no bare "ngày"). */
function readsAs(words: string, duration: Duration): boolean {
  const back = readDuration(words);
  return (
    back.ok &&
    !back.bare &&
    back.duration.value === duration.value &&
    back.duration.unit === duration.unit &&
    back.duration.note === duration.note
  );
}

/**
 * procmap's short form of a time its workbook wrote in words ("5 ngày làm việc" → "5d", "30 calendar days" → "30cd"),
 * so that a fresh import of the workbook gives back the file's spelling; undefined for any other text, kept as written.
 */
export function workbookShortForm(text: string): string | undefined {
  const written = text.trim();
  const reading = readDuration(written);
  if (!reading.ok || reading.bare) return undefined;
  const short = formatDurationShort(reading.duration);
  return (['vi', 'en'] as const).some((lang) => workbookTime(short, lang) === written) ? short : undefined;
}

/** A channel of procmap's workbook with its limit in procmap's short form where the workbook wrote its words ("3 ngày làm việc" → "3d"). */
export function channelShortForm<T extends { time_limit?: string | number }>(channel: T): T {
  const short = channel.time_limit === undefined ? undefined : workbookShortForm(String(channel.time_limit));
  return short === undefined ? channel : { ...channel, time_limit: short };
}
