import { lazyPattern } from './lazy-pattern.js';
import { STEP_WORD } from './suggest.js';

// A step's number pasted with its name from Word: after "Bước", "B" or "Step" (`Bước 1: Tiếp nhận`, `B1. Tiếp nhận`,
// `Bước 2 - Thẩm định`, `Bước 1 xử lý`), the number is a step's whatever follows it; a number alone is a list's only
// with a list's mark after it and a word after that (`1. Tiếp nhận`, `2) Thẩm định`, `3 - Trả kết quả`), for a name
// may start with a number that counts something (`1 cửa`, `30 ngày`, `1,5 ngày`, `1/2 hồ sơ`). Sub-steps' numbers
// (`Bước 2.1:`) are numbers too; a full-width colon is typed by Vietnamese input methods.
const NUMBER = String.raw`(\d{1,3}(?:\.\d{1,3})*)`;
const MARK = String.raw`[.:)/：]|[-–—](?=\s|$)`;
// A bracket between the number and its mark ("Bước 1 (Bộ phận Một cửa): …") names who does the step, not the step.
const BRACKET = String.raw`(?:\(([^()]{1,100})\)\s*(?=${MARK}))?`;
const AFTER_WORD = lazyPattern(
  () =>
    new RegExp(
      String.raw`^(?:${STEP_WORD.source})\s*\.?\s*${NUMBER}(?![\p{L}\p{N}])\s*${BRACKET}(?:${MARK})?\s*`,
      'iu',
    ),
);
const ALONE = lazyPattern(() => new RegExp(String.raw`^${NUMBER}(?:\s*(?:${MARK}))\s*(?=\p{L})`, 'u'));
const MAY_START = /^[\dbs]/iu;

/** One step number at the start of a name, with the bracket after it, and where the rest starts; undefined for none. */
function numberAt(name: string): { digits: string; bracket?: string; end: number } | undefined {
  // Every step's name comes here: one that cannot start a number or a step word ("Tiếp nhận …") is answered without
  // the patterns, which are compiled on first use (STEP_WORD's words start with b or s, in any case).
  if (!MAY_START.test(name)) return undefined;
  const found = AFTER_WORD().exec(name) ?? ALONE().exec(name);
  if (!found) return undefined;
  return { digits: found[1]!, ...(found[2] === undefined ? {} : { bracket: found[2].trim() }), end: found[0].length };
}

// A name pasted twice over is a number or two deep ("Bước 1: Bước 1: …"); more is no paste.
const MAX_REPEATS = 3;

/**
 * The step numbers a name starts with, as written (repeats included, "Bước 1: Bước 1") and the first as a number
 * (undefined for a sub-step's), the bracket written after one, and the rest.
 */
export function pastedNumber(
  name: string,
): { written: string; number?: number; bracket?: string; rest: string } | undefined {
  const first = numberAt(name);
  if (!first) return undefined;
  let [end, bracket] = [first.end, first.bracket];
  for (let n = 1, next = numberAt(name.slice(end)); next && n < MAX_REPEATS; n++, next = numberAt(name.slice(end))) {
    bracket ??= next.bracket;
    end += next.end;
  }
  return {
    written: name
      .slice(0, end)
      .trim()
      .replace(/\s*(?:[.:)/：]|[-–—])$/u, ''),
    ...(first.digits.includes('.') ? {} : { number: Number(first.digits) }),
    ...(bracket === undefined ? {} : { bracket }),
    rest: name.slice(end).trim(),
  };
}

/**
 * Whether a step's new name is its old one with the pasted step number taken off, as step-number-in-name's fix writes
 * it: the document numbers its steps itself and prints the same name either way.
 */
export function isStepNumberRemoved(before: unknown, after: unknown): boolean {
  if (typeof before !== 'string' || typeof after !== 'string') return false;
  const pasted = pastedNumber(before);
  return pasted !== undefined && pasted.rest !== '' && pasted.rest === after.trim();
}
