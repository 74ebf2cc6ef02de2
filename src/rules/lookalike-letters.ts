import { isMap } from '../model/data-object.js';
import { hasHomoglyphs, homoglyphNote, homoglyphsIn, latinHomoglyphs } from '../model/homoglyphs.js';
import { forEachStepReference } from '../model/step-references.js';
import type { NodePath } from '../model/types.js';
import { defineRule } from './define-rule.js';

/**
 * A Cyrillic or Greek letter that looks like a Latin one ("аppraise" with a Cyrillic "а") makes a step id, a `next` or
 * a body another word than the one every reader sees: two steps that read the same, a `next` that leads elsewhere.
 */
export const rule = defineRule({
  id: 'lookalike-letters',
  description: {
    en: 'Step ids, next steps, bodies and codes should hold no Cyrillic or Greek letters that look like Latin ones',
    vi: 'Mã bước, bước tiếp theo, đơn vị và mã số không nên chứa chữ Kirin hay Hy Lạp trông giống chữ Latinh',
  },
  severity: 'error',
  recommended: true,
  fixable: true,
  messages: {
    lookalike: {
      en: '"{text}" reads as "{value}" but is another word to procmap and every other program: {letters}; write "{value}"',
      vi: '"{text}" trông như "{value}" nhưng là một từ khác đối với procmap và mọi chương trình: {letters}; hãy viết "{value}"',
    },
    ambiguous: {
      en: '"{text}" reads as "{value}" but is another word to procmap and every other program: {letters}; there is also a step "{value}": give one of the two steps another id, in Latin letters',
      vi: '"{text}" trông như "{value}" nhưng là một từ khác đối với procmap và mọi chương trình: {letters}; quy trình cũng có bước "{value}": hãy đặt cho một trong hai bước mã khác, bằng chữ Latinh',
    },
  },
  check({ source, lang, report }) {
    const data = source.data;
    if (!isMap(data)) return;
    // The step ids as written: where a look-alike id and its Latin twin are both steps', the look-alike alone tells
    // them apart, and no fix can say which the officer meant.
    const ids = new Set<unknown>(Array.isArray(data.steps) ? data.steps.map((step) => isMap(step) && step.id) : []);
    const check = (written: unknown, path: NodePath, step: boolean) => {
      if (typeof written !== 'string' || !hasHomoglyphs(written)) return;
      const value = latinHomoglyphs(written);
      const letters = homoglyphsIn(written)
        .map((c) => homoglyphNote(c, lang))
        .join(', ');
      const text = { text: written, value, letters };
      if (step && ids.has(value) && ids.has(written)) report({ messageId: 'ambiguous', data: text, path });
      else report({ messageId: 'lookalike', data: text, path, fix: { path, value } });
    };
    if (typeof data.code === 'string') check(data.code, ['code'], false);
    // Each step's id and the steps its `next` names, a label's text with them; and its body.
    forEachStepReference(data, (parent, key, path) => check(parent[key], path, true));
    // A body written as a declared body's name, letter for letter, is that body whatever its letters: nothing is
    // mistaken (the name's own letters are free text).
    const names = new Set(isMap(data.bodies) ? Object.values(data.bodies).map((body) => isMap(body) && body.name) : []);
    if (Array.isArray(data.steps))
      data.steps.forEach(
        (step, i) => isMap(step) && !names.has(step.body) && check(step.body, ['steps', i, 'body'], false),
      );
  },
});
