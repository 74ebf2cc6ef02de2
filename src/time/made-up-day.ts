import { dayFromParts, dayParts, type Day } from './moment.js';

// "Làm bù cho ngày 12/02/2027", "làm bù ngày 12/2", "Lam bu thu Sau 12-02-2027": the day after "bù" is the day off
// the make-up day pays for. A year left out is the make-up day's own (a swap never spans more than a few weeks).
const MADE_UP = /(?<!\p{L})b[ùu](?!\p{L})[^\d]{0,40}?(\d{1,2})\s*[/.\-–]\s*(\d{1,2})(?:\s*[/.\-–]\s*(\d{4}))?(?!\d)/iu;

/**
 * The day off a make-up working day's name says it makes up ("Làm bù cho ngày 12/02/2027"), read with the make-up
 * day's year when the name gives none; undefined when the name names no such day.
 */
export function madeUpDay(name: string, makeUp: Day): Day | undefined {
  const found = MADE_UP.exec(name.normalize('NFC'));
  if (!found) return undefined;
  const year = found[3] === undefined ? dayParts(makeUp).year : Number(found[3]);
  return dayFromParts(year, Number(found[2]), Number(found[1]));
}
