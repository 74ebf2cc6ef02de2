import { fill, type Lang } from '../../i18n.js';
import type { Procedure } from '../../model/types.js';
import type { TimeAnalysis } from '../../time/analyse.js';
import { timedShares } from '../../time/share-time.js';
import { formatWorkingTime } from '../../time/units.js';
import type { CaseTimeView } from './view.js';

const WORDS = {
  vi: {
    text: 'Phần thời gian của {agency}: {share}; các bước của cơ quan này ({steps}) theo đường găng: {total}',
    within: 'Đạt: còn dư {margin} so với phần thời gian của {agency}',
    exactly: 'Đạt: vừa đúng phần thời gian của {agency}',
    over: 'Vượt phần thời gian của {agency} {margin}',
    unmatched:
      'Không đánh giá được các bước theo phần thời gian của từng cơ quan: "{agency}" không khớp với cơ quan nào thực hiện các bước',
  },
  en: {
    text: 'Share of {agency}: {share}; its steps ({steps}) on the critical path: {total}',
    within: 'Within the share of {agency}, {margin} to spare',
    exactly: 'Within the share of {agency}, with none to spare',
    over: 'Over the share of {agency} by {margin}',
    unmatched: 'The steps cannot be judged against each agency\'s share: "{agency}" names no body that does the steps',
  },
} as const;

/**
 * Section 5.4's line per agency of a liên thông limit, as it has one per case and channel: the agency's share, its
 * steps' time on the critical path (working time, as steps-within-share judges it) and the verdict; one line saying
 * which share names no body when one does not while others do. `names`: the steps as the page names them.
 */
export function shareTimeViews(
  procedure: Procedure,
  analysis: TimeAnalysis,
  lang: Lang,
  names: (ids: string[]) => string[],
): CaseTimeView[] {
  const hpd = analysis.hoursPerDay;
  const timed = timedShares(procedure, analysis.generalFlow, procedure.time_limit, hpd);
  const words = WORDS[lang];
  if (timed?.kind === 'unmatched' && timed.matched.length > 0)
    return [{ text: null, verdict: fill(words.unmatched, { agency: timed.agency }), withinLimit: null }];
  if (timed?.kind !== 'timed') return [];
  const time = (hours: number) => formatWorkingTime(hours, hpd, lang);
  // A share in calendar days is dated by `time` from a receipt; section 5.4 adds up working time, which it is not.
  return timed.shares.flatMap(({ agency, limitHours, hours, steps }) => {
    if (limitHours === undefined) return [];
    const margin = limitHours - hours;
    const exact = Math.abs(margin) < 1e-9;
    const verdict = exact ? words.exactly : margin > 0 ? words.within : words.over;
    return {
      text: fill(words.text, { agency, share: time(limitHours), steps: names(steps).join(' → '), total: time(hours) }),
      verdict: fill(verdict, { agency, margin: time(Math.abs(margin)) }),
      withinLimit: margin > -1e-9,
    };
  });
}
