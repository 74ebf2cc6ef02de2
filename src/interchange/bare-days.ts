import type { Translated } from '../i18n.js';
import { readDuration } from '../model/duration.js';
import { formatNumber } from '../time/units.js';
import { said } from './import-messages.js';

// A count of days with the word "ngày" after it, wherever it stands in what the law writes after the limit ("…;
// trường hợp phải xác minh thì không quá 15 ngày"); the words after it, to the end of its clause, say which days.
const DAY_COUNT = /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?\s*(?:ngày|ngay))(?!\p{L})[^;()]*/giu;

/** The other cases' counts of days in a limit's note that say no more than "ngày": "15 ngày". */
function bareCountsIn(note: string | undefined): string[] {
  if (note === undefined) return [];
  return [...note.matchAll(DAY_COUNT)].flatMap(([clause, count]) => {
    const reading = readDuration(clause.trim());
    return reading.ok && reading.bare ? [count!] : [];
  });
}

/**
 * What the import report says of a limit whose days are a plain "N ngày", as `ambiguous-days` says it in lint: procmap
 * counts calendar days, as the law reads the word, while officers often mean working days; both readings, and what to
 * write for each, for the other cases' days in the law's words after it too. `what` names where the limit was written
 * (the column's header, the record's way of filing). Undefined for a limit that says which days it counts.
 */
export function bareDaysSaid(limit: string, what: Translated): Translated | undefined {
  const reading = readDuration(limit);
  if (!reading.ok || !reading.bare) return undefined;
  const { value, note } = reading.duration;
  const others = bareCountsIn(note).map((count) => `"${count}"`);
  const listed = others.join(', ');
  return said('bareDays', {
    what,
    limit,
    value: { en: formatNumber(value, 'en'), vi: formatNumber(value, 'vi') },
    others: others.length === 0 ? '' : said('bareDaysCases', { days: listed }),
  });
}
