import { defineRule } from './define-rule.js';

/**
 * `procmap import` writes the public sequence of a procedure as draft steps: the national record and most catalogs
 * name the steps but not who does each nor how long it takes. Until an officer writes both, the procedure's total
 * and flowchart mean nothing, so every draft step is reported rather than passing as a finished one.
 */
export const rule = defineRule({
  id: 'draft-steps',
  description: {
    en: 'Draft steps need their real body and duration',
    vi: 'Bước nháp cần ghi đơn vị và thời gian thực',
  },
  severity: 'warning',
  recommended: true,
  messages: {
    draft: {
      en: 'Step "{step}" is a draft: write who does it (body) and how long it takes (duration), then remove "draft: true"',
      vi: 'Bước "{step}" là bước nháp: ghi đơn vị thực hiện (body) và thời gian (duration), rồi xóa "draft: true"',
    },
  },
  check({ procedure, report }) {
    procedure.steps.forEach((step, i) => {
      if (step.draft === true)
        report({ messageId: 'draft', data: { step: step.id }, path: ['steps', i, 'draft'], target: 'key' });
    });
  },
});
