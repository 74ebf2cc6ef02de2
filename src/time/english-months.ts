/**
 * Months named in English, as a spreadsheet set to an English locale exports a date cell ("10-Mar-2026", "Mar 10,
 * 2026", "10 March 2026"). A named month cannot be mistaken for the day, so these dates are read whichever comes
 * first; a date in figures alone stays day first (src/time/moment.ts).
 */

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

// A date with its month in English and a year of two digits, as Excel's "dd-mmm-yy" shows it ("10-Mar-26"), either
// order: procmap does not guess the century, so it is refused with the date to write instead.
const SHORT_YEAR_FORMS = [
  new RegExp(
    `^(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-/.]\\s*|\\s+)(${ENGLISH_MONTH_PATTERN})(?:,?\\s+|\\s*[-/.]\\s*)(\\d{2})$`,
    'u',
  ),
  new RegExp(`^(${ENGLISH_MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{2})$`, 'u'),
];

/** The whole date, day first, to write for an English-month date with a two-digit year (`10-Mar-26` → `10/03/2026`). */
export function englishShortYear(text: string): string | undefined {
  const trimmed = text.trim();
  const dayFirst = SHORT_YEAR_FORMS[0]!.exec(trimmed);
  const monthFirst = dayFirst ? null : SHORT_YEAR_FORMS[1]!.exec(trimmed);
  const [date, word, year] = dayFirst
    ? [dayFirst[1]!, dayFirst[2]!, dayFirst[3]!]
    : monthFirst
      ? [monthFirst[2]!, monthFirst[1]!, monthFirst[3]!]
      : [];
  if (date === undefined) return undefined;
  return `${date.padStart(2, '0')}/${String(monthOfEnglish(word!)).padStart(2, '0')}/20${year}`;
}
