import { canonicalSpelling } from '../model/duration.js';
import { stepDurationText } from '../model/step-duration-words.js';
import { defineRule } from './define-rule.js';
import { channelWrittenAsMap } from './written-value.js';

/**
 * One spelling per duration (`3d`, not `3 ngày làm việc`) keeps a catalog easy to compare, search and diff. Off in
 * `recommended`: long forms are valid and often copied as published.
 */
export const rule = defineRule({
  id: 'canonical-duration',
  description: {
    en: 'Durations and time limits should use the canonical spelling (4h, 20min, 0.5d, 30cd, 3 tháng, 1 năm, trong ngày)',
    vi: 'Thời gian và thời hạn nên viết dạng chuẩn (4h, 20min, 0.5d, 30cd, 3 tháng, 1 năm, trong ngày)',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    long: { en: 'Write "{text}" as "{short}"', vi: 'Hãy viết "{text}" thành "{short}"' },
  },
  check({ source, procedure, hoursPerDay, report }) {
    const check = (text: string, path: (string | number)[]) => {
      // A bare "N ngày" is ambiguous-days' to settle: rewriting it to calendar days would hide the question. So is a
      // limit's bare "N giờ" ambiguous-hours': "24h" would read as working hours settled. Hours in brackets that
      // contradict the days are bracketed-hours': "10d" would drop the hours the law may have meant.
      // A step table's own forms ("Ngày làm việc: 05", "01 buổi sáng") are a step's alone: a limit is read as written.
      const step = path.includes('steps');
      const short = canonicalSpelling(step ? stepDurationText(text) : text, hoursPerDay, !step);
      if (short !== undefined && short !== text)
        report({ messageId: 'long', data: { text, short }, path, fix: { path, value: short } });
    };
    check(procedure.time_limit, ['time_limit']);
    // A channel written by name (`Trực tiếp: 03 ngày làm việc`) has no `time_limit` key to fix yet: canonical-channel
    // writes its map first, and the next --fix pass shortens the limit.
    procedure.channels?.forEach(
      (channel, i) =>
        channel.time_limit !== undefined &&
        channelWrittenAsMap(source, i) &&
        check(channel.time_limit, ['channels', i, 'time_limit']),
    );
    procedure.steps.forEach((step, i) => check(step.duration, ['steps', i, 'duration']));
  },
});
