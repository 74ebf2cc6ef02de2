/** What a same-day limit's clause says of a dossier received after its cutoff: by when on the next working day. */
import { MERIDIEM_WORDS, meridiemHour } from '../time/moment.js';
import { lazyPattern } from './lazy-pattern.js';
import { NUMBER_WORDS, vietnameseNumber } from './number-words.js';

/**
 * When the result of a dossier received after the cutoff is due on the next working day, as the clause says it: by a
 * time of day ("trước 10 giờ", minutes since midnight), by the morning's close ("vào buổi sáng"), or by the day's close
 * ("trong ngày làm việc tiếp theo", or no hour said); `unread`, with the words, for an hour or part of the day procmap
 * cannot read, which it refuses rather than count to the close, later than the law promises.
 */
export type NextDayDue = (
  { kind: 'clock'; minute: number } | { kind: 'morning' } | { kind: 'close' } | { kind: 'unread'; said: string }
) & {
  /** The cutoff's minutes since midnight; an early hour without sáng/chiều is read in the afternoon ("sau 3 giờ"). */
  cutoff: number | undefined;
  /** How many working days after the receipt's the result may take ("trong 02 ngày làm việc tiếp theo"); absent: one. */
  days?: number;
};

// A time of day in the clause's words: "15h", "15 giờ 30 phút", "9h30", "10:00", "10 giờ sáng"; the words before it
// say whether it is the cutoff or the hour of return.
const CLOCK_WORDS = lazyPattern(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\d])(\d{1,2})(?: ?(?:giờ|gio|h|g) ?(\d{2})?(?: ?(?:phút|phut))?|:(\d{2}))(?: (${MERIDIEM_WORDS}))?(?![\p{L}\d])`,
      'giu',
    ),
);
// The cutoff's hour: after "sau", "từ", "quá", or the receipt's "nhận trước" (cutoffInWords in model/lenient.ts).
const CUTOFF_LEAD = lazyPattern(
  () =>
    /(?:^|[\s(])(?:sau|từ|tu|quá|qua|after|(?:nhận|nhan|nộp|nop)(?: hồ sơ| ho so| yêu cầu| yeu cau)? (?:trước|truoc)|received before) $/iu,
);
// The hour of return: "trả kết quả trước 10 giờ", "chậm nhất là 10 giờ", "vào lúc 9 giờ 30".
const DUE_LEAD = lazyPattern(
  () =>
    /(?:^|[\s(])(?:trước|truoc|chậm nhất(?: là| vào| lúc)*|cham nhat(?: la| vao| luc)*|lúc|luc|vào lúc|vao luc|không quá|khong qua|before|by) $/iu,
);
// The morning of the next working day: "vào buổi sáng ngày làm việc tiếp theo", "sáng hôm sau".
const MORNING = lazyPattern(
  () =>
    /(?<!\p{L})(?:buổi sáng|buoi sang|(?:sáng|sang) (?:của |cua )?(?:ngày|ngay|hôm|hom))(?!\p{L})|(?<!\p{L})(?:the next )?morning(?!\p{L})/iu,
);
// The afternoon is the day's close; noon or the evening are no office hours procmap can place.
const AFTERNOON = lazyPattern(() => /(?<!\p{L})(?:buổi chiều|buoi chieu)(?!\p{L})/iu);
const OTHER_PART = lazyPattern(
  () => /(?<!\p{L})(?:buổi trưa|buoi trua|trưa|buổi tối|buoi toi|noon|evening)(?!\p{L})/iu,
);
// A span of next working days: "trong 02 ngày làm việc tiếp theo", "02 (hai) ngày làm việc kế tiếp", "trong hai ngày
// làm việc tiếp theo", "within the next 2 working days"; not the minutes of an hour ("trước 9 giờ 30 ngày làm việc …").
const NUMBER_WORD = `(?:${NUMBER_WORDS.join('|')})`;
const DAYS_SPAN = lazyPattern(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\d:])(?<!(?:giờ|gio) )(?:(\d{1,2})(?: ?\([\p{L} ]+\))?|(${NUMBER_WORD}(?: ${NUMBER_WORD})*)) (?:ngày làm việc|ngay lam viec) (?:tiếp theo|tiep theo|kế tiếp|ke tiep)(?!\p{L})|(?<!\p{L})(?:the )?next (\d{1,2}) working days(?!\p{L})`,
      'iu',
    ),
);
// An hour before offices open, said without its part of the day ("trước 3 giờ"): 15:00 or 03:00, as a cutoff is.
const EARLY_HOUR = /^[1-6]$/;

/**
 * When a same-day limit's words (its note, "(nếu tiếp nhận sau 15h thì trả kết quả trước 10 giờ ngày làm việc tiếp
 * theo)") give the result of a dossier received after their cutoff on the next working day; undefined when they name no
 * cutoff, and so no next-day clause.
 */
export function nextDayDue(words: string | undefined): NextDayDue | undefined {
  if (words === undefined) return undefined;
  const text = words.normalize('NFC');
  let cutoffs = 0;
  let cutoff: number | undefined;
  const due: RegExpExecArray[] = [];
  for (const match of text.matchAll(CLOCK_WORDS())) {
    if (!CUTOFF_LEAD().test(text.slice(Math.max(0, match.index - 30), match.index))) due.push(match);
    else if (cutoffs++ === 0) cutoff = clockMinute(match) ?? clockMinute(match, true);
  }
  if (cutoffs === 0) return undefined;
  const days = spanDays(text);
  const span = days === undefined || days === 1 ? {} : { days };
  if (due.length === 0) {
    const other = OTHER_PART().exec(text);
    if (other) return { kind: 'unread', said: other[0], cutoff };
    return MORNING().test(text) ? { kind: 'morning', cutoff, ...span } : { kind: 'close', cutoff, ...span };
  }
  const clock = due[0]!;
  const before = text.slice(Math.max(0, clock.index - 30), clock.index);
  const minute = due.length === 1 && DUE_LEAD().test(before) ? clockMinute(clock) : undefined;
  if (minute === undefined || AFTERNOON().test(text) || OTHER_PART().test(text))
    return { kind: 'unread', said: clock[0], cutoff };
  return { kind: 'clock', minute, cutoff, ...span };
}

/** The number of next working days the clause gives ("02 ngày làm việc tiếp theo": 2); undefined when it says none. */
function spanDays(text: string): number | undefined {
  const match = DAYS_SPAN().exec(text);
  if (!match) return undefined;
  const [, digits, words, english] = match;
  const days = digits ?? english;
  return days === undefined ? vietnameseNumber(words!) : Number(days);
}

/**
 * The minutes since midnight of an hour in the clause; undefined when it is no hour, or an early one without sáng/chiều
 * unless `afternoon` reads it as the afternoon's.
 */
function clockMinute(match: RegExpExecArray, afternoon = false): number | undefined {
  const [, hourText, minutes, colonMinutes, part] = match;
  const minute = Number(minutes ?? colonMinutes ?? 0);
  let hour: number | undefined = Number(hourText);
  if (part !== undefined) hour = meridiemHour(hour, part);
  else if (EARLY_HOUR.test(hourText!)) {
    if (!afternoon) return undefined;
    hour += 12;
  }
  if (hour === undefined || hour > 23 || minute > 59) return undefined;
  return hour * 60 + minute;
}
