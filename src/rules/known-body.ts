import { closest } from '../model/suggest.js';
import { defineRule } from './define-rule.js';

const folded = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

function sameName(name: string, written: string): boolean {
  return folded(name) === folded(written);
}

/** A step must name a body declared in `bodies`, or it has no lane and no one responsible. */
export const rule = defineRule({
  id: 'known-body',
  description: {
    en: "A step's body must be declared in `bodies`",
    vi: 'Đơn vị thực hiện của bước phải có trong `bodies`',
  },
  severity: 'error',
  recommended: true,
  messages: {
    unknown: {
      en: 'Body "{body}" is not declared in `bodies`',
      vi: 'Đơn vị "{body}" chưa được khai báo trong `bodies`',
    },
    name: {
      en: 'Body "{body}" is not declared in `bodies`: it is the name of body "{key}"; a step names its body by key: body: {key}',
      vi: 'Đơn vị "{body}" chưa được khai báo trong `bodies`: đó là tên của đơn vị "{key}"; bước ghi đơn vị bằng mã: body: {key}',
    },
    unknownHint: {
      en: 'Body "{body}" is not declared in `bodies`; did you mean "{hint}"?',
      vi: 'Đơn vị "{body}" chưa được khai báo trong `bodies`; có phải là "{hint}"?',
    },
  },
  check({ procedure, report }) {
    const bodies = Object.keys(procedure.bodies);
    procedure.steps.forEach((step, i) => {
      if (Object.hasOwn(procedure.bodies, step.body)) return;
      // Officers often write the body's name where its key belongs: point at the key that name belongs to.
      const named = bodies.filter((key) => sameName(procedure.bodies[key]!.name, step.body));
      if (named.length === 1) {
        report({ messageId: 'name', data: { body: step.body, key: named[0]! }, path: ['steps', i, 'body'] });
        return;
      }
      const hint = closest(step.body, bodies);
      report({
        messageId: hint ? 'unknownHint' : 'unknown',
        data: hint ? { body: step.body, hint } : { body: step.body },
        path: ['steps', i, 'body'],
      });
    });
  },
});
