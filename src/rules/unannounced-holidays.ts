import { limitsToMeet, underChannelLimit } from '../model/channels.js';
import { dependsOnDates } from '../time/report.js';
import { sweepReceipts, type Sweep } from '../time/sweep.js';
import { OutOfCalendarError } from '../time/vietnam.js';
import { windowText } from '../time/window-text.js';
import { sweepWindow, unsureYears } from '../time/window.js';
import { defineRule } from './define-rule.js';
import { announceAdvice, calendarCommands, holidayLawText, unbundledYear } from '../format/holiday-law.js';
import { fill, type Lang } from '../i18n.js';
import { dayParts, parseDay, type Day } from '../time/moment.js';

const REACH = {
  en: ', and the appointments of those received late in {last} fall in {years}',
  vi: ', và hẹn trả của hồ sơ tiếp nhận cuối năm {last} rơi vào năm {years}',
} as const;

/** Why a year after the last receipt is named at all: the appointments of the last receipts reach it. */
function reachText(lastReceipt: Day, years: readonly number[], lang: Lang): string {
  const last = dayParts(lastReceipt).year;
  const later = years.filter((year) => year > last);
  return later.length === 0 ? '' : fill(REACH[lang], { last, years: later.join(', ') });
}

/**
 * Calendar-day, month and same-day checks are only as good as the days off they count. When the receipts they try
 * reach a year whose days off are provisional or computed from the Labour Code, the result may change when the
 * government announces that year: say so, with the years.
 */
export const rule = defineRule({
  id: 'unannounced-holidays',
  description: {
    en: 'Date-dependent checks should count days off that the government has announced',
    vi: 'Kiểm tra theo ngày nên dựa trên lịch nghỉ đã được công bố',
  },
  severity: 'info',
  recommended: true,
  messages: {
    rule: {
      en: 'The time limit was checked for receipts {window}{reach}, but no days off are announced for {years} yet: procmap counted the holidays of {law}, and the result may change when the government announces them ({check}); {advice}',
      vi: 'Thời hạn được kiểm tra với thời điểm tiếp nhận {window}{reach}, nhưng năm {years} chưa có lịch nghỉ được công bố: procmap tính ngày nghỉ theo {law}, kết quả có thể thay đổi khi Chính phủ công bố ({check}); {advice}',
    },
    unbundled: {
      en: 'The time limit was checked for receipts {window}{reach}, but procmap does not hold the days off the government announced for {years}: it counted the holidays of {law}, and the days announced (Tết, swapped days, make-up days) may differ ({check}); {advice}',
      vi: 'Thời hạn được kiểm tra với thời điểm tiếp nhận {window}{reach}, nhưng procmap không có sẵn lịch nghỉ Chính phủ đã công bố cho năm {years}: procmap tính ngày nghỉ theo {law}, có thể khác với lịch đã công bố (ngày nghỉ Tết, ngày hoán đổi, ngày làm bù) ({check}); {advice}',
    },
    provisional: {
      en: 'The time limit was checked for receipts {window}{reach}, but the days off of {years} are provisional, not yet checked against the government’s notice ({check}); {advice}',
      vi: 'Thời hạn được kiểm tra với thời điểm tiếp nhận {window}{reach}, nhưng lịch nghỉ năm {years} là tạm tính, chưa đối chiếu với văn bản công bố ({check}); {advice}',
    },
  },
  check({ procedure, flow, calendar, lang, report }) {
    if (!dependsOnDates(procedure)) return;
    const window = sweepWindow(calendar, parseDay(procedure.effective));
    let unsure;
    let judged: Sweep | undefined;
    try {
      // The limits within-time-limit judges, swept as it sweeps them (the same sweeps, read from its cache): the years
      // named run from the first receipt to the last appointment or finish, which may lie in the next year.
      const sweeps = limitsToMeet(procedure).flatMap(({ text, channel }) => {
        const limited = channel ? underChannelLimit(procedure, text) : procedure;
        const sweep = dependsOnDates(limited) ? sweepReceipts(limited, flow, calendar, window) : undefined;
        return sweep ? [sweep] : [];
      });
      judged = sweeps[0];
      const last = Math.max(window.from, ...sweeps.map((s) => Math.max(s.reached, s.from + s.days - 1)));
      unsure = unsureYears(calendar, judged?.from ?? window.from, judged ? last : window.from + window.days - 1);
    } catch (error) {
      // Receipts past the years procmap can count (Tết after 2099): nothing was checked, and within-time-limit says
      // so once, at the limit. A limit of its own, not a failure of this rule.
      if (error instanceof OutOfCalendarError) return;
      throw error;
    }
    // Years before those procmap holds (2024) were announced long ago: said apart, never "not announced yet".
    const split = {
      provisional: unsure.provisional,
      unbundled: unsure.rule.filter(unbundledYear),
      rule: unsure.rule.filter((year) => !unbundledYear(year)),
    };
    for (const kind of ['provisional', 'unbundled', 'rule'] as const) {
      const years = split[kind];
      if (years.length === 0) continue;
      const tried = judged ?? window;
      report({
        messageId: kind,
        data: {
          window: windowText(tried, lang),
          reach: reachText(tried.from + tried.days - 1, years, lang),
          years: years.join(', '),
          law: holidayLawText(lang),
          check: calendarCommands(years, lang),
          advice: announceAdvice(years, lang),
        },
        path: ['time_limit'],
      });
    }
  },
});
