import { shareCandidates } from '../model/share-candidates.js';
import { shownSteps } from '../model/step-shown.js';
import { limitsToMeet } from '../model/channels.js';
import { timedShares } from '../time/share-time.js';
import { formatDateTime, formatOverrun, formatWorkingTime } from '../time/units.js';
import { overCalendarShare } from '../time/calendar-share.js';
import { sharesPastTotal } from '../time/shares-in-order.js';
import { defineRule } from './define-rule.js';

/**
 * A liên thông limit gives each agency its share ("15 ngày làm việc (UBND xã: 05 ngày làm việc; Sở Tư pháp: 10 …)"):
 * each agency must hand the dossier on within its own time, not only the whole within the total, so steps of one body
 * longer than its share are late there even when the total holds. An error, as within-time-limit's: the steps or the
 * share are wrong. Its own rule, not within-time-limit's: that one times the whole path against the citizen's limit.
 */
export const rule = defineRule({
  id: 'steps-within-share',
  description: {
    en: "Each agency's steps must fit within its share of a liên thông time limit",
    vi: 'Các bước của mỗi cơ quan không được vượt phần thời gian của cơ quan đó trong thời hạn liên thông',
  },
  severity: 'error',
  recommended: true,
  messages: {
    over: {
      en: 'The steps of {agency} ({steps}) take {total} on the critical path, over its share of {share} in "{text}" by {over}: shorten them, or correct the share',
      vi: 'Các bước của {agency} ({steps}) mất {total} theo đường găng, vượt phần thời gian {share} của cơ quan này trong "{text}" là {over}: hãy rút ngắn các bước, hoặc sửa phần thời gian',
    },
    overCalendar: {
      en: 'The steps of {agency} ({steps}) do not fit its share of {share} in "{text}" for every date it may get the dossier: got {received}, they end {finish}, {over} after the share ends {due}: shorten them, or correct the share',
      vi: 'Các bước của {agency} ({steps}) không vừa phần thời gian {share} của cơ quan này trong "{text}" với mọi ngày nhận hồ sơ: nhận {received} thì các bước xong {finish}, sau khi hết phần thời gian ({due}) {over}: hãy rút ngắn các bước, hoặc sửa phần thời gian',
    },
    pastTotal: {
      en: 'The shares in "{text}", counted one after another, can end after the appointment of the whole limit: received {received}, the share of {agency} ends {end}, the appointment is {appointment} (a share ending on a day off runs to the next working day). The whole limit binds: {agency} must finish by the appointment; or write the shares so that they end within it',
      vi: 'Các phần thời gian trong "{text}" tính nối tiếp nhau có thể hết hạn sau hẹn trả của cả thời hạn: nhận {received} thì phần của {agency} hết hạn {end}, còn hẹn trả là {appointment} (phần nào hết hạn vào ngày nghỉ thì kéo sang ngày làm việc tiếp theo). Thời hạn chung là hạn cuối cùng: {agency} phải xong trước hẹn trả; hoặc sửa các phần thời gian cho vừa thời hạn chung',
    },
    unmatched: {
      en: 'The share of "{agency}" ({time}) in the time limit matches no body that does a step, so no step is checked against it: write the agency as its body is named in bodies ({names}), e.g. "{example}: {time}"',
      vi: 'Phần thời gian của «{agency}» ({time}) trong thời hạn không khớp với cơ quan nào thực hiện các bước, nên chưa kiểm tra được các bước của cơ quan này: hãy ghi tên cơ quan như trong bodies ({names}), ví dụ "{example}: {time}"',
    },
    shared: {
      en: '"{first}" and "{second}" in "{text}" both name the body {key}, so its steps cannot be put under one share: write the body\'s name as one of them says it',
      vi: '"{first}" và "{second}" trong "{text}" cùng khớp với cơ quan {key}, nên không biết các bước của cơ quan này thuộc phần thời gian nào: hãy ghi tên cơ quan như một trong hai phần ghi',
    },
  },
  check({ procedure, flow, calendar, hoursPerDay, lang, report }) {
    for (const { text, path } of limitsToMeet(procedure)) {
      const timed = timedShares(procedure, flow, text, hoursPerDay);
      if (timed === undefined || timed.kind === 'units') continue;
      if (timed.kind === 'unmatched') {
        // No share matched at all: the bodies are one agency's officers, whose steps no share names; nothing to say.
        if (timed.matched.length === 0) continue;
        const free = shareCandidates(procedure, timed.taken);
        if (free.length === 0) continue;
        const names = free.map((name) => (lang === 'vi' ? `«${name}»` : `"${name}"`)).join(', ');
        const data = { agency: timed.agency, time: timed.time, names, example: free[0]! };
        report({ messageId: 'unmatched', data, path, warnOnly: true });
        continue;
      }
      if (timed.kind === 'shared') {
        const [first, second] = timed.agencies;
        report({ messageId: 'shared', data: { first, second, key: timed.key, text }, path, warnOnly: true });
        continue;
      }
      const past = sharesPastTotal(text, calendar, procedure.effective, procedure.cutoff);
      if (past !== undefined) {
        const data = {
          text,
          agency: past.agency,
          received: formatDateTime(past.received, lang),
          end: formatDateTime(past.end, lang),
          appointment: formatDateTime(past.appointment, lang),
        };
        report({ messageId: 'pastTotal', data, path, warnOnly: true });
      }
      for (const share of timed.shares) {
        if (share.limitHours === undefined) {
          const late = overCalendarShare(procedure, flow, calendar, share.owned, share.time);
          if (late === undefined) continue;
          const steps = shownSteps(procedure.steps, share.steps, lang).join(' → ');
          const [received, finish, due] = [
            formatDateTime(late.received, lang),
            formatDateTime(late.finish, lang),
            formatDateTime(late.appointment, lang),
          ];
          // Days and hours, not 87 working hours: the sweep's worst receipt is to the minute.
          const over = formatOverrun(late.over / 60, hoursPerDay, lang);
          const data = { agency: share.agency, steps, share: share.time, text, received, finish, due, over };
          report({ messageId: 'overCalendar', data, path });
          continue;
        }
        if (share.hours <= share.limitHours + 1e-9) continue;
        report({
          messageId: 'over',
          data: {
            agency: share.agency,
            steps: shownSteps(procedure.steps, share.steps, lang).join(' → '),
            total: formatWorkingTime(share.hours, hoursPerDay, lang),
            share: formatWorkingTime(share.limitHours, hoursPerDay, lang),
            over: formatWorkingTime(share.hours - share.limitHours, hoursPerDay, lang),
            text,
          },
          path,
        });
      }
    }
  },
});
