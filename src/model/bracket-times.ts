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
// A share of the general limit, as laws write how much shorter online filing's is: "1/3", "50%", "50 phần trăm", "một
// nửa". Only where nothing but the time can be its object (the time itself, "đối với …", "so với …", the bracket's end):
// "giảm 50% lệ phí" takes half the fee, not half the time.
const SHARE = String.raw`\d+/[1-9]\d*|\d+(?:[.,]\d+)? ?(?:%|phần trăm)|½|(?:một )?nửa`;
const SHARE_OF = String.raw`(?: (?:thời gian|thời hạn)(?: giải quyết| xử lý)?(?: hồ sơ)?)?(?=$|[,;.:)]| (?:đối với|so với|với|khi|nếu|trường hợp|cho|áp dụng)(?!\p{L}))`;
// A limit given as shorter than the general one by a time ("giảm 01 ngày làm việc", "rút ngắn 01 ngày", "ít hơn 01
// ngày làm việc so với hồ sơ nộp trực tiếp") or by a share of it ("rút ngắn 1/3", "giảm 50% thời gian"), never "giảm
// còn …", which gives the limit itself. What it is compared with ("so với …") goes with it: the general limit is what
// it is taken from.
const REDUCED_BY = lazyPattern(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\d])(?:được )?(?:giảm|rút ngắn|rút bớt|bớt|ít hơn)(?: đi| bớt)? (?:(${TIME})|(${SHARE})${SHARE_OF})(?: so với(?:(?! đối với )[^,;()])*)?`,
      'giu',
    ),
);

/** The first time a text names ("04 ngày làm việc", "bốn ngày", "1 tuần", "trong ngày"), as written; else undefined. */
export function timeIn(text: string): string | undefined {
  return TIME_IN_TEXT().exec(text)?.[0];
}

/** Why a reduction leaves no limit procmap can write: another unit, no time at all, or less than the unit counts. */
export type ReducedWhy = 'unit' | 'none' | 'part';

/**
 * A bracket's limits given as shorter than the general one by a time or a share, each written as the limit it leaves
 * ("giảm 01 ngày làm việc" after 05 working days is "4 ngày làm việc", "rút ngắn 1/3" after 06 is "4 ngày làm việc");
 * or the first that leaves no limit procmap can say, with why: the time is in another unit than the general limit
 * (`unit`), takes all of it (`none`), or leaves less than the unit counts (`part`). A time procmap cannot read ("giảm 1
 * tuần") is left as written, for the bracket's reader to refuse; so is any where `general`, read only when a text takes
 * a time from it, gives no limit.
 */
export function reductionsRead(
  text: string,
  general: () => Duration | undefined,
  read: (time: string) => { duration: Duration; bare: boolean } | undefined,
): { text: string } | { by: string; why: ReducedWhy } {
  let refused: { by: string; why: ReducedWhy } | undefined;
  const left = text.replace(REDUCED_BY(), (whole, time: string | undefined, share: string | undefined) => {
    const by = time === undefined ? undefined : read(time);
    const part = share === undefined ? undefined : shareOf(share);
    const base = by === undefined && part === undefined ? undefined : general();
    if (base === undefined) return whole;
    const limit = by === undefined ? lessShare(base, part!) : shortened(base, by);
    if (typeof limit !== 'string') return formatDuration(limit, 'vi');
    refused ??= { by: (time ?? share)!, why: limit };
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

/** A share as a fraction of one: "1/3" → 1/3, "50%" → 0.5, "một nửa" → 0.5. */
function shareOf(share: string): number {
  const fraction = /^(\d+)\/(\d+)$/u.exec(share);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  const percent = /^(\d+(?:[.,]\d+)?)/u.exec(share);
  return percent ? Number(percent[1]!.replace(',', '.')) / 100 : 0.5;
}

// The smallest step each unit's limit is counted in, so that a share of it is a limit procmap writes and reads back:
// half a working day (one-stop software counts a day as 8 working hours and parts of it in half days of 4: OpenCPS,
// see docs/calendar.md), a whole day or month of the calendar (Civil Code 2015, Art. 147–148, counts whole days and
// months), a minute of working time.
const STEPS: Record<Exclude<Duration['unit'], 'sameday'>, number> = { d: 0.5, cd: 1, month: 1, h: 1 / 60 };

/**
 * The general limit less a share of it, rounded down to the unit's step (STEPS): 05 working days less 1/3 is 3,33
 * days, written 3 ("3 ngày làm việc"), the earlier due date, as the safe reading of a limit is. A part of a same-day
 * limit is less than procmap counts in it.
 */
function lessShare(general: Duration, share: number): Duration | ReducedWhy {
  if (share >= 1) return 'none';
  // Part of the same day is some hours of it, which the bracket must say.
  if (general.unit === 'sameday') return 'part';
  const step = STEPS[general.unit];
  // Rounded to the step from below, past the float error of exact shares (06 less 1/3 is 4, not 3,5).
  const steps = Math.floor((general.value * (1 - share)) / step + 1e-9);
  if (steps <= 0) return 'part';
  const value = general.unit === 'h' ? steps / 60 : Math.round(steps * step * 100) / 100;
  return { value, unit: general.unit };
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
