import { defineRule } from './define-rule.js';

/** Two steps with one id make `next` ambiguous. */
export const rule = defineRule({
  id: 'unique-step-id',
  description: { en: 'Step ids must be unique within a procedure', vi: 'Mã bước không được trùng trong một quy trình' },
  severity: 'error',
  recommended: true,
  messages: {
    duplicate: {
      en: 'Step id "{id}" is already used by step {first}',
      vi: 'Mã bước "{id}" đã được dùng ở bước {first}',
    },
  },
  check({ procedure, flow, report }) {
    procedure.steps.forEach((step, i) => {
      const first = flow.index.get(step.id)!;
      if (first !== i)
        report({ messageId: 'duplicate', data: { id: step.id, first: first + 1 }, path: ['steps', i, 'id'] });
    });
  },
});
