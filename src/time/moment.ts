/**
 * Local civil dates and times as plain numbers. Offices count in their own wall-clock time, so there is no time
 * zone anywhere: a Day is a count of days since 1970-01-01 and a Moment a count of minutes since its midnight.
 */

import { withoutDiacritics } from '../model/fold.js';
import { lazyPattern } from '../model/lazy-pattern.js';
import { asciiValue } from '../model/lookalikes.js';
import { romanNumber } from '../model/roman-numerals.js';
import { englishDate } from './english-months.js';
import { MONTH_WORD_PATTERN, monthOfWord } from './month-words.js';

/** A local date: days since 1970-01-01. */
export type Day = number;

/** A local date and time: minutes since 1970-01-01 00:00. */
export type Moment = number;

/** Minutes in a day. */
export const MINUTES_PER_DAY = 1440;

const MS_PER_DAY = 86_400_000;

/** The Day of a year, month (1–12) and day of month; undefined when the date does not exist (2026-02-30). */
export function dayFromParts(year: number, month: number, date: number): Day | undefined {
  if (month < 1 || month > 12 || date < 1 || date > 31) return undefined;
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  // Date.UTC maps years 0–99 to 1900–1999 and rolls 30 February over into March: refuse both.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) return undefined;
  return Math.round(ms / MS_PER_DAY);
}

/** Year, month (1–12) and day of month of a Day. */
export function dayParts(day: Day): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

// The last year asked for, as its first day and the first day of the next: a million dossiers fall in two or three years.
let yearRange = { year: 1970, first: 0, next: 365 };

/** The year of a Day (dayParts' year, without building a Date for each of a million dossiers). */
export function yearOfDay(day: Day): number {
  if (day < yearRange.first || day >= yearRange.next) {
    const { year } = dayParts(day);
    yearRange = {
      year,
      first: Math.round(Date.UTC(year, 0, 1) / MS_PER_DAY),
      next: Math.round(Date.UTC(year + 1, 0, 1) / MS_PER_DAY),
    };
  }
  return yearRange.year;
}

/** Day of the week: 0 Sunday, 1 Monday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The Day of a moment. */
export function dayOf(moment: Moment): Day {
  return Math.floor(moment / MINUTES_PER_DAY);
}

/** Minutes since midnight of a moment. */
export function minuteOf(moment: Moment): number {
  return moment - dayOf(moment) * MINUTES_PER_DAY;
}

/** The moment at a minute of a day. */
export function momentAt(day: Day, minute: number): Moment {
  return day * MINUTES_PER_DAY + minute;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-02-13` for a Day. */
export function formatDay(day: Day): string {
  const { year, month, date } = dayParts(day);
  return `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
}

/** `09:05` for minutes since midnight (1440 prints as 24:00). */
export function formatClock(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** `2026-02-13T09:00`: ISO 8601 local date-time without a zone, as in JSON output. */
export function formatMoment(moment: Moment): string {
  return `${formatDay(dayOf(moment))}T${formatClock(minuteOf(moment))}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Day first, as every Vietnamese document writes a date, never month first: 01/07/2025, 1/7/2025, 01-07-2025 or
// 01.07.2025 (one separator throughout, spaces around it allowed; the en dash Word types for "-" and the full-width
// slash of some input methods too), with or without a leading "ngày"; year first
// with any of those separators, as spreadsheets export it (2025/07/01, 2025-7-1); and in words, as Decree
// 30/2020/NĐ-CP sets dates in documents: "ngày 01 tháng 7 năm 2025" (the month in Roman numerals too, "tháng VII", and
// the year after a comma without "năm", "1 tháng 7, 2025"). schemas/procedure.schema.json's `date` accepts
// the same.
const DMY_DATE = /^(?:[Nn]g[àa]y\s*)?(\d{1,2}) ?([/.\-–—／]) ?(\d{1,2}|I{1,3}|IV|VI{0,3}|IX|XI{0,2}) ?\2 ?(\d{4})$/;
const YMD_DATE = /^(\d{4})([/.\-–—／])(\d{1,2})\2(\d{1,2})$/;
const WORDED_DATE = new RegExp(
  `^(?:[Nn]g[àa]y\\s+)?(\\d{1,2})\\s+(?:[Tt]h[áa]ng|[Tt]hg)\\s+(\\d{1,2}|I{1,3}|IV|VI{0,3}|IX|XI{0,2}|${MONTH_WORD_PATTERN})(?:,\\s*|\\s+)(?:[Nn][ăa]m\\s+)?(\\d{4})$`,
  'u',
);
// Around any of those: the place a decision is signed at, as its header dates it ("Bắc Ninh, ngày 15 tháng 10 năm
// 2025"); "từ ngày" as a decision says when it takes effect ("Có hiệu lực kể từ ngày 01/7/2025"); the label of a
// pasted cell ("Ngày hiệu lực: 01/7/2025", "Hiệu lực: …", in any letter case: "NGÀY HIỆU LỰC: …"); a full
// stop; midnight, as a spreadsheet or a system exports a date ("01/07/2025 00:00:00", "2025-07-01T00:00:00+07:00"). The words may be typed
// without accents ("ngay 01 thang 7 nam 2025"), where there is no Vietnamese keyboard.
const DATE_BEFORE = lazyPattern(
  () =>
    /^(?:\p{L}[\p{L} .-]{0,60}, ?(?=[Nn]g[àa]y\s)|(?:[Cc][óo] hi[ệe]u l[ựu]c )?(?:[Kk][ểe] )?[Tt][ừu] |(?:[Nn][Gg][ÀàAa][Yy] (?:[Cc][ÓóOo] )?)?[Hh][Ii][ỆệEe][Uu] [Ll][ỰựUu][Cc] ?: ?)/u,
);

/** A date's text without the words written before the date itself ("Ngày hiệu lực: ", "Có hiệu lực kể từ "). */
export function withoutDateLabel(text: string): string {
  return text.trim().normalize('NFC').replace(DATE_BEFORE(), '');
}
// After the date, "dương lịch" (solar) may say which calendar it is in: "mùng 5 tháng 2 năm 2027 (dương lịch)". Only
// then is a day written with "mùng", which mostly counts the days of a lunar month ("mùng 1 Tết"), read as a date.
const SOLAR_SAID = String.raw`,?\s{0,3}\(\s{0,3}(?:[Tt]heo\s{1,3})?[Dd][ưu][ơo]ng\s{1,3}[Ll][ịi]ch\s{0,3}\)|,?\s{1,3}(?:[Tt]heo\s{1,3})?[Dd][ưu][ơo]ng\s{1,3}[Ll][ịi]ch`;
const DATE_AFTER = new RegExp(`(?:[ T]00:00(?::00(?:\\.0+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(${SOLAR_SAID})?[.;]?$`, 'u');
const LUNAR_DAY_WORD = /^((?:[Nn]g[àa]y\s{0,3})?)[Mm][ùuồo]ng\s{1,3}/u;

/**
 * Year, month and day of a date written `YYYY-MM-DD`, day first with `/`, `-` or `.` (`01/07/2025`, `1.7.2025`), year
 * first with them (`2025/07/01`), or in words (`ngày 01 tháng 7 năm 2025`); unchecked; undefined for other shapes.
 */
export function dateParts(text: string): { year: number; month: number; date: number } | undefined {
  // A date as procmap writes it, nearly every date in a file, needs none of the patterns around it, each compiled on
  // first use (a few milliseconds of a one-file lint).
  let trimmed = text;
  if (!ISO_DATE.test(text)) {
    const bare = withoutDateLabel(text);
    const after = DATE_AFTER.exec(bare)!;
    trimmed = bare.slice(0, after.index);
    if (after[1] !== undefined) trimmed = trimmed.replace(LUNAR_DAY_WORD, '$1');
  }
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), date: Number(iso[3]) };
  const dmy = DMY_DATE.exec(trimmed);
  if (dmy) return { year: Number(dmy[4]), month: monthNumber(dmy[3]!), date: Number(dmy[1]) };
  const ymd = YMD_DATE.exec(trimmed);
  if (ymd) return { year: Number(ymd[1]), month: Number(ymd[3]), date: Number(ymd[4]) };
  const worded = WORDED_DATE.exec(trimmed);
  if (!worded) return englishDateParts(trimmed);
  // A month after "tháng" may be a Roman numeral, I to XII, as some decisions write it ("tháng VII"), or a word.
  return { year: Number(worded[3]), month: monthNumber(worded[2]!), date: Number(worded[1]) };
}

/** Year, month and day of a date whose month is named in English ("10-Mar-2026", "Mar 10, 2026"), or undefined. */
function englishDateParts(text: string): { year: number; month: number; date: number } | undefined {
  // A year of two digits ("10-Mar-26") is refused, as in figures (date-faults.ts says the date to write).
  const found = englishDate(text);
  if (found === undefined || found.rest !== undefined || found.year.length !== 4) return undefined;
  return { year: Number(found.year), month: found.month, date: found.date };
}

/** A month as dateParts reads it: in figures, in Roman numerals ("VII") or in words ("Mười Hai"). */
function monthNumber(written: string): number {
  return /\d/.test(written) ? Number(written) : (romanNumber(written) ?? monthOfWord(written)!);
}

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; setUTCFullYear, unlike Date.UTC, keeps years 0–99.
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  return last.getUTCDate();
}

/**
 * What is wrong with a text written as a date: a year no calendar here counts (0013), no such month, no such day in
 * its month, or a weekday not its date's.
 */
export type DateFault =
  | { kind: 'month'; year: number; month: number; date: number }
  | { kind: 'day'; year: number; month: number; days: number }
  | { kind: 'year'; year: number }
  | { kind: 'weekday'; written: string; day: Day };

/** A date as read: its day, or what is wrong with it; undefined when the text is not written as a date at all. */
export type DayReading = { day: Day } | { fault: DateFault } | undefined;

/**
 * Reads a date in any form dateParts reads, after its weekday as a notice or a receipt writes it (`thứ Năm, ngày
 * 04/02/2027`, `Chủ nhật ngày 14/02/2027`, `T5 04/02/2027`, after "từ" too): the weekday must be the date's. The one
 * reader of dates with their weekday, so a calendar file, `--as-of` and a procedure's dates refuse the same slips.
 * The schemas' `date` accepts what it reads (test/model/date-forms.test.ts). Full-width digits, no-break spaces and
 * Unicode hyphens are read as ASCII (asciiValue), as in a procedure, so `--as-of` and a calendar read them too.
 */
export function readDay(text: string): DayReading {
  const trimmed = asciiValue(text.normalize('NFC')).trim();
  // No weekday before a date as procmap writes it: the weekday pattern is not compiled for it (see dateParts).
  const leading = ISO_DATE.test(trimmed) ? null : DAY_WEEKDAY().exec(trimmed);
  const [named, rest] = leading ? [leading[1]!, leading[2]!] : [undefined, trimmed];
  const parts = dateParts(rest);
  if (!parts) return undefined;
  const { year, month, date } = parts;
  const day = dayFromParts(year, month, date);
  if (day === undefined)
    // "0013-02-14": the day is in its month, and the year is the slip (dayFromParts reads no year 0–99).
    return month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month)
      ? { fault: { kind: 'year', year } }
      : month < 1 || month > 12
        ? { fault: { kind: 'month', year, month, date } }
        : { fault: { kind: 'day', year, month, days: daysInMonth(year, month) } };
  if (named !== undefined && !namesWeekdayOf(named, day)) return { fault: { kind: 'weekday', written: named, day } };
  return { day };
}

/** Parses a date in any form readDay reads; undefined when it is not a real date (30/02/2026) or its weekday is wrong. */
export function parseDay(text: string): Day | undefined {
  const reading = readDay(text);
  return reading !== undefined && 'day' in reading ? reading.day : undefined;
}

// Between the two dates of a range: a dash of any length (the minus sign and full-width hyphen too), an arrow, or
// the words of a notice ("đến", "đến hết"), in English too. No spaces around it in the pattern: a long run of them
// would be scanned again from each of its spaces.
const RANGE_JOIN = lazyPattern(
  () => /->|→|[-–—−－]|(?<!\p{L})(?:đến hết|đến|tới|den het|den|toi|to|until)(?!\p{L})/giu,
);
// Longer than any range written on one line: no text is tried at each of its thousands of dashes.
const MAX_RANGE_TEXT = 200;
// What a notice writes in brackets after a date, its day in the lunar calendar: "(tức ngày 28 tháng Chạp năm Bính Ngọ)".
const LUNAR_GLOSS = lazyPattern(() => /\s*\((?:tức|tuc|nhằm|nham)(?!\p{L})[^()]{0,80}\)/giu);
// A label before the dates, as a notice names its break: "Nghỉ Tết: 04/02/2027 - 14/02/2027", or without the colon
// ("Tết 04/02/2027 - 14/02/2027", "Giỗ Tổ Hùng Vương 16/04/2027"), where its words hold no digit, so the dates start
// at the first word that reads as one.
// A label ended by its colon may be long: it often cites the decision that gives the day, with its date ("Nghỉ theo
// Quyết định số 1234/QĐ-UBND ngày 01/10/2027 của Ủy ban nhân dân tỉnh: 15/10/2027").
const COLON_LABEL = lazyPattern(() => /^(\p{L}[^:]{0,150}?)\s*:\s*(.+)$/u);
// A label never ends with "mùng" or "mồng": "mùng 5 tháng 2 năm 2027" is a (lunar) day, not a day named "mùng".
const BARE_LABEL = lazyPattern(() => /^\p{L}[^\d:]{0,60}(?<![Mm][ÙùỒồUuOo][Nn][Gg])$/u);
// A label with figures, as the commonest holidays are named ("Nghỉ lễ Quốc khánh 2/9 03/09/2027", "Tết 2027
// 04/02/2027 - 14/02/2027"), ends where the date or break that ends the line starts. It is a label only when it
// holds no date of its own ("Tết 04/02/2027 hoặc 14/02/2027") and does not end with a join ("Tết 2027 đến
// 14/02/2027"): else which day is meant is unclear. schemas/calendar.schema.json's `dateEntry` writes the same.
const FIGURED_LABEL = lazyPattern(
  () =>
    /^\p{L}[^:]{0,60}(?<![-–—−－>→]|[Mm][ÙùỒồUuOo][Nn][Gg]|(?<![\p{L}\d])(?:[Đđ][Ếế][Nn]|[Hh][Ếế][Tt]|[Tt][Ớớ][Ii]|[Dd][Ee][Nn]|[Hh][Ee][Tt]|[Tt][Oo][Ii]|[Tt][Oo]|[Uu][Nn][Tt][Ii][Ll]))$/u,
);
const DATE_INSIDE = lazyPattern(
  () =>
    new RegExp(
      `\\d{1,2} ?[/.\\-–—／] ?(?:\\d{1,2}|I{1,3}|IV|VI{0,3}|IX|XI{0,2}) ?[/.\\-–—／] ?\\d{4}|\\d{4}[/.\\-–—／]\\d{1,2}[/.\\-–—／]\\d{1,2}|\\d{1,2}\\s+(?:[Tt]h[áa]ng|[Tt]hg)\\s+(?:\\d{1,2}|I{1,3}|IV|VI{0,3}|IX|XI{0,2}|${MONTH_WORD_PATTERN})(?:,\\s*|\\s+)(?:[Nn][ăa]m\\s+)?\\d{4}`,
      'u',
    ),
);
const LABEL_SHAPE = lazyPattern(() => /^\p{L}[^:]{0,60}$/u);
const HALF_RANGE = /\d.*?(?:(?<!\p{L})(?:đến|tới|den|toi|to|until)(?!\p{L})|->|→)/iu;
// The first day of a range written without its year, which the last day's gives: "Từ 04/02 đến hết 14/02/2027".
const WITHOUT_YEAR = /\d{1,2}( ?[/.\-–—／] ?)\d{1,2}$/u;
// The same in words: "Từ ngày 06 tháng 2 đến hết ngày 14 tháng 2 năm 2027".
const WORDED_WITHOUT_YEAR = /\d{1,2}\s+[Tt]h[áa]ng\s+(?:\d{1,2}|I{1,3}|IV|VI{0,3}|IX|XI{0,2})$/u;

/** A range's two dates split at its join; the first completed with the last's year when it has none. */
function splitRange(text: string): { first: string; last: string } | undefined {
  // Dates written with dashes (4-2-2027) have dashes inside: the join is the one with a date on each side.
  for (const join of text.matchAll(RANGE_JOIN())) {
    const written = text.slice(0, join.index).trim();
    const last = text.slice(join.index + join[0].length).trim();
    if (written === '' || last === '') continue;
    const end = readDay(last);
    if (end === undefined) continue;
    if (readDay(written) !== undefined) return { first: written, last };
    const yearless = WITHOUT_YEAR.exec(written);
    // A first day in words without its year was read as part of a label before the last day alone.
    const worded = yearless ? undefined : WORDED_WITHOUT_YEAR.exec(written);
    if (!yearless && !worded) continue;
    const year =
      'day' in end ? dayParts(end.day).year : 'year' in end.fault ? end.fault.year : dayParts(end.fault.day).year;
    const withYear = (y: number) => (yearless ? `${written}${yearless[1]}${y}` : `${written} năm ${y}`);
    // A break over the new year ("Từ 30/12 đến 03/01/2027") starts in the year before.
    const [first, before] = [withYear(year), withYear(year - 1)];
    const start = parseDay(first);
    if (start !== undefined && 'day' in end && start > end.day && parseDay(before) !== undefined)
      return { first: before, last };
    if (readDay(first) !== undefined) return { first, last };
  }
  return undefined;
}

/**
 * The texts of the first and last day of a range written on one line, as notices write a break: `04/02/2027 -
 * 14/02/2027`, `04/02/2027 -> 14/02/2027`, `Từ 04/02 đến hết 14/02/2027` (the first's year given by the last), `Từ
 * thứ Năm ngày 04/02/2027 (tức ngày 28 tháng Chạp …) đến hết Chủ nhật ngày 14/02/2027` (the lunar day in brackets
 * left out); each written as a date (readDay reads it, faults and all), and the label before it as its name (`Nghỉ
 * Tết: …`, `Tết 04/02/2027 - …`). Undefined when the text is not two dates so joined.
 */
export function dateRangeParts(text: string): { first: string; last: string; name?: string } | undefined {
  const trimmed = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (trimmed.length > MAX_RANGE_TEXT) return undefined;
  const range = splitRange(bareRange(trimmed));
  if (range !== undefined) return range;
  for (const [name, rest] of [...labelSplits(trimmed), ...figuredLabelSplits(trimmed)]) {
    const named = splitRange(bareRange(rest));
    if (named !== undefined) return { ...named, name };
  }
  return undefined;
}

/** The words of a range's text before its first date: "từ" as a notice starts a break, the lunar day in brackets out. */
function bareRange(written: string): string {
  return written.replace(LUNAR_GLOSS(), '').replace(/^(?:từ|tu|from)\s+/iu, '');
}

/**
 * The text of a date written after its label, and the label (`Giỗ Tổ Hùng Vương 16/04/2027`, `Quốc khánh: 02/09/2027`),
 * as a holiday names its day; undefined when the text reads as a date as it is, or has no date after a label.
 */
export function labelledDate(text: string): { date: string; name: string } | undefined {
  const trimmed = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (trimmed.length > MAX_RANGE_TEXT || readDay(trimmed) !== undefined) return undefined;
  for (const [name, date] of [...labelSplits(trimmed), ...figuredLabelSplits(trimmed)])
    if (readDay(date) !== undefined) return { date, name };
  return undefined;
}

/**
 * Whether a text that reads neither as a date or break nor as one after its label ends with one after words that
 * cannot be told from it (`Tết 04/02/2027 hoặc 14/02/2027`, `Tết 2027 đến 14/02/2027`): a colon after the label says
 * where it ends.
 */
export function unclearLabel(text: string): boolean {
  const trimmed = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (trimmed.length > MAX_RANGE_TEXT || readDay(trimmed) !== undefined) return false;
  if (dateRangeParts(trimmed) !== undefined || labelledDate(trimmed) !== undefined) return false;
  for (const space of trimmed.matchAll(/ /g)) {
    const [label, rest] = [trimmed.slice(0, space.index), trimmed.slice(space.index + 1)];
    if (!LABEL_SHAPE().test(label)) return false;
    if (readDay(rest) !== undefined || splitRange(bareRange(rest)) !== undefined) return true;
  }
  return false;
}

/**
 * Half a break, whose first day has no month or year ("Từ ngày 6 đến hết ngày 12/02/2027"): the text with its first day
 * written whole ("Từ ngày 06/02/2027 đến hết ngày 12/02/2027") where a lone day of the last day's month says it, with
 * `first` undefined otherwise (a month in words, a day after the last's); undefined for a text that is no half break.
 */
export function halfRange(text: string): { whole?: string } | undefined {
  const trimmed = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (trimmed.length > MAX_RANGE_TEXT) return undefined;
  const at = trimmed.search(DATE_INSIDE());
  if (at <= 0) return undefined;
  const before = trimmed.slice(0, at);
  // A lone day (1 or 2 figures) before the join: "Tết 2027 đến 14/02/2027" is a label, said as such.
  if (!HALF_RANGE.test(before) || !/(?<!\d)\d{1,2}(?!\d)/u.test(before)) return undefined;
  const lastText = DATE_INSIDE().exec(trimmed.slice(at))![0];
  const last = readDay(lastText);
  const lone = /(?<!\d)(\d{1,2})(\s+(?:đến|tới|den|toi|to|until)(?!\p{L})|\s*(?:->|→|-|–))/iu.exec(before);
  if (!last || !('day' in last) || !lone || /\d/.test(before.slice(0, lone.index))) return {};
  const { year, month, date } = dayParts(last.day);
  const first = dayFromParts(year, month, Number(lone[1]));
  if (first === undefined || Number(lone[1]) > date) return {};
  const dmy = `${String(Number(lone[1])).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  return { whole: trimmed.slice(0, lone.index) + dmy + trimmed.slice(lone.index + lone[1]!.length) };
}

// A lone day, a dash and a whole date ending the line: "Nghỉ Tết 6 - 12/02/2027". The words before it hold no figure.
const DASHED_HALF = /^([^\d:]{0,60}?)\s*(?<![\d/.])(\d{1,2})\s*[-–—−－]\s*(\S.{0,60})$/u;

/**
 * A break whose first day is a lone figure before a dash ("Nghỉ Tết 6 - 12/02/2027"), which reads two ways: the first
 * day of the break in the last day's month (or the month before, for a figure past the last day's), or a figure of
 * the name ("Đợt 6 - 12/02/2027", a name and its date joined by a dash as officers often write them). The line with
 * the first day written whole, and, where words precede the figure, the line with the figure kept in the name;
 * undefined for a text that is not so written or whose figure is no day of either month.
 */
export function dashedHalfRange(text: string): { whole: string; named?: string } | undefined {
  const trimmed = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const found = DASHED_HALF.exec(trimmed);
  if (!found) return undefined;
  const [, words, lone, lastText] = found as unknown as [string, string, string, string];
  const last = readDay(lastText);
  if (!last || !('day' in last)) return undefined;
  const { year, month, date } = dayParts(last.day);
  const figure = Number(lone);
  const [y, m] = figure <= date ? [year, month] : month === 1 ? [year - 1, 12] : [year, month - 1];
  if (dayFromParts(y, m, figure) === undefined) return undefined;
  const first = `${String(figure).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  const label = words.trim();
  const whole = `${label === '' ? '' : `${label} `}${first} - ${lastText}`;
  return /\p{L}/u.test(label) ? { whole, named: `${label} ${lone}: ${lastText}` } : { whole };
}

/** The ways a text splits into a label and what follows it: at its colon, then at each space, the shortest label first. */
function* labelSplits(text: string): Generator<[label: string, rest: string]> {
  const colon = COLON_LABEL().exec(text);
  if (colon) yield [colon[1]!, colon[2]!];
  for (const space of text.matchAll(/ /g)) {
    const label = text.slice(0, space.index);
    // A longer label holds what this one does: a digit, a colon or too many letters ends the search.
    if (!BARE_LABEL().test(label)) return;
    yield [label, text.slice(space.index + 1)];
  }
}

/**
 * The ways a text splits into a label with figures and the date or break after it, the shortest label first: at
 * each space before which the words are a label (FIGURED_LABEL) and no date has started.
 */
function* figuredLabelSplits(text: string): Generator<[label: string, rest: string]> {
  const firstDate = text.search(DATE_INSIDE());
  for (const space of text.matchAll(/ /g)) {
    if (firstDate !== -1 && firstDate < space.index) return;
    const label = text.slice(0, space.index);
    if (!LABEL_SHAPE().test(label)) return;
    // Half a break ("Từ ngày 6 đến hết ngày 14/02/2027"): a day before a join is a first day, not a label's figure;
    // read as a label, the break was its last day alone.
    if (HALF_RANGE.test(label)) return;
    if (FIGURED_LABEL().test(label)) yield [label, text.slice(space.index + 1)];
  }
}

// A time of day as officers write it: 15:00, 7:30, 15h, 15h30, 15h30' (the minute mark), 15g30, 15 giờ, 15 giờ 30 phút
// (minutes in two digits: "15h5" could be 15:05 or 15:50), the words with or without accents.
// schemas/procedure.schema.json's `cutoff` accepts the same.
const CLOCK_TEXT = String.raw`(\d{1,2})(?::(\d{2})|\s*(?:[hHgG]|[Gg]i[ờo])(?:\s*(\d{2})(?:\s*(?:p|ph[úu]t)|['’′])?)?)`;
const CLOCK = new RegExp(`^${CLOCK_TEXT}$`, 'u');
// A date, then optionally a time of day (as above, with optional seconds) after "T", spaces or a comma.
// The same time of day inside a larger pattern: one capture for the whole of it.
const CLOCK_GROUP = `(${CLOCK_TEXT.replace(/\((?!\?)/g, '(?:')})`;
// Seconds after a time of day, captured with their fraction: read to the nearest second, as a dossier export's are
// (src/ontime/cells.ts), so that 09:00:00.5 is past 09:00 as 09:00:01 is, and 09:00:00.2 is not (a clock's noise).
const SECONDS = String.raw`(?::(\d{2}(?:\.\d+)?))?`;
// A dash between them too, as some exports write it ("13/02/2026 - 09:00").
const MOMENT = new RegExp(String.raw`^(.+?)(?:(?:T|,? +| ?[-–—] )${CLOCK_GROUP}${SECONDS})?$`, 'u');

/** Parses a time of day (`7:30`, `07:30`, `15h`, `15h30`, `15 giờ 30 phút`) into minutes since midnight; `24:00` only when `allowMidnight`. */
export function parseClock(text: string, allowMidnight = false): number | undefined {
  const match = CLOCK.exec(asciiValue(text.normalize('NFC')).trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? match[3] ?? 0);
  if (minutes > 59) return undefined;
  if (hours < 24 || (allowMidnight && hours === 24 && minutes === 0)) return hours * 60 + minutes;
  return undefined;
}

// Receipts and procmap's own appointment print the time first, with words between: "9 giờ 00 phút, ngày
// 13/02/2026", "15 giờ 45 phút, thứ Sáu, ngày 13/03/2026", "lúc 9h ngày 13/02/2026". The weekday, when written, must
// be the date's; in words ("bẩy" as much as "bảy"), in figures as most officers write it ("Thứ 5"), or as procmap's
// messages abbreviate it (T2 … T7, CN).
const WEEKDAY_TEXT = String.raw`th[ứu]\s+(?:hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảẩa]y|[2-7])|ch[ủu]\s+nh[ậa]t|t[2-7]|cn`;
// The date after the time starts with its digits ("ngày" aside), so that the time cannot swallow part of it.
const CLOCK_FIRST = lazyPattern(
  () =>
    new RegExp(
      String.raw`^(?:(?:lúc|hồi|vào|luc|hoi|vao)\s+)?${CLOCK_GROUP}${SECONDS}\s*,?\s*(?:(${WEEKDAY_TEXT})\s*,?\s*)?((?:ng[àa]y\s+)?\d.*)$`,
      'iu',
    ),
);
const LEADING_WEEKDAY = lazyPattern(() => new RegExp(String.raw`^(${WEEKDAY_TEXT})(?![\p{L}\d])\s*,?\s*(.+)$`, 'iu'));
// A weekday before a date alone, as a whole word ("T2…" or "CN…" run into other letters names no day), after "từ".
const DAY_WEEKDAY = lazyPattern(
  () => new RegExp(String.raw`^(?:(?:từ|tu)\s+)?(${WEEKDAY_TEXT})(?![\p{L}\d])\s*,?\s*(.+)$`, 'isu'),
);
const DATE_THEN_CLOCK = lazyPattern(
  () => new RegExp(String.raw`^(.+?)\s*,?\s+(?:lúc|hồi|vào|luc|hoi|vao)\s+${CLOCK_GROUP}${SECONDS}$`, 'iu'),
);
const WEEKDAYS = ['chủ nhật', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy'];
const WEEKDAY_SHORT = ['cn', 't2', 't3', 't4', 't5', 't6', 't7'];

// A twelve-hour clock, as exports in the Vietnamese Windows locale write it ("2:30:00 CH": chiều, afternoon; "9:00 SA":
// sáng, morning) and people say it ("9 giờ sáng", "2 giờ chiều", "9:00 AM"). Hours 1 to 12 only.
/**
 * The words for the part of the day after an hour: morning (sáng, SA, AM), around noon (trưa) or afternoon and evening
 * (chiều, tối, CH, PM).
 */
export const MERIDIEM_WORDS = 'am|pm|sa|ch|sáng|trưa|chiều|tối|sang|trua|chieu|toi';
const MERIDIEM = lazyPattern(
  () =>
    new RegExp(
      String.raw`(?<![\d/.-])(\d{1,2})(?::(\d{2})(?::(\d{2}(?:\.\d+)?))?|\s*(?:h|g|giờ|gio)\s*(\d{2})?(?:\s*(?:phút|phut))?)?\s*(${MERIDIEM_WORDS})(?![\p{L}\d])`,
      'iu',
    ),
);
const AFTERNOON = new Set(['pm', 'ch', 'chiều', 'tối', 'chieu', 'toi']);
const NOON = new Set(['trưa', 'trua']);

/**
 * The hour on the 24-hour clock of an hour said with its part of the day: 3 chiều is 15, 9 sáng is 9, 12 sáng is 0;
 * an hour already past noon stays (15 chiều is 15). "Trưa" is around noon, which no hour leaves in doubt: 11 and 12
 * trưa are 11 and 12, 1 and 2 trưa 13 and 14. Undefined when they disagree (15 sáng, 8 trưa) or the hour is no hour.
 */
export function meridiemHour(hour: number, word: string): number | undefined {
  const lower = word.toLowerCase();
  if (NOON.has(lower)) return hour >= 10 && hour <= 14 ? hour : hour >= 1 && hour <= 2 ? hour + 12 : undefined;
  const afternoon = AFTERNOON.has(lower);
  if (hour >= 1 && hour <= 12) return (hour % 12) + (afternoon ? 12 : 0);
  return afternoon && hour > 12 && hour < 24 ? hour : undefined;
}

/**
 * The text with a twelve-hour time of day written on the 24-hour clock (`2:30 CH` → `14:30`, `3:00:30 PM` →
 * `15:00:30`: the seconds stay, a dossier export counts them; `16:30 CH` → `16:30`); as it was otherwise.
 */
export function onTheDayClock(text: string): string {
  const match = MERIDIEM().exec(text);
  if (!match) return text;
  const hour = Number(match[1]);
  // "16:30 CH", as a receipt slip prints it: an hour past noon said to be in the afternoon is that hour, no doubt left.
  if (hour < 1 || hour > 23) return text;
  const hours = meridiemHour(hour, match[5]!);
  if (hours === undefined) return text;
  const clock = `${pad(hours)}:${match[2] ?? match[4] ?? '00'}${match[3] === undefined ? '' : `:${match[3]}`}`;
  return text.slice(0, match.index) + clock + text.slice(match.index + match[0].length);
}

// An ISO moment with its zone, as scripts and exports write it: the local part, and the zone.
const ZONED = /^(\d{4}-\d{1,2}-\d{1,2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?) ?(Z|[+-]\d{2}:?\d{2})$/i;
// Offices in Vietnam keep Vietnam time (UTC+7, no daylight saving since 1975), in minutes.
const VIETNAM_OFFSET = 7 * 60;

/**
 * The moment in Vietnam (Asia/Ho_Chi_Minh) of an instant given in milliseconds since 1970 UTC: a fixed offset, so
 * "now" reads the same on a machine set to UTC (a CI runner) as in the office, with no time-zone data needed.
 */
export function vietnamMoment(epochMs: number): Moment {
  return Math.floor(epochMs / 60_000) + VIETNAM_OFFSET;
}

/**
 * The minutes that move a moment written in a zone (`Z`, `+07:00`, `-0500`; none: local) to Vietnam time; undefined
 * for an offset no zone has (zones run from −12:00 to +14:00).
 */
export function zoneShift(zone: string | undefined): number | undefined {
  if (zone === undefined) return 0;
  if (zone.toUpperCase() === 'Z') return VIETNAM_OFFSET;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const [hours, minutes] = [Number(digits.slice(0, 2)), Number(digits.slice(2) || 0)];
  const offset = sign * (hours * 60 + minutes);
  if (minutes > 59 || offset < -12 * 60 || offset > 14 * 60) return undefined;
  return VIETNAM_OFFSET - offset;
}

// A zone written after a local moment, as exports label their times: "(GMT+7)", "GMT+07:00", "UTC+7", "+07", "ICT".
const ZONE_TAIL = lazyPattern(
  () =>
    /^(.+?) ?(?:\((?:GMT|UTC) ?([+-]) ?(\d{1,2})(?::?(\d{2}))?\)|(?:GMT|UTC) ?([+-]) ?(\d{1,2})(?::?(\d{2}))?|\((GMT|UTC|ICT)\)|(GMT|UTC|ICT)|([+-])(\d{2})(?::?(\d{2}))?)$/i,
);

/**
 * A zone written after a local date and time (`13/02/2026 09:00 (GMT+7)`, `… +07`, `… ICT`): the text before it, the
 * zone as written and its offset from UTC in minutes; undefined when the text ends with no zone.
 */
export function writtenZone(text: string): { local: string; zone: string; offset: number } | undefined {
  const match = ZONE_TAIL().exec(text.replace(/\s+/g, ' ').trim());
  if (!match) return undefined;
  const [sign, hours, minutes] = [
    match[2] ?? match[5] ?? match[10],
    match[3] ?? match[6] ?? match[11],
    match[4] ?? match[7] ?? match[12],
  ];
  const name = (match[8] ?? match[9])?.toUpperCase();
  const offset =
    name === undefined
      ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0))
      : name === 'ICT'
        ? VIETNAM_OFFSET
        : 0;
  return {
    local: match[1]!,
    zone: text
      .trim()
      .slice(match[1]!.length)
      .trim()
      .replace(/^\((.*)\)$/, '$1'),
    offset,
  };
}

/**
 * A moment as read (`dateOnly` when the text gave a date and no time: its midnight stands for "some time that day";
 * `pastMinute` when it gave seconds past the minute, read as the next minute, `second` those seconds), or the weekday its text names when that
 * is not the weekday of its date.
 */
export type MomentReading =
  | { moment: Moment; dateOnly?: true; pastMinute?: true; second?: number }
  | { wrongWeekday: { written: string; day: Day } }
  | { dateFault: { written: string; fault: DateFault } }
  | undefined;

/** Whether a weekday as written (`thứ Sáu`, `thu sau`, `T6`, `CN`) is the weekday of a date. */
function namesWeekdayOf(written: string, day: Day): boolean {
  // "Thứ 5" is T5, and "bẩy" another spelling of "bảy".
  const named = written
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^th[ứu] ([2-7])$/u, 't$1')
    .replace('bẩy', 'bảy');
  // Compared without accents: "thu Sau", typed without a Vietnamese keyboard, names Friday as "thứ Sáu" does.
  return (
    withoutDiacritics(named) === withoutDiacritics(WEEKDAYS[weekday(day)]!) || named === WEEKDAY_SHORT[weekday(day)]
  );
}

/**
 * The moment of a date and a time of day, when both exist and the weekday, if named, is the date's. Seconds past the
 * minute, to the nearest second, count it as the next minute, as a dossier export's are (src/ontime/cells.ts):
 * 15:00:59 and 15:00:00.5 are after a 15:00 cutoff in `time --received` as in `ontime`.
 */
function momentOfParts(
  date: string,
  clock: string | undefined,
  weekdayName: string | undefined,
  seconds?: string,
): MomentReading {
  const reading = readDay(date);
  const minute = clock === undefined ? 0 : parseClock(clock);
  // To the nearest second: 59.7 seconds are past the minute, and no more than the next minute.
  const second = seconds === undefined ? 0 : Math.round(Number(seconds));
  if (reading === undefined || minute === undefined || Number(seconds ?? 0) >= 60) return undefined;
  // A date that does not exist (31/02) is said as such, as a date option says it, not as a moment unread.
  if ('fault' in reading)
    return reading.fault.kind === 'weekday'
      ? { wrongWeekday: { written: reading.fault.written, day: reading.fault.day } }
      : { dateFault: { written: date, fault: reading.fault } };
  const { day } = reading;
  if (weekdayName !== undefined && !namesWeekdayOf(weekdayName, day))
    return { wrongWeekday: { written: weekdayName, day } };
  if (clock === undefined) return { moment: momentAt(day, minute), dateOnly: true };
  // Said so that a receipt in the last seconds before closing is kept in its day (receiptMinute).
  return second > 0
    ? { moment: momentAt(day, minute) + 1, pastMinute: true, second: Math.min(59, second) }
    : { moment: momentAt(day, minute) };
}

// Officers' other ways of writing a moment, each unambiguous: a time run on to its date by a dash ("14:30 -
// 07/04/2026"), a time in brackets after its date ("10/04/2026 (14:30)"), a time with a dot ("10.4.2026 14.30").
// One reader for dossier cells (src/ontime/cells.ts) and `time --received`: the same text reads the same in both.
const OFFICER_DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`;
const TIME_DASH_DATE = new RegExp(String.raw`^(\d{1,2}:\d{2}(?::\d{2})?)\s*[-–—]\s*(${OFFICER_DATE})$`);
const DATE_BRACKET_TIME = new RegExp(String.raw`^(${OFFICER_DATE})\s*\(\s*(\d{1,2}[:hg.]\d{2}(?::\d{2})?)\s*\)$`, 'i');
const DATE_DOT_TIME = new RegExp(String.raw`^(${OFFICER_DATE})\s+(\d{1,2})\.(\d{2})$`);

/** One of the officers' other forms above as `dd/mm/yyyy HH:mm` or `HH:mm dd/mm/yyyy`; the text itself otherwise. */
export function usualMomentForm(text: string): string {
  return text
    .replace(TIME_DASH_DATE, '$1 $2')
    .replace(DATE_BRACKET_TIME, (_, date: string, time: string) => `${date} ${time.replace('.', ':')}`)
    .replace(DATE_DOT_TIME, '$1 $2:$3');
}

/**
 * Reads a local moment as people and scripts write it: `2026-02-13 09:00`, `2026-02-13T09:00`, `13/02/2026 09:00`,
 * `13/02/2026 9h30` (the date in any form dateParts reads, the time in any form parseClock reads), with optional
 * seconds (past the minute: the next minute), or a date alone (its midnight); and time first as receipts write it
 * (`9 giờ 00 phút, ngày 13/02/2026`, `15 giờ 45 phút, thứ Sáu, ngày 13/03/2026`) or with "lúc" (`13/02/2026 lúc
 * 9h`); an ISO moment with its zone (`2026-02-13T09:00+07:00`, `…Z`) moved to Vietnam time, which offices keep. A
 * date that does not exist or names a weekday not its own comes back as what is wrong with it; undefined otherwise.
 */
export function readMoment(text: string): MomentReading {
  // Single spaces: the patterns below then cannot backtrack over a long run of them.
  const trimmed = usualMomentForm(onTheDayClock(asciiValue(text.normalize('NFC')).replace(/\s+/g, ' ').trim()));
  const zoned = ZONED.exec(trimmed);
  if (zoned) {
    const local = readMoment(zoned[1]!);
    if (local === undefined || !('moment' in local)) return local;
    const shift = zoneShift(zoned[2]);
    return shift === undefined ? undefined : { ...local, moment: local.moment + shift };
  }
  // A local date and time labelled with Vietnam's zone is that time; labelled with another, the clock is not the
  // office's, and moved it would hide a zone set wrong in the export: refused, and said so (momentOptionText).
  const labelled = writtenZone(trimmed);
  if (labelled) {
    const local = readMoment(labelled.local);
    if (local !== undefined) return labelled.offset === VIETNAM_OFFSET || !('moment' in local) ? local : undefined;
  }
  const first = CLOCK_FIRST().exec(trimmed);
  if (first) return momentOfParts(first[4]!, first[1], first[3], first[2]);
  const leading = LEADING_WEEKDAY().exec(trimmed);
  const [weekdayName, rest] = leading ? [leading[1], leading[2]!] : [undefined, trimmed];
  const after = DATE_THEN_CLOCK().exec(rest);
  // With its seconds too, as an export writes them ("13/02/2026 lúc 09:00:00"), as the time-first form reads them.
  if (after) return momentOfParts(after[1]!, after[2], weekdayName, after[3]);
  const match = MOMENT.exec(rest);
  return match ? momentOfParts(match[1]!, match[2], weekdayName, match[3]) : undefined;
}

/** A moment in any form readMoment reads; undefined otherwise, and when a weekday it names is not its date's. */
export function parseMoment(text: string): Moment | undefined {
  const reading = readMoment(text);
  return reading !== undefined && 'moment' in reading ? reading.moment : undefined;
}
