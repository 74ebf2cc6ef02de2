import { dayFromParts, dayParts, daysInMonth, labelledDate, readDay, type DateFault, type Day } from './moment.js';

// "bù" as a word ("Làm bù", "lam bu"): the name of a make-up day, which names the day off it pays for after it.
const MAKE_UP_WORD = /(?<!\p{L})b[ùu](?!\p{L})/iu;
// The day and month after "bù" when the name gives no year: "làm bù ngày 12/2", "làm bù T2 31/8" (the first figures
// that read as a day and a month, not the 2 of "T2").
const YEARLESS =
  /(?<!\p{L})b[ùu](?!\p{L})(?:[^\d]|(?<=(?<!\p{L})[Tt])\d){0,40}?(?<![\d/.\-–])(\d{1,2})\s*[/.\-–]\s*(\d{1,2})(?![\d/.\-–])/iu;

/** The day a make-up day's name pays for, or what is wrong with the date it writes (`written`, as written). */
export type MadeUpReading = { day: Day } | { fault: DateFault; written: string } | undefined;

/**
 * The day off a make-up working day's name says it makes up ("Làm bù cho ngày 12/02/2027", "Làm bù cho thứ Sáu 12
 * tháng 2 năm 2027", "làm bù ngày 12/2" with the make-up day's year), or the fault of a date written there that
 * cannot be (31/02/2027, a weekday not the date's); undefined when the name names no such day.
 */
export function readMadeUpDay(name: string, makeUp: Day): MadeUpReading {
  const text = name.normalize('NFC');
  if (!MAKE_UP_WORD.test(text)) return undefined;
  // The date after the words, read as every date of the calendar is (a weekday, a month in words).
  const written = labelledDate(text);
  if (written && MAKE_UP_WORD.test(written.name)) {
    const reading = readDay(written.date);
    if (reading !== undefined) return 'day' in reading ? reading : { fault: reading.fault, written: written.date };
  }
  const yearless = YEARLESS.exec(text);
  if (!yearless) return undefined;
  const [year, month, date] = [dayParts(makeUp).year, Number(yearless[2]), Number(yearless[1])];
  const day = dayFromParts(year, month, date);
  // With the make-up day's year written in, the weekday before the date is checked as in a whole date ("thứ Hai 30/8"
  // is a Sunday in 2026): the same reader, so the same words say what is wrong.
  const end = yearless.index + yearless[0].length;
  const dated = labelledDate(`${text.slice(0, end)}/${year}${text.slice(end)}`);
  const reading = dated && MAKE_UP_WORD.test(dated.name) ? readDay(dated.date) : undefined;
  if (reading !== undefined && 'fault' in reading && reading.fault.kind === 'weekday')
    return { fault: reading.fault, written: dated!.date.replace(`/${year}`, '') };
  if (day !== undefined) return { day };
  const at = `${yearless[1]}/${yearless[2]}`;
  return month < 1 || month > 12
    ? { fault: { kind: 'month', year, month, date }, written: at }
    : { fault: { kind: 'day', year, month, days: daysInMonth(year, month) }, written: at };
}

/** The day off a make-up working day's name says it makes up; undefined when it names none, or none that can be. */
export function madeUpDay(name: string, makeUp: Day): Day | undefined {
  const reading = readMadeUpDay(name, makeUp);
  return reading !== undefined && 'day' in reading ? reading.day : undefined;
}
