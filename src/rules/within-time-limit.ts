import { parseDuration, toWorkingHours } from '../model/duration.js';
import { criticalPath } from '../time/critical-path.js';
import { formatDay, parseDay } from '../time/moment.js';
import { sweepReceipts } from '../time/sweep.js';
import { formatDateTime, formatDuration, formatWorkingTime } from '../time/units.js';
import { CHANNEL_NAMES, limitsToMeet, type LimitToMeet } from '../model/channels.js';
import type { Rule, RuleContext } from './types.js';

/** The reason procmap exists: published step tables often add up to more than the statutory limit. */
export const rule: Rule = {
  id: 'within-time-limit',
  description: {
    en: 'The longest path through the steps must fit within the statutory time limit',
    vi: 'Tổng thời gian theo đường găng không được vượt thời hạn giải quyết',
  },
  severity: 'error',
  recommended: true,
  messages: {
    over: {
      en: 'Critical path takes {total}, over the time limit of {limit} by {over}: {path}',
      vi: 'Đường găng mất {total}, vượt thời hạn giải quyết {limit} là {over}: {path}',
    },
    overAlways: {
      en: 'The steps end after the appointment for every receipt in the year from {from}; at worst, received {received}, they end {finish}, {over} after the appointment {appointment} ({limit}): {path}',
      vi: 'Các bước kết thúc sau ngày hẹn trả với mọi thời điểm tiếp nhận trong một năm từ {from}; chậm nhất, tiếp nhận {received} thì kết thúc {finish}, muộn {over} so với hẹn trả {appointment} ({limit}): {path}',
    },
    overSometimes: {
      en: 'Depends on the received date: the steps end after the appointment for {count} of {tried} receipt times in the year from {from}; at worst, received {received}, they end {finish}, {over} after the appointment {appointment} ({limit}): {path}',
      vi: 'Phụ thuộc ngày tiếp nhận: các bước kết thúc sau ngày hẹn trả với {count}/{tried} thời điểm tiếp nhận trong một năm từ {from}; chậm nhất, tiếp nhận {received} thì kết thúc {finish}, muộn {over} so với hẹn trả {appointment} ({limit}): {path}',
    },
  },
  check(context) {
    // The procedure's own limit, then each channel's where it differs: every one of them binds the steps.
    for (const limit of limitsToMeet(context.procedure)) checkLimit(context, limit);
  },
};

/** Checks the steps against one limit; a channel's limit is named after the channel in the message. */
function checkLimit({ procedure, flow, calendar, today, lang, report }: RuleContext, { text, path: at, channel }: LimitToMeet): void {
  const limit = parseDuration(text);
  const durations = procedure.steps.map((step) => parseDuration(step.duration));
  if (!limit || durations.some((d) => d === undefined)) return;
  const { hoursPerDay } = calendar;
  const ids = (path: number[]) => path.map((i) => procedure.steps[i]!.id).join(' → ');
  const named = (words: string) => (channel ? `${words} (${CHANNEL_NAMES[lang][channel.kind].toLowerCase()})` : words);
  if (limit.unit !== 'cd' && durations.every((d) => d!.unit !== 'cd')) {
    // Working time only: the office clock adds up the same whatever the date, so no dates are needed.
    const limitHours = toWorkingHours(limit, hoursPerDay)!;
    const result = criticalPath(flow, (i) => toWorkingHours(durations[i]!, hoursPerDay)!);
    if (!result || result.total <= limitHours + 1e-9) return;
    report({
      messageId: 'over',
      data: {
        total: formatWorkingTime(result.total, hoursPerDay, lang),
        limit: named(formatWorkingTime(limitHours, hoursPerDay, lang)),
        over: formatWorkingTime(result.total - limitHours, hoursPerDay, lang),
        path: ids(result.path),
      },
      path: at,
    });
    return;
  }
  // Calendar days hold more or fewer working hours depending on the date (Tết, 30/4, weekends): try every
  // receipt in the coming year, from today or from the day the procedure takes effect, whichever is later.
  const from = Math.max(today ?? Number.NEGATIVE_INFINITY, parseDay(procedure.effective) ?? Number.NEGATIVE_INFINITY);
  if (!Number.isFinite(from)) return;
  const sweep = sweepReceipts(channel ? { ...procedure, time_limit: text } : procedure, flow, calendar, from);
  if (!sweep?.worst) return;
  const worst = sweep.worst;
  report({
    messageId: sweep.over === sweep.tried ? 'overAlways' : 'overSometimes',
    data: {
      count: sweep.over,
      tried: sweep.tried,
      from: formatDay(from),
      received: formatDateTime(worst.received, lang),
      finish: formatDateTime(worst.finish, lang),
      appointment: formatDateTime(worst.appointment, lang),
      over: formatWorkingTime(sweep.worstOver / 60, hoursPerDay, lang),
      limit: named(formatDuration(limit, lang)),
      path: ids(worst.path),
    },
    path: at,
  });
}
