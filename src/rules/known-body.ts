import { bodiesNamed, withoutBodyMarks } from '../model/lenient.js';
import { bodiesMaybeNamed } from '../model/loose-names.js';
import { closest } from '../model/suggest.js';
import { initials, isBodyKey, roleSplits } from '../model/body-keys.js';
import { foldCase } from '../model/fold.js';
import { defineRule } from './define-rule.js';

/** A step must name a body declared in `bodies`, or it has no lane and no one responsible. */
export const rule = defineRule({
  id: 'known-body',
  description: {
    en: "A step's body must be declared in `bodies`",
    vi: 'Đơn vị thực hiện của bước phải có trong "bodies"',
  },
  severity: 'error',
  recommended: true,
  messages: {
    unknown: {
      en: 'Body "{body}" is not declared in `bodies`: write the key of one that is ({declared}), or declare it there with its key and full name, e.g. under bodies: {example}',
      vi: 'Đơn vị "{body}" chưa được khai báo trong "bodies": hãy ghi mã của một đơn vị đã khai báo ({declared}), hoặc khai báo thêm đơn vị này bằng mã và tên đầy đủ, ví dụ dưới bodies: {example}',
    },
    unknownKey: {
      en: 'Body "{body}" is not declared in `bodies`: write the key of one that is ({declared}), or declare it there with its full name, e.g. under bodies: {key}: (the body\'s full name)',
      vi: 'Đơn vị "{body}" chưa được khai báo trong "bodies": hãy ghi mã của một đơn vị đã khai báo ({declared}), hoặc khai báo thêm đơn vị này với tên đầy đủ, ví dụ dưới bodies: {key}: (tên đầy đủ của đơn vị)',
    },
    names: {
      en: 'Body "{body}" is the name of several bodies ({keys}): write the key of the one meant, e.g. body: {key}',
      vi: '"{body}" là tên của nhiều đơn vị ({keys}): hãy ghi mã của đơn vị đúng, ví dụ body: {key}',
    },
    withRole: {
      en: 'Body "{body}" is not declared in `bodies`: if it is {name} and who in it does the step, write body: {key} and role: {role}',
      vi: 'Đơn vị "{body}" chưa được khai báo trong "bodies": nếu đó là {name} và người thực hiện bước, hãy ghi body: {key} và role: {role}',
    },
    several: {
      en: 'Body "{body}" may be any of {bodies}: write the key of the one meant, e.g. body: {key}, or its full name',
      vi: 'Đơn vị "{body}" có thể là một trong các đơn vị {bodies}: hãy ghi mã của đơn vị đúng, ví dụ body: {key}, hoặc tên đầy đủ của đơn vị đó',
    },
    unknownHint: {
      en: 'Body "{body}" is not declared in `bodies`; did you mean {hint}?',
      vi: 'Đơn vị "{body}" chưa được khai báo trong "bodies"; có phải là {hint}?',
    },
  },
  check({ procedure, report }) {
    const bodies = Object.keys(procedure.bodies);
    const keyOf = new Map(bodies.flatMap((key) => [[key, key] as const, [procedure.bodies[key]!.name, key] as const]));
    const described = (key: string) => `"${key}" (${procedure.bodies[key]!.name})`;
    procedure.steps.forEach((step, i) => {
      if (Object.hasOwn(procedure.bodies, step.body)) return;
      // The name of one body was read as that body (lenient.ts); the name of several cannot be.
      const named = bodiesNamed(procedure.bodies, step.body);
      if (named.length > 1) {
        const data = { body: step.body, keys: named.join(', '), key: named[0]! };
        report({ messageId: 'names', data, path: ['steps', i, 'body'] });
        return;
      }
      // "Bộ phận Một cửa (Công chức tiếp nhận)", "TP - Ông A": a body with who in it does the step.
      const split = bodyAndRole(procedure.bodies, step.body);
      if (split) {
        report({ messageId: 'withRole', data: { body: step.body, ...split }, path: ['steps', i, 'body'] });
        return;
      }
      // Initials or the first words of several bodies' names ("UBND" with UBND xã and huyện): which is meant.
      const maybe = bodiesMaybeNamed(procedure.bodies, step.body);
      if (maybe.length > 1) {
        const data = { body: step.body, bodies: maybe.slice(0, 5).map(described).join(', '), key: maybe[0]! };
        report({ messageId: 'several', data, path: ['steps', i, 'body'] });
        return;
      }
      // The nearest key or name, as officers mistype either: "Phòng Kinh Tế và Hạ tầng" is near "Phòng Kinh tế".
      // Or the one body whose name it may shorten.
      const bare = withoutBodyMarks(step.body) || step.body;
      const near = maybe.length === 1 ? maybe[0] : closest(step.body, [...keyOf.keys()]);
      const hint = near === undefined ? undefined : described(keyOf.get(near)!);
      report(
        hint
          ? { messageId: 'unknownHint', data: { body: step.body, hint }, path: ['steps', i, 'body'] }
          : {
              messageId: looksLikeKey(bare) ? 'unknownKey' : 'unknown',
              data: {
                body: step.body,
                declared: bodies.slice(0, 5).map(described).join(', ') || '—',
                // Without the bullet or full stop pasted with it: `TPHT2: - TPHT.` is no declaration.
                example: `${newKey(bare, bodies)}: ${bare}`,
                key: newKey(bare, bodies),
              },
              path: ['steps', i, 'body'],
            },
      );
    });
  },
});

/**
 * The declared body a step's body starts with, by its key or its name (letter case aside), and the role written after
 * it; undefined when the text starts with no body, or nothing but a role follows it.
 */
function bodyAndRole(
  bodies: Readonly<Record<string, { name: string }>>,
  written: string,
): { key: string; name: string; role: string } | undefined {
  const keys = new Map<string, string>();
  for (const [key, body] of Object.entries(bodies)) {
    keys.set(foldCase(key), key);
    keys.set(foldCase(body.name), key);
  }
  for (const { body, role } of roleSplits(written)) {
    const key = keys.get(foldCase(body));
    if (key !== undefined) return { key, name: bodies[key]!.name, role };
  }
  return undefined;
}

/** Whether a step's body is written as a key (`VPDK`) rather than a name: its declaration then needs the name. */
function looksLikeKey(written: string): boolean {
  return isBodyKey(written) && written.length <= 12;
}

/**
 * The key a body written as `written` would be declared under (`Văn phòng Đăng ký đất đai` → `VPDKDD`): a name's
 * initials, a key itself; one no declared body has, so that the example can be copied as it is.
 */
function newKey(written: string, declared: readonly string[]): string {
  const base = looksLikeKey(written) ? written : initials(written, 8);
  let key = base;
  for (let n = 2; declared.includes(key); n++) key = `${base}${n}`;
  return key;
}
