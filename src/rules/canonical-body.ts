import { writtenAt } from './written-value.js';
import { defineRule } from './define-rule.js';

/** `body: Công an tỉnh` reads as the body of that name; its key is what a rename of the name cannot break. */
export const rule = defineRule({
  id: 'canonical-body',
  description: {
    en: "A step's body should be written by its key",
    vi: 'Đơn vị thực hiện của bước nên ghi bằng mã',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    key: { en: 'Write body "{text}" by its key: {key}', vi: 'Hãy ghi đơn vị "{text}" bằng mã: {key}' },
  },
  check({ source, procedure, report }) {
    procedure.steps.forEach((step, i) => {
      const path = ['steps', i, 'body'];
      const text = writtenAt(source, path);
      if (typeof text !== 'string' || text === step.body || !Object.hasOwn(procedure.bodies, step.body)) return;
      report({ messageId: 'key', data: { text, key: step.body }, path, fix: { path, value: step.body } });
    });
  },
});
