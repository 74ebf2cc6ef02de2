import { fill, type Lang } from '../../i18n.js';
import { CHANNEL_NAMES } from '../../model/channels.js';
import type { Flow } from '../../model/flow.js';
import type { Procedure } from '../../model/types.js';
import type { TimeAnalysis } from '../../time/analyse.js';
import { timedShares } from '../../time/share-time.js';
import type { CalendarShareLate } from '../../time/calendar-share.js';
import { formatDateTime, formatOverrun, formatWorkingTime } from '../../time/units.js';
import type { CaseTimeView } from './view.js';

const WORDS = {
  vi: {
    text: 'Phần thời gian của {agency}: {share}; các bước của cơ quan này ({steps}) theo đường găng: {total}',
    within: 'Đạt: còn dư {margin} so với phần thời gian của {agency}',
    exactly: 'Đạt: vừa đúng phần thời gian của {agency}',
    over: 'Vượt phần thời gian của {agency} {margin}',
    fits: 'Đạt: các bước xong trong phần thời gian của {agency} với mọi ngày nhận hồ sơ',
    late: 'Không đạt với mọi ngày nhận hồ sơ: nhận {received} thì các bước xong {finish}, sau khi hết phần thời gian của {agency} ({due}) {over}',
    unmatched:
      'Không đánh giá được các bước theo phần thời gian của từng cơ quan: "{agency}" không khớp với cơ quan nào thực hiện các bước',
  },
  en: {
    text: 'Share of {agency}: {share}; its steps ({steps}) on the critical path: {total}',
    within: 'Within the share of {agency}, {margin} to spare',
    exactly: 'Within the share of {agency}, with none to spare',
    over: 'Over the share of {agency} by {margin}',
    fits: 'Within the share of {agency} for every date it may get the dossier',
    late: 'Not within the share of {agency} for every date it may get the dossier: got {received}, its steps end {finish}, {over} after the share ends {due}',
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
  swept: readonly (CalendarShareLate | undefined)[] = [],
): CaseTimeView[] {
  return limitShareViews(procedure, analysis, lang, names, swept, procedure.time_limit, analysis.generalFlow);
}

/**
 * The same lines for each channel's own liên thông limit ("online: 12 ngày lịch (UBND xã: 05 ngày lịch; …)"), on the
 * paths that limit binds, each agency named with the channel ("UBND xã (trực tuyến)"), as `time` dates them under the
 * channel's appointment. `swept`: each channel's calendarShareSweeps, in the order of `channels`.
 */
export function channelShareViews(
  procedure: Procedure,
  analysis: TimeAnalysis,
  lang: Lang,
  names: (ids: string[]) => string[],
  swept: readonly ((CalendarShareLate | undefined)[] | undefined)[] = [],
): CaseTimeView[] {
  return (procedure.channels ?? []).flatMap(({ kind, time_limit: text }, i) => {
    // A channel without a limit of its own, or repeating the general one, has the general limit's lines.
    if (text === undefined || text === procedure.time_limit) return [];
    const channel = CHANNEL_NAMES[lang][kind].toLowerCase();
    const flow = analysis.channels[i]?.flow ?? analysis.generalFlow;
    return limitShareViews(procedure, analysis, lang, names, swept[i] ?? [], text, flow, channel);
  });
}

/** The lines of one limit's shares (`text`, judged on `flow`); `channel` names the way of filing it is for. */
function limitShareViews(
  procedure: Procedure,
  analysis: TimeAnalysis,
  lang: Lang,
  names: (ids: string[]) => string[],
  swept: readonly (CalendarShareLate | undefined)[],
  text: string,
  flow: Flow,
  channel?: string,
): CaseTimeView[] {
  const hpd = analysis.hoursPerDay;
  const timed = timedShares(procedure, flow, text, hpd);
  const words = WORDS[lang];
  const named = (agency: string) => (channel === undefined ? agency : `${agency} (${channel})`);
  if (timed?.kind === 'unmatched' && timed.matched.length > 0)
    return [{ text: null, verdict: fill(words.unmatched, { agency: named(timed.agency) }), withinLimit: null }];
  if (timed?.kind !== 'timed') return [];
  const time = (hours: number) => formatWorkingTime(hours, hpd, lang);
  return timed.shares.flatMap(({ agency: written, limitHours, hours, steps, time: share }, k) => {
    const agency = named(written);
    if (limitHours === undefined) {
      // A share in calendar days holds more or fewer working hours by the date: judged over the receipts swept, as
      // steps-within-share judges it; the share as written, the steps in working time.
      const late = swept[k];
      if (late === undefined) return [];
      const text = fill(words.text, { agency, share, steps: names(steps).join(' → '), total: time(hours) });
      if (late === null) return { text, verdict: fill(words.fits, { agency }), withinLimit: true };
      const data = {
        agency,
        received: formatDateTime(late.received, lang),
        finish: formatDateTime(late.finish, lang),
        due: formatDateTime(late.appointment, lang),
        over: formatOverrun(late.over / 60, hpd, lang),
      };
      return { text, verdict: fill(words.late, data), withinLimit: false };
    }
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
