import { closest } from '../model/suggest.js';
import type { Rule } from './types.js';

/** A step must name a body declared in `bodies`, or it has no lane and no one responsible. */
export const rule: Rule = {
  id: 'known-body',
  description: { en: "A step's body must be declared in `bodies`", vi: 'Đơn vị thực hiện của bước phải có trong `bodies`' },
  severity: 'error',
  recommended: true,
  messages: {
    unknown: { en: 'Body "{body}" is not declared in `bodies`', vi: 'Đơn vị "{body}" chưa được khai báo trong `bodies`' },
    unknownHint: {
      en: 'Body "{body}" is not declared in `bodies`; did you mean "{hint}"?',
      vi: 'Đơn vị "{body}" chưa được khai báo trong `bodies`; có phải là "{hint}"?',
    },
  },
  check({ procedure, report }) {
    const bodies = Object.keys(procedure.bodies);
    procedure.steps.forEach((step, i) => {
      if (Object.hasOwn(procedure.bodies, step.body)) return;
      const hint = closest(step.body, bodies);
      report({
        messageId: hint ? 'unknownHint' : 'unknown',
        data: hint ? { body: step.body, hint } : { body: step.body },
        path: ['steps', i, 'body'],
      });
    });
  },
};
