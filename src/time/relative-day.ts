import { dayOf, formatClock, minuteOf, type Moment } from './moment.js';
import { formatDmy } from './units.js';
import { asciiLookalikes } from '../model/lookalikes.js';
import { withoutInvisible } from '../model/quote.js';

// Words for a day counted from today, with and without marks, as an officer types them at the counter ("hôm nay
// 9h", "9h sáng mai") or in English; "mai" alone is tomorrow only after a clock ("9h sáng mai"), since alone it is a
// name.
const DAY_WORDS: readonly [RegExp, number][] = [
  [/(?:hôm nay|hom nay|today)/, 0],
  [/(?:ngày mai|ngay mai|tomorrow|mai(?<=\d.*\smai)(?= |$))/, 1],
  [/(?:hôm qua|hom qua|yesterday)/, -1],
];
// The longest text read for such words: a moment runs to a few dozen characters ("9 giờ 00 phút sáng ngày mai"), and
// "mai" after a clock is looked for back to the text's start, so 100,000 characters of " mai" took seconds.
const LONGEST = 200;
// A part of the day before "nay" (today) or "mai" (tomorrow), as said at the counter: "sáng nay 9h", "9h sáng nay",
// "chiều mai 3h". Anchored on spaces so the text is read once, left to right.
const PART_OF_DAY = /(?:^| )(sáng|sang|trưa|trua|chiều|chieu|tối|toi) (nay|mai)(?= |$)/;
const NOW = /^(?:bây giờ|bay gio|lúc này|luc nay|ngay bây giờ|ngay bay gio|now)$/;

/**
 * A moment written relative to now ("bây giờ", "hôm nay 9h", "9h sáng mai", "yesterday 16:30") written out with its
 * date, for readMoment to read as it reads any other; undefined when the text names no day by such a word. `now` is
 * the moment in Vietnam the command runs at.
 */
export function relativeMomentText(text: string, now: Moment): string | undefined {
  const words = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (words.length > LONGEST) return undefined;
  if (NOW.test(words)) return `${formatDmy(dayOf(now))} ${formatClock(minuteOf(now))}`;
  const part = PART_OF_DAY.exec(words);
  if (part !== null) return partOfDayText(words, part, now);
  for (const [pattern, offset] of DAY_WORDS) {
    const match = pattern.exec(words);
    if (match === null) continue;
    const rest = `${words.slice(0, match.index)} ${formatDmy(dayOf(now) + offset)} ${words.slice(match.index + match[0].length)}`;
    return rest.replace(/ +/g, ' ').trim();
  }
  return undefined;
}

/**
 * A date or moment typed on the command line as readMoment and readDay read it: without the invisible characters a copy
 * from a web page, Word or a chat carries ("13/02/2026\u200b 09:00" looked right and was refused), full-width digits
 * as half-width (asciiLookalikes), and a day written from today written out (relativeMomentText).
 */
export function typedMomentText(text: string, now: Moment): string {
  const seen = asciiLookalikes(withoutInvisible(text));
  return relativeMomentText(seen, now) ?? seen;
}

/**
 * "sáng nay 9h", "9h sáng nay", "chiều mai 3h" written out with the date, the part of the day after the hour as
 * readMoment reads it ("08/12/2026 3h chiều", where chiều makes 3 the afternoon hour); undefined without an hour
 * ("sáng mai": which hour of the morning is not said, see partOfDayWithoutHour).
 */
function partOfDayText(words: string, part: RegExpExecArray, now: Moment): string | undefined {
  const [whole, partWord, dayWord] = part as unknown as [string, string, string];
  const date = formatDmy(dayOf(now) + (dayWord === 'mai' ? 1 : 0));
  const before = words.slice(0, part.index).trim();
  const after = words.slice(part.index + whole.length).trim();
  if (before === '' && after === '') return undefined;
  // The hour before ("9h sáng nay") keeps its place; an hour after ("sáng nay 9h") goes before the part of the day.
  const text = before === '' ? `${date} ${after} ${partWord}` : `${before} ${partWord} ${date} ${after}`;
  return text.replace(/ +/g, ' ').trim();
}

// An hour each part of the day is commonly said with, for the example a refusal gives.
const EXAMPLE_HOUR: Record<string, string> = { sáng: '9h', sang: '9h', trưa: '12h', trua: '12h' };

/**
 * The text with an hour added ("9h sáng mai", "2h chiều nay") when `text` is a part of a day from today without its
 * hour ("sáng mai", "chieu nay"), to ask for the hour; else undefined.
 */
export function partOfDayWithoutHour(text: string): string | undefined {
  const words = asciiLookalikes(withoutInvisible(text)).normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  const part = words.length > LONGEST ? null : PART_OF_DAY.exec(words);
  if (part === null || part[0].trim() !== words) return undefined;
  return `${EXAMPLE_HOUR[part[1]!] ?? '2h'} ${words}`;
}
