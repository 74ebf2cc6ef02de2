import { parseDuration } from '../model/duration.js';
import { defineRule } from './define-rule.js';

/** A step that takes no time is missing from the time budget: the total looks shorter than the work really is. */
export const rule = defineRule({
  id: 'step-duration-positive',
  description: { en: 'Every step must take some time', vi: 'Mỗi bước phải có thời gian thực hiện lớn hơn 0' },
  severity: 'error',
  recommended: true,
  messages: {
    zero: {
      en: 'Step "{step}" takes no time ({duration}); give it the time it really takes, e.g. 0.5h',
      vi: 'Bước "{step}" có thời gian bằng 0 ({duration}); ghi thời gian thực tế, ví dụ 0.5h',
    },
  },
  check({ procedure, report }) {
    procedure.steps.forEach((step, i) => {
      // A draft step's 0h is a placeholder the import wrote, which draft-steps already reports.
      if (step.draft === true) return;
      const duration = parseDuration(step.duration);
      if (duration && duration.value <= 0)
        report({ messageId: 'zero', data: { step: step.id, duration: step.duration }, path: ['steps', i, 'duration'] });
    });
  },
});
