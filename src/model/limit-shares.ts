import { NUMBER_WORDS, vietnameseNumber } from './number-words.js';
import type { Duration } from './types.js';
import { lazyPattern } from './lazy-pattern.js';

// A number of a share in words, one to three of them ("một", "hai", "mười hai").
const WORDS = `(?:${NUMBER_WORDS.join('|')})(?: (?:${NUMBER_WORDS.join('|')})){0,2}`;

/**
 * A share of a limit as laws write it: "1/3", "50%", "50 phần trăm", "một nửa", or in words, "một phần ba", "hai phần
 * ba", "một phần tư", "năm mươi phần trăm". A pattern's source, for the patterns that place it in a sentence.
 */
export const SHARE = String.raw`\d+/[1-9]\d*|\d+(?:[.,]\d+)? ?(?:%|phần trăm)|½|(?:một )?nửa|${WORDS} phần ${WORDS}`;

// What a share is of, after it: the time ("thời gian giải quyết"), or the fee and the time together ("lệ phí và thời
// gian giải quyết", "thời gian và lệ phí"), which takes the share off each.
const TIME_WORDS = String.raw`(?:thời gian|thời hạn)(?: giải quyết| xử lý)?(?: hồ sơ)?`;
const FEE_WORDS = String.raw`(?:mức )?(?:lệ )?phí`;

/**
 * What may follow a share that is the time's: its object (capturing the fee's words where the fee shares it), then
 * nothing that could be another object: the bracket's end, a mark, or the case ("đối với …"). "giảm 50% lệ phí" takes
 * half the fee, not half the time, and does not match.
 */
export const SHARE_OF = String.raw`(?: (${FEE_WORDS}) và ${TIME_WORDS}| ${TIME_WORDS}(?: và (${FEE_WORDS}))?)?(?=$|[,;.:)]| (?:đối với|so với|với|khi|nếu|trường hợp|cho|áp dụng)(?!\p{L}))`;

/** A share as a fraction of one: "1/3" → 1/3, "50%" → 0.5, "một nửa" → 0.5, "hai phần ba" → 2/3. */
export function shareOf(share: string): number {
  const fraction = /^(\d+)\/(\d+)$/u.exec(share);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  const inWords = /^(.+?) phần (.+)$/iu.exec(share);
  if (inWords && !/^\d/u.test(share)) {
    const part = vietnameseNumber(inWords[1]!);
    // "phần trăm" is a hundredth: "năm mươi phần trăm" is 50%.
    const whole = inWords[2]!.toLowerCase() === 'trăm' ? 100 : vietnameseNumber(inWords[2]!);
    return part !== undefined && whole !== undefined && whole > 0 ? part / whole : Number.NaN;
  }
  const percent = /^(\d+(?:[.,]\d+)?)/u.exec(share);
  return percent ? Number(percent[1]!.replace(',', '.')) / 100 : 0.5;
}

// The smallest step each unit's limit is counted in, so that a share of it is a limit procmap writes and reads back:
// half a working day (one-stop software counts a day as 8 working hours and parts of it in half days of 4: OpenCPS,
// see docs/calendar.md), a whole day or month of the calendar (Civil Code 2015, Art. 147–148, counts whole days and
// months), a minute of working time.
const STEPS: Record<Exclude<Duration['unit'], 'sameday'>, number> = { d: 0.5, cd: 1, month: 1, h: 1 / 60 };

// Days in a month, for saying about how long part of one is ("nửa tháng" is about 15 days).
const DAYS_IN_A_MONTH = 30;

/** Why a share leaves no limit procmap can write: none at all, less than the unit counts, or part of one month. */
export type ShareRefusal = { why: 'none' } | { why: 'part' } | { why: 'month'; days: number };

/**
 * The share `kept` of the general limit (what a "giảm 1/3" leaves, or a "còn 1/2" keeps), rounded down to the unit's
 * step (STEPS): 05 working days less 1/3 is 3,33 days, written 3 ("3 ngày làm việc"), the earlier due date, as the safe
 * reading of a limit is. A part of a same-day limit is less than procmap counts in it; under a month, the days it
 * is about, for the officer to write in days.
 */
export function keptShare(general: Duration, kept: number): Duration | ShareRefusal {
  if (!(kept > 0)) return { why: 'none' };
  // Part of the same day is some hours of it, which the bracket must say.
  if (general.unit === 'sameday') return { why: 'part' };
  const step = STEPS[general.unit];
  // Rounded to the step from below, past the float error of exact shares (06 less 1/3 is 4, not 3,5).
  const steps = Math.floor((general.value * Math.min(kept, 1)) / step + 1e-9);
  if (steps <= 0 && general.unit === 'month')
    return { why: 'month', days: Math.floor(general.value * kept * DAYS_IN_A_MONTH + 1e-9) };
  if (steps <= 0) return { why: 'part' };
  const value = general.unit === 'h' ? steps / 60 : Math.round(steps * step * 100) / 100;
  return { value, unit: general.unit };
}

// A share anywhere in a text, for finding one no reading has taken.
const SHARE_IN_TEXT = lazyPattern(() => new RegExp(String.raw`(?<![\p{L}\d])(?:${SHARE})(?![\p{L}\d])`, 'giu'));
// Words before a share, in its clause, that make it a share of a limit: "giảm", "rút ngắn", "còn", "bằng".
const SHARE_VERB = lazyPattern(
  () => /(?:^|[^\p{L}])(?:giảm|rút ngắn|rút bớt|bớt|còn|bằng|ít hơn)(?![\p{L}])[^,;:()]*$/iu,
);
const TIME_AFTER = lazyPattern(() => new RegExp(`^ ${TIME_WORDS}(?!\\p{L})`, 'iu'));
// The fee alone after a share: "50% lệ phí", not "50% lệ phí và thời gian".
const FEE_AFTER = lazyPattern(() => new RegExp(`^ ${FEE_WORDS}(?!\\p{L})(?! và (?:thời gian|thời hạn))`, 'iu'));
// How far before a share its verb is looked for: a clause of the law, not a page.
const CLAUSE = 80;

/**
 * The first share in a text that is of a limit (after "giảm", "còn" or the like, or before "thời gian") but not of the
 * fee alone ("giảm 50% lệ phí" stays a remark), as written; undefined for none. For a bracket whose share no reading
 * took: it is refused, never dropped.
 */
export function limitShareIn(text: string): string | undefined {
  const pattern = SHARE_IN_TEXT();
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    const after = text.slice(end, end + CLAUSE);
    if (FEE_AFTER().test(after)) continue;
    const before = text.slice(Math.max(0, match.index - CLAUSE), match.index);
    if (SHARE_VERB().test(before) || TIME_AFTER().test(after)) return match[0];
  }
  return undefined;
}
