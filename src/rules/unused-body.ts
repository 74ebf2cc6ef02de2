import { defineRule } from './define-rule.js';

/** A declared body with no step is an empty lane, and often a typo in some step's `body`. */
export const rule = defineRule({
  id: 'unused-body',
  description: {
    en: 'Every declared body should be responsible for a step',
    vi: 'Mỗi đơn vị được khai báo nên thực hiện ít nhất một bước',
  },
  severity: 'warning',
  recommended: true,
  messages: {
    unused: {
      en: 'Body "{body}" is declared but no step uses it',
      vi: 'Đơn vị "{body}" được khai báo nhưng không bước nào sử dụng',
    },
  },
  check({ procedure, report }) {
    const used = new Set(procedure.steps.map((step) => step.body));
    for (const body of Object.keys(procedure.bodies)) {
      if (!used.has(body)) report({ messageId: 'unused', data: { body }, path: ['bodies', body], target: 'key' });
    }
  },
});
