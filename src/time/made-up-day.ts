import { dayFromParts, dayParts, labelledDate, parseDay, type Day } from './moment.js';

// "bù" as a word ("Làm bù", "lam bu"): the name of a make-up day, which names the day off it pays for after it.
const MAKE_UP_WORD = /(?<!\p{L})b[ùu](?!\p{L})/iu;
// The day and month after "bù" when the name gives no year: "làm bù ngày 12/2".
const YEARLESS = /(?<!\p{L})b[ùu](?!\p{L})[^\d]{0,40}?(\d{1,2})\s*[/.\-–]\s*(\d{1,2})(?![\d/.\-–])/iu;

/**
 * The day off a make-up working day's name says it makes up ("Làm bù cho ngày 12/02/2027", "Làm bù cho thứ Sáu 12
 * tháng 2 năm 2027", "làm bù ngày 12/2" with the make-up day's year); undefined when the name names no such day.
 */
export function madeUpDay(name: string, makeUp: Day): Day | undefined {
  const text = name.normalize('NFC');
  if (!MAKE_UP_WORD.test(text)) return undefined;
  // The date after the words, read as every date of the calendar is (a weekday, a month in words).
  const written = labelledDate(text);
  const whole = written && MAKE_UP_WORD.test(written.name) ? parseDay(written.date) : undefined;
  if (whole !== undefined) return whole;
  const yearless = YEARLESS.exec(text);
  if (!yearless) return undefined;
  return dayFromParts(dayParts(makeUp).year, Number(yearless[2]), Number(yearless[1]));
}
