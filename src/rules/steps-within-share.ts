import { limitsToMeet } from '../model/channels.js';
import { timedShares } from '../time/share-time.js';
import { formatWorkingTime } from '../time/units.js';
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
    unmatched: {
      en: '"{agency}" in "{text}" names no body of this procedure, so its steps cannot be checked against its share: name its body as the limit does (bodies: {bodies})',
      vi: '"{agency}" trong "{text}" không khớp với cơ quan nào trong bodies, nên không kiểm tra được các bước của cơ quan này với phần thời gian của nó: hãy đặt tên cơ quan như thời hạn ghi (bodies: {bodies})',
    },
    shared: {
      en: '"{first}" and "{second}" in "{text}" both name the body {key}, so its steps cannot be put under one share: write the body\'s name as one of them says it',
      vi: '"{first}" và "{second}" trong "{text}" cùng khớp với cơ quan {key}, nên không biết các bước của cơ quan này thuộc phần thời gian nào: hãy ghi tên cơ quan như một trong hai phần ghi',
    },
  },
  check({ procedure, flow, hoursPerDay, lang, report }) {
    for (const { text, path } of limitsToMeet(procedure)) {
      const timed = timedShares(procedure, flow, text, hoursPerDay);
      if (timed === undefined || timed.kind === 'units') continue;
      if (timed.kind === 'unmatched') {
        // No share matched at all: the bodies are one agency's officers, whose steps no share names; nothing to say.
        if (timed.matched.length === 0) continue;
        const bodies = Object.entries(procedure.bodies)
          .map(([key, body]) => `${key} "${body.name}"`)
          .join(', ');
        report({ messageId: 'unmatched', data: { agency: timed.agency, text, bodies }, path });
        continue;
      }
      if (timed.kind === 'shared') {
        const [first, second] = timed.agencies;
        report({ messageId: 'shared', data: { first, second, key: timed.key, text }, path });
        continue;
      }
      for (const share of timed.shares) {
        if (share.hours <= share.limitHours + 1e-9) continue;
        report({
          messageId: 'over',
          data: {
            agency: share.agency,
            steps: share.steps.join(' → '),
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
