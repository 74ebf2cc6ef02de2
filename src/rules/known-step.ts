import { closest, sameStepNumber } from '../model/suggest.js';
import { defineRule } from './define-rule.js';

/** A `next` that names no step leaves the flow dangling. */
export const rule = defineRule({
  id: 'known-step',
  description: {
    en: 'Every `next` target must be a step of the procedure',
    vi: 'Bước tiếp theo trong `next` phải là một bước của quy trình',
  },
  severity: 'error',
  recommended: true,
  messages: {
    unknown: { en: 'Next step "{target}" does not exist', vi: 'Bước tiếp theo "{target}" không tồn tại' },
    unknownHint: {
      en: 'Next step "{target}" does not exist; did you mean "{hint}"?',
      vi: 'Bước tiếp theo "{target}" không tồn tại; có phải là "{hint}"?',
    },
  },
  check({ flow, report }) {
    for (const { from, target, path } of flow.unknownTargets) {
      // A step number ("Bước 3" for B3) points at the step with that number, never at a near spelling (B9 → B1).
      const numbered = sameStepNumber(target, flow.index.keys());
      const hint = numbered === null ? closest(target, flow.index.keys()) : numbered;
      report({
        messageId: hint ? 'unknownHint' : 'unknown',
        data: hint ? { target, hint } : { target },
        path: ['steps', from, ...path],
      });
    }
  },
});
