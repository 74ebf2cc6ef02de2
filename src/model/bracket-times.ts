import { formatDuration } from '../time/units.js';
import { NUMBER_WORDS } from './number-words.js';
import { keptShare, SHARE, SHARE_OF, shareOf } from './limit-shares.js';
import type { Duration } from './types.js';
import { lazyPattern } from './lazy-pattern.js';

// A number as a sentence of the law writes it before its unit: digits (with the words the law adds in brackets, "04
// (bốn)"), a vulgar fraction after a whole number or alone ("1½", "1 ½", "¾"), a half, or words ("bốn", "mười lăm",
// with digits in brackets: "bốn (04)"). Six words at most spell any number to 999 ("chín trăm chín mươi chín"): a run
// of number words in a hostile text is not tried from every word.
const WORD = `(?:${NUMBER_WORDS.join('|')})`;
const NUMBER = String.raw`(?:\d+ ?)?[½¼¾]|\d+(?:[.,]\d+)?(?: ?\(${WORD}(?: ${WORD}){0,5}\))?|1/2|nửa|${WORD}(?: ${WORD}){0,5}(?: ?\(\d+\))?`;
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
// ngày làm việc so với hồ sơ nộp trực tiếp") or by a share of it ("rút ngắn 1/3", "giảm 50% thời gian", "giảm một
// phần ba thời gian", "giảm 50% lệ phí và thời gian"), never "giảm còn …" with a time, which gives the limit itself; or
// as the share of it that is left ("thời gian giải quyết còn 1/2", "còn một nửa"). What it is compared with ("so với
// …") goes with it: the general limit is what it is taken from. Groups: the time; the share taken off and the fee's
// words where the fee shares it; the share left.
const REDUCED_BY = lazyPattern(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\d])(?:(?:được )?(?:giảm|rút ngắn|rút bớt|bớt|ít hơn)(?: đi| bớt)? (?:(${TIME})|(${SHARE})${SHARE_OF})|(?:(?:thời gian|thời hạn)(?: giải quyết| xử lý)?(?: hồ sơ)? )?(?:được )?(?:(?:giảm|rút ngắn|rút xuống) )?(?:chỉ )?còn (?:lại )?(${SHARE})(?: thời gian| thời hạn)?(?=$|[,;.:)]| (?:đối với|so với|với|khi|nếu|trường hợp|cho|áp dụng)(?!\p{L})))(?: so với(?:(?! đối với )[^,;()])*)?`,
      'giu',
    ),
);

/** The first time a text names ("04 ngày làm việc", "bốn ngày", "1 tuần", "trong ngày"), as written; else undefined. */
export function timeIn(text: string): string | undefined {
  return TIME_IN_TEXT().exec(text)?.[0];
}

/**
 * Why a reduction leaves no limit procmap can write: another unit, no time at all, less than the unit counts, or part
 * of a month (counted whole).
 */
export type ReducedWhy = 'unit' | 'none' | 'part' | 'month';

/** The general limit a bracket's reductions are taken from, and whether its hours are named by the word alone. */
export interface GeneralLimit {
  duration: Duration;
  bareHours: boolean;
}

/**
 * A bracket's limits given as shorter than the general one by a time or a share, or as the share of it left, each
 * written as the limit it leaves ("giảm 01 ngày làm việc" after 05 working days is "4 ngày làm việc", "rút ngắn 1/3"
 * after 06 is "4 ngày làm việc", "còn 1/2" after 06 is "3 ngày làm việc"); or the first that leaves no limit procmap
 * can say, with why: the time is in another unit than the general limit (`unit`), takes all of it (`none`), leaves less
 * than the unit counts (`part`) or part of a month (`month`, with the days it is about). A share of the fee and the time
 * together keeps the fee's share before the limit ("giảm 50% lệ phí, 3 ngày làm việc"): the fee is no time, and the
 * bracket's reader refuses it with the limit, as it does the two written apart. A time procmap cannot read ("giảm 1
 * tuần") is left as written, for the bracket's reader to refuse; so is any where `general`, read only when a text takes
 * a time from it, gives no limit.
 */
export function reductionsRead(
  text: string,
  general: () => GeneralLimit | undefined,
  read: (time: string) => { duration: Duration; bare: boolean } | undefined,
): { text: string } | { by: string; why: ReducedWhy; days?: number } {
  let refused: { by: string; why: ReducedWhy; days?: number } | undefined;
  const left = text.replace(
    REDUCED_BY(),
    (
      whole: string,
      time: string | undefined,
      share: string | undefined,
      feeFirst: string | undefined,
      feeAfter: string | undefined,
      kept: string | undefined,
    ) => {
      const by = time === undefined ? undefined : read(time);
      const part = share ?? kept;
      const base = by === undefined && part === undefined ? undefined : general();
      if (base === undefined) return whole;
      const limit =
        by !== undefined
          ? shortened(base.duration, by)
          : keptShare(base.duration, kept === undefined ? 1 - shareOf(share!) : shareOf(kept));
      if (!('why' in limit)) {
        const written = limitWritten(limit, base.bareHours);
        const fee = feeFirst ?? feeAfter;
        return fee === undefined
          ? written
          : `${whole.slice(0, whole.indexOf(share!) + share!.length)} ${fee}, ${written}`;
      }
      refused ??= { by: (time ?? part)!, ...limit };
      return whole;
    },
  );
  return refused ?? { text: left };
}

/**
 * A limit a reduction leaves, in the words of the general one: hours to the minute say "làm việc" when the general
 * limit's did ("10 giờ làm việc" less 1/3 is "6 giờ 40 phút làm việc", which reads back as working hours without a
 * question), and only then.
 */
function limitWritten(limit: Duration, bareHours: boolean): string {
  const words = formatDuration(limit, 'vi');
  if (limit.unit !== 'h' || !/giờ/u.test(words)) return words;
  const hours = words.replace(/ làm việc$/u, '');
  return bareHours ? hours : `${hours} làm việc`;
}

/**
 * The general limit less a time in the same unit. A bare "ngày" is the general limit's day, working or calendar: "05
 * ngày làm việc (giảm 01 ngày …)" does not switch to the Civil Code's day halfway through a sentence.
 */
function shortened(
  general: Duration,
  by: { duration: Duration; bare: boolean },
): Duration | { why: Exclude<ReducedWhy, 'part' | 'month'> } {
  const unit = by.bare && (general.unit === 'd' || general.unit === 'cd') ? general.unit : by.duration.unit;
  if (unit !== general.unit || unit === 'sameday') return { why: 'unit' };
  const value = Math.round((general.value - by.duration.value) * 100) / 100;
  return value > 0 ? { value, unit } : { why: 'none' };
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
