/** The other cases' counts of days, in the law's words after a limit, that say no more than "ngày". */
import { readDuration } from './duration.js';
import { lazyPattern } from './lazy-pattern.js';

// A count of days with the word "ngày" after it, wherever it stands in what the law writes after the limit ("…;
// trường hợp phải xác minh thì không quá 15 ngày"); the words after it, to the end of its clause, say which days. A
// fraction ("1/2 ngày", a step's hours glossed as the half day they are) is one count, never "2 ngày".
const DAY_COUNT = lazyPattern(() => /(?<![\p{L}\p{N}.,/])(\d+(?:[.,/]\d+)?\s*(?:ngày|ngay))(?!\p{L})[^;,()]*/giu);

/** A plain count of days in a limit's note: as written ("15 ngày"), its number, and where it starts in the limit. */
export interface BareCaseDays {
  count: string;
  value: number;
  at: number;
}

/**
 * The counts of days of the other cases a limit names after its own ("05 ngày làm việc; trường hợp phải xác minh thì
 * không quá 10 ngày") that say no more than "ngày": calendar days in law, working days to many officers, as a plain
 * limit is (rule ambiguous-days). None for a text that is no limit, or whose note procmap cannot find in it as written.
 */
export function bareCaseDays(limit: string): BareCaseDays[] {
  const reading = readDuration(limit);
  if (!reading.ok || reading.duration.note === undefined) return [];
  const { note } = reading.duration;
  // A case after a semicolon is kept in brackets it was not written with.
  const inner = note.startsWith('(') && note.endsWith(')') ? note.slice(1, -1) : note;
  const from = limit.lastIndexOf(inner);
  if (from < 0) return [];
  return [...limit.slice(from).matchAll(DAY_COUNT())].flatMap((match) => {
    const days = readDuration(match[0].trim());
    if (!days.ok || !days.bare) return [];
    return [{ count: match[1]!, value: days.duration.value, at: from + match.index }];
  });
}
