import { fill, type Lang } from '../i18n.js';
import { CHANNEL_NAMES } from '../model/channels.js';
import type { WorkingTime } from './analyse.js';
import { bracketable, limitWords, type LimitReader } from './limit-words.js';
import { formatTimeAgainst } from './time-against.js';
import { formatOverrun } from './units.js';
import type { TimeVerdict } from './verdict.js';

// English names a same-day limit as people say it, "the same-day limit", never "the limit of same day".
const WORDS = {
  vi: {
    within: 'Đạt: còn dư {margin} so với thời hạn {limit} ({channel})',
    exactly: 'Đạt: vừa đúng thời hạn {limit} ({channel})',
    over: 'Vượt thời hạn giải quyết {limit} ({channel}) là {margin}',
    theLimit: '{limit}',
    sameDay: 'trong ngày',
    // The procedure's own limit named beside others (5.4 with a channel's or a case's own on the lines after it).
    plainWithin: 'Đạt: còn dư {margin} so với thời hạn {limit}',
    plainExactly: 'Đạt: vừa đúng thời hạn {limit}',
    plainOver: 'Vượt thời hạn giải quyết {limit} là {margin}',
  },
  en: {
    within: 'Within {limit} ({channel}), {margin} to spare',
    exactly: 'Within {limit} ({channel}), with none to spare',
    over: 'Over {limit} ({channel}) by {margin}',
    theLimit: 'the limit of {limit}',
    sameDay: 'the same-day limit',
    plainWithin: 'Within {limit}, {margin} to spare',
    plainExactly: 'Within {limit}, with none to spare',
    plainOver: 'Over {limit} by {margin}',
  },
} as const;

/**
 * The verdict against a channel's own limit when that is the tightest, the channel named: "Vượt thời hạn giải quyết
 * 8 ngày làm việc (trực tuyến) là 0,5 ngày làm việc" / "Over the same-day limit (online) by 2 working hours". One
 * sentence for the document's 5.4 and the flowchart's summary, which say the same in the same words; the limit
 * without a bracket of its own before the channel's ("45 ngày lịch (trực tuyến)"). Without `verdict.channel`, the
 * procedure's own limit named the same way: "Đạt: còn dư 2 ngày làm việc (16 giờ) so với thời hạn 10 ngày làm việc".
 */
export function channelVerdictText(
  verdict: TimeVerdict,
  slack: WorkingTime,
  hoursPerDay: number,
  lang: Lang,
  reader: LimitReader,
): string {
  const words = WORDS[lang];
  const limit =
    // The next-day limit is named in its words ("trong ngày làm việc tiếp theo"), as any other limit is.
    verdict.limitDuration.unit === 'sameday' && verdict.limitDuration.nextDay === undefined
      ? words.sameDay
      : fill(words.theLimit, {
          limit: bracketable(limitWords(verdict.limitDuration, verdict.limitText, lang, { note: false, reader })),
        });
  const data = {
    limit,
    channel: verdict.channel === undefined ? '' : CHANNEL_NAMES[lang][verdict.channel].toLowerCase(),
    // An overrun that dates decide is the sweep's worst receipt, to the minute: in days and hours as lint says it
    // ("2 ngày 7 giờ 59 phút làm việc"), not "23 giờ 59 phút" that reads as another figure.
    margin:
      verdict.sweep !== undefined && verdict.withinLimit === false
        ? formatOverrun(Math.abs(slack.hours), hoursPerDay, lang)
        : formatTimeAgainst(verdict.limitDuration, slack, hoursPerDay, lang),
  };
  // Without a channel: the procedure's own limit, named because other limits are judged beside it.
  const [exactly, over, within] =
    verdict.channel === undefined
      ? [words.plainExactly, words.plainOver, words.plainWithin]
      : [words.exactly, words.over, words.within];
  if (slack.hours === 0) return fill(exactly, data);
  return fill(verdict.withinLimit === false ? over : within, data);
}
