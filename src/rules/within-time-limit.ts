import { parseDuration, toWorkingHours } from '../model/duration.js';
import { criticalPath } from '../time/critical-path.js';
import { formatWorkingTime } from '../time/units.js';
import type { Rule } from './types.js';

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
    calendarDays: {
      en: 'Cannot compare with the time limit: {what} counted in calendar days needs the working calendar',
      vi: 'Không thể so với thời hạn giải quyết: {what} tính theo ngày lịch cần lịch làm việc',
    },
  },
  check({ procedure, flow, hoursPerDay, lang, report }) {
    const limit = parseDuration(procedure.time_limit);
    const durations = procedure.steps.map((step) => parseDuration(step.duration));
    if (!limit || durations.some((d) => d === undefined)) return;
    const limitHours = toWorkingHours(limit, hoursPerDay);
    const stepHours = durations.map((d) => toWorkingHours(d!, hoursPerDay));
    if (limitHours === undefined || stepHours.some((h) => h === undefined)) {
      const what = limitHours === undefined ? 'the time limit' : 'a step';
      report({ messageId: 'calendarDays', data: { what }, path: ['time_limit'] });
      return;
    }
    const result = criticalPath(flow, (i) => stepHours[i]!);
    if (!result || result.total <= limitHours + 1e-9) return;
    const path = result.path.map((i) => procedure.steps[i]!.id).join(' → ');
    report({
      messageId: 'over',
      data: {
        total: formatWorkingTime(result.total, hoursPerDay, lang),
        limit: formatWorkingTime(limitHours, hoursPerDay, lang),
        over: formatWorkingTime(result.total - limitHours, hoursPerDay, lang),
        path,
      },
      path: ['time_limit'],
    });
  },
};
