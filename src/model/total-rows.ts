import { isMap } from './data-object.js';
import { isWorkingTime, toWorkingHours } from './duration.js';
import { parseStepDuration } from './step-duration-words.js';
import { asciiWords, asciiWordsMayStartWith } from './fold.js';
import type { LineIndex } from './source.js';
import type { SourceRange } from './types.js';

// A step table's last row, "Tổng thời gian giải quyết | … | 07 ngày làm việc", pasted with the steps, or its words
// written as a field of their own: the total procmap computes from the steps, not a step or a field.
const TOTAL_NAME = /^(?:tong thoi gian(?: .*)?|tong cong|tong)$/;
const TOTAL_ID = /^(?:tong|tong cong)$/;
// What every total's words start with: a text whose first ASCII letters say otherwise is not folded at all (every
// step of every file is asked, by two rules and the schema's total check; folding was a tenth of a lint).
const TOTAL_START = 'tong';

/** Whether a value's folded words match `words`, which only words starting with TOTAL_START match. */
function said(value: unknown, words: RegExp): boolean {
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  const text = String(value);
  return asciiWordsMayStartWith(text, TOTAL_START) && words.test(asciiWords(text));
}

// "Cộng", a Word table's last row alone, with its accents: without them it reads as "Công" too.
const SUM_WORD = /^cộng[.:]?$/u;
const MAY_SUM = /[cC]/;

/**
 * Whether a step is a step table's total row pasted as a step: named "Tổng thời gian…", "Tổng cộng" or "Cộng", or id
 * "Tổng" or "Cộng".
 */
export function isTotalRow(step: { id?: unknown; name?: unknown }): boolean {
  // "Cộng" is a few letters: a longer text is not it, and is not normalised for nothing.
  // Nor one without a "c" (an id "s1", "B2"): no normalising or lower-casing makes one.
  const sum = (value: unknown) =>
    typeof value === 'string' &&
    value.length < 16 &&
    MAY_SUM.test(value) &&
    SUM_WORD.test(value.normalize('NFC').trim().toLowerCase());
  return said(step.name, TOTAL_NAME) || said(step.id, TOTAL_ID) || sum(step.name) || sum(step.id);
}

/** Whether a procedure's key is a total written as a field (`Tổng thời gian giải quyết: 06 ngày làm việc`). */
export function isTotalKey(key: string): boolean {
  return asciiWordsMayStartWith(key, TOTAL_START) && /^tong (?:thoi gian|cong)\b/.test(asciiWords(key));
}

/**
 * The working hours of a procedure's steps one after the other, as a draft without `next` runs them, its total rows
 * left out; undefined when a step hands over otherwise or a time is not working time procmap reads.
 */
export function sequentialHours(steps: unknown, hoursPerDay: number): number | undefined {
  if (!Array.isArray(steps) || steps.length === 0) return undefined;
  let total = 0;
  for (const step of steps) {
    if (!isMap(step) || step.next !== undefined) return undefined;
    if (isTotalRow(step)) continue;
    const written = step.duration;
    // A step table's own forms ("Ngày làm việc: 05", "30´") are read as the step's time is.
    const duration =
      typeof written === 'string' || typeof written === 'number' ? parseStepDuration(written) : undefined;
    if (duration === undefined || !isWorkingTime(duration)) return undefined;
    total += toWorkingHours(duration, hoursPerDay)!;
  }
  return total;
}

/**
 * The whole lines an entry or a list item stands on, from the start of its first line to the start of the line after
 * it, as a range a fix deletes; undefined when other text shares those lines (a map in braces, a comment after it).
 * `item`: the entry is a list item's map, with "- " before it.
 */
export function wholeLines(text: string, lines: LineIndex, range: SourceRange, item: boolean): SourceRange | undefined {
  const start = lines.offset(range.line, 1);
  const before = text.slice(start, lines.offset(range.line, range.column));
  if (!(item ? /^[ \t]*-[ \t]+$/ : /^[ \t]*$/).test(before)) return undefined;
  let end = lines.offset(range.endLine, range.endColumn);
  // A block ends where the next line starts, or after the indent of a line of its own.
  const lineStart = lines.offset(range.endLine, 1);
  const rest = /^[^\r\n]*(?:\r?\n|$)/.exec(text.slice(end))![0];
  if (/^[ \t]*$/.test(text.slice(lineStart, end)) && range.endLine > range.line) end = lineStart;
  else if (/^[ \t]*(?:\r?\n|$)/.test(rest)) end += rest.length;
  else return undefined;
  return lines.range(start, end);
}
