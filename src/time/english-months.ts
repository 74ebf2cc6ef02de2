/**
 * Months named in English, as a spreadsheet set to an English locale exports a date cell ("10-Mar-2026", "Mar 10,
 * 2026", "10 March 2026"). A named month cannot be mistaken for the day, so these dates are read whichever comes
 * first; a date in figures alone stays day first (src/time/moment.ts).
 */

import { lazyPattern } from '../model/lazy-pattern.js';

// Each month's full name and the letters it may be shortened to (Sept as well as Sep), in either letter case: the
// schemas' patterns take no flags, so each letter is written as its pair.
const MONTH_NAMES: readonly [short: string, rest: string, month: number][] = [
  ['jan', 'uary', 1],
  ['feb', 'ruary', 2],
  ['mar', 'ch', 3],
  ['apr', 'il', 4],
  ['may', '', 5],
  ['jun', 'e', 6],
  ['jul', 'y', 7],
  ['aug', 'ust', 8],
  ['sep', 't|tember', 9],
  ['oct', 'ober', 10],
  ['nov', 'ember', 11],
  ['dec', 'ember', 12],
];

/** A text's letters, each as `[Xx]`, so that a pattern without the `i` flag reads it in either case. */
const anyCase = (text: string) => text.replace(/[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`);

/** The month names and their short forms, with an optional full stop ("Mar."), as a pattern without flags. */
export const ENGLISH_MONTH_PATTERN = `(?:${MONTH_NAMES.map(([short, rest]) =>
  rest === '' ? anyCase(short) : `${anyCase(short)}(?:${rest.split('|').map(anyCase).join('|')})?`,
).join('|')})\\.?`;

/** The month an English month name or its short form names (`Mar`, `march`, `Sept.` → 3, 3, 9), or undefined. */
export function monthOfEnglish(word: string): number | undefined {
  const bare = word.toLowerCase().replace(/\.$/, '');
  return MONTH_NAMES.find(
    ([short, rest]) => bare === short || rest.split('|').some((tail) => tail !== '' && bare === short + tail),
  )?.[2];
}

// A date with its month named in English, day first ("10-Mar-2026", "10 Mar 2026", "10th March 2026") or month first
// ("Mar 10, 2026", "March 10th 2026"), with a year of four digits or two, and what follows it (a clock in an export's
// cell). The name says which is the month, so either order reads one way.
const DAY_FIRST = lazyPattern(
  () =>
    new RegExp(
      `^(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-/.]\\s*|\\s+)(${ENGLISH_MONTH_PATTERN})(?:,?\\s+|\\s*[-/.]\\s*)(\\d{4}|\\d{2})(?:,?\\s+(.+))?$`,
      'u',
    ),
);
const MONTH_FIRST = lazyPattern(
  () =>
    new RegExp(
      `^(${ENGLISH_MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4}|\\d{2})(?:,?\\s+(.+))?$`,
      'u',
    ),
);

/** A date whose month is named in English: its day, month and year as written (two or four digits), and what follows. */
export function englishDate(text: string): { date: number; month: number; year: string; rest?: string } | undefined {
  const dayFirst = DAY_FIRST().exec(text);
  const monthFirst = dayFirst ? null : MONTH_FIRST().exec(text);
  const [date, word, year, rest] = dayFirst
    ? [dayFirst[1]!, dayFirst[2]!, dayFirst[3]!, dayFirst[4]]
    : monthFirst
      ? [monthFirst[2]!, monthFirst[1]!, monthFirst[3]!, monthFirst[4]]
      : [];
  if (date === undefined) return undefined;
  return { date: Number(date), month: monthOfEnglish(word!)!, year: year!, ...(rest === undefined ? {} : { rest }) };
}

/** The whole date, day first, to write for an English-month date with a two-digit year (`10-Mar-26` → `10/03/2026`), its clock kept. */
export function englishShortYear(text: string): string | undefined {
  // procmap does not guess the century of "dd-mmm-yy": the date is refused with the whole one to write.
  const found = englishDate(text.trim());
  if (found === undefined || found.year.length !== 2) return undefined;
  const date = `${String(found.date).padStart(2, '0')}/${String(found.month).padStart(2, '0')}/20${found.year}`;
  // A moment's clock ("10-Mar-26 09:00", given to --received) stays in the example.
  return found.rest === undefined ? date : `${date} ${found.rest}`;
}
