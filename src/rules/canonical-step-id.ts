import { isMap } from '../model/data-object.js';
import { canonicalStepId } from '../model/lenient.js';
import { listedBranch } from '../model/listed-branches.js';
import type { NodePath } from '../model/types.js';
import { writtenAt } from './written-value.js';
import { headingMarksRewritten } from './heading-marks.js';
import { defineRule } from './define-rule.js';

/**
 * The portal prints a step's heading with a colon ("Bước 1: Tiếp nhận hồ sơ") and officers copy it into the id: procmap
 * reads "Bước 1:" as "Bước 1", and this rule asks for the id the document, the chart and `next:` name the step by.
 */
export const rule = defineRule({
  id: 'canonical-step-id',
  description: {
    en: 'Step ids should be written without the colon or full stop of a heading',
    vi: 'Mã bước nên ghi không kèm dấu ":" hay "." của tiêu đề bước',
  },
  severity: 'warning',
  // On in recommended: the colon is a paste, not a choice of spelling, and other tools do not read it away.
  recommended: true,
  fixable: true,
  messages: {
    id: { en: 'Write step id "{text}" as "{id}"', vi: 'Hãy ghi mã bước "{text}" thành "{id}"' },
    next: { en: 'Write next step "{text}" as "{id}"', vi: 'Hãy ghi bước tiếp theo "{text}" thành "{id}"' },
  },
  check({ source, procedure, report }) {
    const steps = writtenAt(source, ['steps']);
    if (!Array.isArray(steps)) return;
    steps.forEach((_, i) => {
      const path = ['steps', i, 'id'];
      const text = writtenAt(source, path);
      if (typeof text !== 'string') return;
      const id = canonicalStepId(text);
      // Spaces around the id are the schema's to refuse; a mark of the heading is this rule's.
      if (id === text.trim() || id === '') return;
      report({ messageId: 'id', data: { text, id }, path, fix: { path, value: id } });
    });
    // The same heading copied into `next` ("B2:", ["B3:", "B4:"], { Hợp lệ: "B2:" }): rewritten with the id fixed
    // above, or the file --fix leaves still names steps by their headings.
    const ids = new Set(procedure.steps.map((step) => step.id));
    const check = (at: NodePath, written: unknown) => {
      const value = headingMarksRewritten(written, steps as { id?: unknown; name?: unknown }[], ids);
      if (value === undefined) return;
      report({ messageId: 'next', data: { text: String(written), id: value }, path: at, fix: { path: at, value } });
    };
    steps.forEach((_, i) => {
      const path: NodePath = ['steps', i, 'next'];
      const next = writtenAt(source, path);
      if (Array.isArray(next))
        next.forEach((item, k) => {
          const listed = listedBranch(item);
          check(listed ? [...path, k, listed[0]] : [...path, k], listed ? listed[1] : item);
        });
      else if (isMap(next)) for (const [label, target] of Object.entries(next)) check([...path, label], target);
      else check(path, next);
    });
  },
});
