import { formatDuration } from '../time/units.js';
import { NUMBER_WORDS } from './number-words.js';
import type { Duration } from './types.js';
import { lazyPattern } from './lazy-pattern.js';

// A number as a sentence of the law writes it before its unit: digits (with the words the law adds in brackets, "04
// (bốn)"), a half, or words ("bốn", "mười lăm", with digits in brackets: "bốn (04)"). Six words at most spell any
// number to 999 ("chín trăm chín mươi chín"): a run of number words in a hostile text is not tried from every word.
const WORD = `(?:${NUMBER_WORDS.join('|')})`;
const NUMBER = String.raw`\d+(?:[.,]\d+)?(?: ?\(${WORD}(?: ${WORD}){0,5}\))?|1/2|½|nửa|${WORD}(?: ${WORD}){0,5}(?: ?\(\d+\))?`;
// The units a time is written with, those procmap counts and those it refuses with advice (weeks, hours on the clock,
// years): longer words first, so that "ngày làm việc" is not cut to "ngày".
const UNIT = [
  String.raw`ngày \(làm việc\)`,
  String.raw`ngày \(lịch\)`,
  'ngày làm việc',
  'ngày lịch',
  'ngày',
  'giờ đồng hồ',
  'tiếng đồng hồ',
  'giờ làm việc',
  'giờ',
  'tiếng',
  'phút',
  'buổi làm việc',
  'buổi',
  'tuần làm việc',
  'tuần lễ',
  'tuần',
  'tháng',
  'năm',
].join('|');
// A time inside a sentence: a number and its unit, or the same day ("trong ngày", "trong một ngày làm việc").
const TIME = String.raw`(?:${NUMBER}) ?(?:${UNIT})(?!\p{L})|trong (?:cùng )?(?:một )?ngày(?: làm việc)?(?!\p{L})`;
const TIME_IN_TEXT = lazyPattern(() => new RegExp(String.raw`(?<![\p{L}\d])(?:${TIME})`, 'iu'));
// A limit given as shorter than the general one by a time ("giảm 01 ngày làm việc", "rút ngắn 01 ngày", "ít hơn 01
// ngày làm việc so với hồ sơ nộp trực tiếp"), never "giảm còn …", which gives the limit itself. What it is compared
// with ("so với …") goes with it: the general limit is what it is taken from.
const REDUCED_BY = lazyPattern(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\d])(?:được )?(?:giảm|rút ngắn|rút bớt|bớt|ít hơn)(?: đi| bớt)? (${TIME})(?: so với(?:(?! đối với )[^,;()])*)?`,
      'giu',
    ),
);

/** The first time a text names ("04 ngày làm việc", "bốn ngày", "1 tuần", "trong ngày"), as written; else undefined. */
export function timeIn(text: string): string | undefined {
  return TIME_IN_TEXT().exec(text)?.[0];
}

/**
 * A bracket's limits given as shorter than the general one by a time, each written as the limit it leaves ("giảm 01
 * ngày làm việc" after 05 working days is "4 ngày làm việc"); or the first that leaves no limit procmap can say, with
 * why: the time is in another unit than the general limit (`unit`), or takes all of it (`none`). A time procmap
 * cannot read ("giảm 1 tuần") is left as written, for the bracket's reader to refuse; so is any where `general`, read
 * only when a text takes a time from it, gives no limit.
 */
export function reductionsRead(
  text: string,
  general: () => Duration | undefined,
  read: (time: string) => { duration: Duration; bare: boolean } | undefined,
): { text: string } | { by: string; why: 'unit' | 'none' } {
  let refused: { by: string; why: 'unit' | 'none' } | undefined;
  const left = text.replace(REDUCED_BY(), (whole, time: string) => {
    const by = read(time);
    const base = by === undefined ? undefined : general();
    if (by === undefined || base === undefined) return whole;
    const limit = shortened(base, by);
    if (typeof limit !== 'string') return formatDuration(limit, 'vi');
    refused ??= { by: time, why: limit };
    return whole;
  });
  return refused ?? { text: left };
}

/**
 * The general limit less a time in the same unit. A bare "ngày" is the general limit's day, working or calendar: "05
 * ngày làm việc (giảm 01 ngày …)" does not switch to the Civil Code's day halfway through a sentence.
 */
function shortened(general: Duration, by: { duration: Duration; bare: boolean }): Duration | 'unit' | 'none' {
  const unit = by.bare && (general.unit === 'd' || general.unit === 'cd') ? general.unit : by.duration.unit;
  if (unit !== general.unit || unit === 'sameday') return 'unit';
  const value = Math.round((general.value - by.duration.value) * 100) / 100;
  return value > 0 ? { value, unit } : 'none';
}

/** Where the bracket that ends a text opens, brackets inside it kept whole ("(… là 04 (bốn) ngày)"); -1 for none. */
export function finalBracketAt(text: string): number {
  if (!text.endsWith(')')) return -1;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return -1;
}
