import { fill, type Lang } from '../i18n.js';
import type { Duration } from '../model/types.js';
import type { WorkingTime } from './analyse.js';
import { formatTimeAgainst } from './time-against.js';

const WORDS = {
  vi: {
    within: 'Đạt: còn dư {margin} so với thời hạn',
    exactly: 'Đạt: vừa đúng thời hạn',
    over: 'Vượt thời hạn giải quyết {margin}',
  },
  en: {
    within: 'Within the limit, {margin} to spare',
    exactly: 'Within the limit, with none to spare',
    over: 'Over the limit by {margin}',
  },
} as const;

/**
 * A total against its limit, "Đạt: còn dư 1 ngày làm việc (8 giờ) so với thời hạn", "Vượt thời hạn giải quyết 2 giờ",
 * or "Đạt: vừa đúng thời hạn" with nothing to spare: one sentence for the document's 5.4 and the flowchart's summary,
 * which say the same in the same words. `slack`: what is left (or over), in the limit's unit.
 */
export function slackVerdictText(
  limit: Duration,
  slack: WorkingTime,
  within: boolean,
  hoursPerDay: number,
  lang: Lang,
): string {
  const words = WORDS[lang];
  if (slack.hours === 0) return words.exactly;
  return fill(within ? words.within : words.over, { margin: formatTimeAgainst(limit, slack, hoursPerDay, lang) });
}
