import { reachableFromStart } from '../model/flow.js';
import { defineRule } from './define-rule.js';

/** A step no path leads to is never done, and usually a forgotten `next`. */
export const rule = defineRule({
  id: 'reachable',
  description: {
    en: 'Every step must be reachable from the first step',
    vi: 'Mọi bước phải đi tới được từ bước đầu tiên',
  },
  severity: 'error',
  recommended: true,
  messages: {
    unreachable: {
      en: 'Step "{id}" cannot be reached from the first step "{first}"',
      vi: 'Không thể đi tới bước "{id}" từ bước đầu tiên "{first}"',
    },
  },
  check({ procedure, flow, report }) {
    // A `next` that names no step (known-step's error) cuts the flow where the officer meant it to go on: the steps
    // after it would all be reported here too, for one mistake. They are checked once the target is right.
    if (flow.unknownTargets.length > 0) return;
    const reached = reachableFromStart(flow);
    procedure.steps.forEach((step, i) => {
      if (!reached.has(i))
        report({
          messageId: 'unreachable',
          data: { id: step.id, first: procedure.steps[0]!.id },
          path: ['steps', i, 'id'],
        });
    });
  },
});
