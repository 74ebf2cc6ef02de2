import type { Translated } from '../i18n.js';
import { bareCaseDays } from '../model/bare-case-days.js';
import { readDuration } from '../model/duration.js';
import { formatNumber, plural } from '../time/units.js';
import { said } from './import-messages.js';

/**
 * What the import report says of a limit whose days are a plain "N ngày", as `ambiguous-days` says it in lint: procmap
 * counts calendar days, as the law reads the word, while officers often mean working days; both readings, and what to
 * write for each, for the other cases' days in the law's words after it too, asked about alone when the limit's own say
 * which days they are. `what` names where the limit was written
 * (the column's header, the record's way of filing). Undefined for a limit that says which days it counts.
 */
export function bareDaysSaid(limit: string, what: Translated): Translated | undefined {
  const reading = readDuration(limit);
  if (!reading.ok) return undefined;
  const others = bareCaseDays(limit);
  const listed = others.map(({ count }) => `"${count}"`).join(', ');
  const number = (value: number) => ({ en: formatNumber(value, 'en'), vi: formatNumber(value, 'vi') });
  if (reading.bare)
    return said('bareDays', {
      what,
      limit,
      value: number(reading.duration.value),
      dayWord: plural(reading.duration.value, 'day'),
      others: others.length === 0 ? '' : said('bareDaysCases', { days: listed }),
    });
  // The limit says its days, another case's do not: asked about as the limit's own would be.
  const [first] = others;
  return first && said('bareCaseDays', { what, limit, days: listed, value: number(first.value) });
}
