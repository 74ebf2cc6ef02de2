import { formatDurationShort, parseDuration } from '../model/duration.js';
import type { Rule } from './types.js';

/**
 * One spelling per duration (`3d`, not `3 ngày làm việc`) keeps a catalog easy to compare, search and diff. Off in
 * `recommended`: long forms are valid and often copied as published.
 */
export const rule: Rule = {
  id: 'canonical-duration',
  description: {
    en: 'Durations and time limits should use the short spelling (4h, 0.5d, 30cd)',
    vi: 'Thời gian và thời hạn nên viết dạng ngắn (4h, 0.5d, 30cd)',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    long: { en: 'Write "{text}" as "{short}"', vi: 'Hãy viết "{text}" thành "{short}"' },
  },
  check({ procedure, report }) {
    const check = (text: string, path: (string | number)[]) => {
      const duration = parseDuration(text);
      if (!duration) return;
      const short = formatDurationShort(duration);
      if (short !== text) report({ messageId: 'long', data: { text, short }, path, fix: { path, value: short } });
    };
    check(procedure.time_limit, ['time_limit']);
    procedure.channels?.forEach((channel, i) => channel.time_limit !== undefined && check(channel.time_limit, ['channels', i, 'time_limit']));
    procedure.steps.forEach((step, i) => check(step.duration, ['steps', i, 'duration']));
  },
};
