import { isMap } from '../model/data-object.js';
import { mayBeOneOffice } from '../model/same-office.js';
import { defineRule } from './define-rule.js';

/**
 * Without a `bodies` map each name a step writes is a body (body-keys.ts bodiesOfNames); names that differ only by
 * how they are written are one. Two names that may or may not be one office are kept apart, each a lane: the officer
 * is asked rather than the lanes merged or split on a guess.
 */
export const rule = defineRule({
  id: 'same-office',
  description: {
    en: 'Two body names that may be one office should be written the same way, or declared under bodies',
    vi: 'Hai tên đơn vị có thể là một đơn vị nên được viết như nhau, hoặc khai báo trong bodies',
  },
  severity: 'warning',
  recommended: true,
  messages: {
    maybe: {
      en: 'Body "{name}" is counted as another body than "{other}" (line {line}): if they are one office, write the same name in both steps; if they are two, declare both under bodies, one line each ({declare})',
      vi: 'Đơn vị «{name}» đang được tính là khác với «{other}» (dòng {line}): nếu là một đơn vị, hãy ghi cùng một tên ở cả hai bước; nếu là hai đơn vị khác nhau, hãy khai báo cả hai trong bodies, mỗi đơn vị một dòng ({declare})',
    },
  },
  check({ procedure, source, report }) {
    // Only bodies procmap made from the steps' names: a declared map says which names are which office.
    if (!isMap(source.data) || source.data.bodies !== undefined) return;
    const firstStep = new Map<string, number>();
    procedure.steps.forEach((step, i) => {
      if (!firstStep.has(step.body)) firstStep.set(step.body, i);
    });
    const keys = [...firstStep.keys()];
    const named = (i: number) => String(procedure.steps[i]!.body);
    const written = (i: number) => {
      const step = (source.data as { steps?: unknown[] }).steps?.[i];
      return isMap(step) && typeof step.body === 'string' ? step.body : named(i);
    };
    keys.forEach((key, k) => {
      const at = firstStep.get(key)!;
      const earlier = keys.slice(0, k).find((other) => mayBeOneOffice(written(firstStep.get(other)!), written(at)));
      if (earlier === undefined) return;
      const before = firstStep.get(earlier)!;
      report({
        messageId: 'maybe',
        data: {
          name: written(at),
          other: written(before),
          line: source.locate(['steps', before, 'body']).line,
          declare: [earlier, key].map((body) => `${body}: ${procedure.bodies[body]?.name ?? body}`).join('; '),
        },
        path: ['steps', at, 'body'],
      });
    });
  },
});
