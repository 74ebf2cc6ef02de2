import type { Translated } from '../i18n.js';
import { bareCaseDays } from '../model/bare-case-days.js';
import { readDuration } from '../model/duration.js';
import { formatNumber, plural } from '../time/units.js';
import { plain, said } from './import-messages.js';
import { fill } from '../i18n.js';
import { breakdownShares, explicitBreakdown, SHARE_WORDS } from '../model/limit-breakdown.js';

/**
 * What the import report says of a limit whose days are a plain "N ngày", as `ambiguous-days` says it in lint: procmap
 * counts calendar days, as the law reads the word, while officers often mean working days; both readings, and what to
 * write for each, for the other cases' days in the law's words after it too, asked about alone when the limit's own say
 * which days they are. `what` names where the limit was written
 * (the column's header, the record's way of filing); `plainDays`, that a header's plain "ngày" gave its unit, whole
 * number or not; `underWorkingLimit`, that it is a step's time under a limit in working days, which procmap counts in
 * working days as lint and `time` do (model/step-days.ts) and says so in lint's words. Undefined for a limit that says
 * which days it counts.
 */
export function bareDaysSaid(
  limit: string,
  what: Translated,
  plainDays = false,
  underWorkingLimit = false,
): Translated | undefined {
  const read = readDuration(limit);
  if (!read.ok) return undefined;
  const { unit, value } = read.duration;
  // A number whose plain "ngày" a header gave ("Thời gian (ngày)"): asked about whole or not, "0,5" as "3" is.
  const reading = plainDays && (unit === 'd' || unit === 'cd') ? { ...read, bare: true } : read;
  // A breakdown by agency ("15 ngày làm việc (trong đó: UBND xã 05 ngày; …)") names no other case: its bare shares
  // are parts of the total, read in its unit and said in lint's words (ambiguous-days); with a bare total, one
  // reading for the total and its shares alike.
  const shares = breakdownShares(limit);
  if (shares.length > 0 && !reading.bare && (unit === 'd' || unit === 'cd')) {
    const kind = unit === 'd' ? 'working' : 'calendar';
    const data = {
      text: limit,
      counts: shares.map(({ count }) => `"${count}"`).join(', '),
      fixed: explicitBreakdown(limit, shares, kind),
    };
    const share = { en: fill(SHARE_WORDS[kind].en, data), vi: fill(SHARE_WORDS[kind].vi, data) };
    return said('breakdownShares', { what, share });
  }
  // The shares of a bare total are in its two readings below; a total in another unit asks about them as lint does.
  const others = shares.length > 0 && reading.bare ? [] : bareCaseDays(limit);
  const listed = others.map(({ count }) => `"${count}"`).join(', ');
  const number = (value: number) => ({ en: formatNumber(value, 'en'), vi: formatNumber(value, 'vi') });
  // "0,5 ngày làm việc": what the officer writes is Vietnamese in either language of the report, decimal comma and all.
  const days = (count: number, kind: string) => plain(`${formatNumber(count, 'vi')} ngày ${kind}`);
  if (reading.bare && underWorkingLimit && shares.length === 0 && others.length === 0)
    return said('bareStepDays', {
      what,
      limit,
      value: number(value),
      dayWord: plural(value, 'day'),
      working: days(value, 'làm việc'),
      calendar: days(value, 'lịch'),
    });
  if (reading.bare)
    return said('bareDays', {
      what,
      limit,
      value: number(value),
      dayWord: plural(value, 'day'),
      working: shares.length > 0 ? plain(explicitBreakdown(limit, shares, 'working')) : days(value, 'làm việc'),
      calendar: shares.length > 0 ? plain(explicitBreakdown(limit, shares, 'calendar')) : days(value, 'lịch'),
      others: others.length === 0 ? '' : said('bareDaysCases', { days: listed }),
    });
  // The limit says its days, another case's do not: asked about as the limit's own would be.
  const [first] = others;
  return first && said('bareCaseDays', { what, limit, days: listed, value: number(first.value) });
}
