/**
 * Dates procmap will not read, and what to say of each: a lunar month or day ("tháng Giêng", "mùng 5"), a month and
 * year without the day ("tháng 8/2025"). The schemas refuse them; these find the advice for the message.
 */
import { dateParts, withoutDateLabel } from './moment.js';
import { MONTH_WORD_PATTERN, monthOfWord } from './month-words.js';
import { romanNumber } from '../model/roman-numerals.js';

// tháng Giêng and tháng Chạp are the first and last months of the lunar year; no solar date is written with them.
const LUNAR_MONTH = /(?<!\p{L})th[áa]ng\s+(?:gi[êe]ng|ch[ạa]p)(?!\p{L})/iu;
// The lunar day a notice gives in brackets after the solar date ("(tức ngày 09 tháng Giêng …)") is no fault.
const LUNAR_ASIDE = /\s{0,3}\((?:tức|tuc|nhằm|nham)(?!\p{L})[^()]*\)/giu;
// "mùng 5" (also "mồng 5") counts the first ten days of a month, mostly of a lunar one ("mùng 1 Tết").
// Anywhere in the text, after a label too ("Tết mùng 5/2/2027").
const LUNAR_DAY = /(?<!\p{L})(?:m[ùu]ng|m[ồo]ng)\s{1,3}(?=\d)/iu;
const SOLAR_SAID = /\s{0,3}[(,]?\s{0,3}(?:theo\s{1,3})?(?:dương lịch|duong lich)\s{0,3}\)?/iu;

/**
 * What makes a text name a lunar date: its lunar month word ("tháng Giêng"), or, for a day written with "mùng", the
 * same date in figures to write if it is the solar one; undefined when it names no lunar date.
 */
export function lunarDate(text: string): { word: string } | { figures: string } | undefined {
  const normal = text.normalize('NFC').replace(LUNAR_ASIDE, '');
  const word = LUNAR_MONTH.exec(normal)?.[0];
  if (word !== undefined) return { word };
  const day = LUNAR_DAY.exec(normal);
  if (day === null) return undefined;
  const rest = normal.slice(day.index + day[0].length);
  const parts = dateParts(rest.replace(SOLAR_SAID, ' ').trim());
  return parts === undefined ? undefined : { figures: shown(parts.date, parts.month, parts.year) };
}

const MONTH_YEAR = new RegExp(
  `^(?:(?:[Tt]h[áa]ng|[Tt]hg)\\s+)?(\\d{1,2}|I{1,3}|IV|VI{0,3}|IX|XI{0,2}|${MONTH_WORD_PATTERN})\\s*(?:[/.\\-–]\\s*|,\\s*|\\s+(?:[Nn][ăa]m\\s+)?)(\\d{4})$`,
  'u',
);

/**
 * The first day of the month a text gives with its year and no day ("tháng 8/2025", "08/2025", "tháng Tám năm 2025"),
 * `01/08/2025`, as the example of a whole date to write; undefined for any other text.
 */
export function monthWithoutDay(text: string): string | undefined {
  const match = MONTH_YEAR.exec(withoutDateLabel(text).replace(/[.;]$/, ''));
  if (match === null) return undefined;
  const written = match[1]!;
  const month = /\d/.test(written) ? Number(written) : (romanNumber(written) ?? monthOfWord(written));
  // "08/2025" with no "tháng" is a month only if it is one; "13/2025" is something else.
  return month === undefined || month < 1 || month > 12 ? undefined : shown(1, month, Number(match[2]));
}

const shown = (date: number, month: number, year: number) =>
  `${String(date).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
