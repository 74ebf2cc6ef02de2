import type { LoadedFile } from '../model/load.js';
import { LineIndex, lineEndOf } from '../model/source.js';
import type { Fix, NodePath } from '../model/types.js';
import { isUnknownTime } from '../time/draft.js';
import { defineRule } from './define-rule.js';
import { writtenAt } from './written-value.js';

/**
 * `procmap import` writes the public sequence of a procedure as draft steps: the national record and most catalogs
 * name the steps but not who does each nor how long it takes. Until an officer writes both, the procedure's total
 * and flowchart mean nothing, so every draft step is reported rather than passing as a finished one. A step whose
 * time is written "chưa xác định", the words procmap prints for a draft's, is read as a draft and written as one.
 */
export const rule = defineRule({
  id: 'draft-steps',
  description: {
    en: 'Draft steps need their real body and duration',
    vi: 'Bước nháp cần ghi đơn vị và thời gian thực',
  },
  severity: 'warning',
  recommended: true,
  fixable: true,
  messages: {
    draft: {
      en: 'Step "{step}" is a draft: write who does it (body) and how long it takes (duration), then remove "draft: true"',
      vi: 'Bước "{step}" là bước nháp: ghi đơn vị thực hiện (body) và thời gian (duration), rồi xóa "draft: true"',
    },
    unknown: {
      en: 'Step "{step}" takes "{text}", a time not known yet: procmap reads it as a draft step; write duration: 0h and draft: true, and the real time once it is known',
      vi: 'Bước "{step}" có thời gian "{text}", tức là chưa biết: procmap hiểu đây là bước nháp; hãy ghi duration: 0h và draft: true, rồi ghi thời gian thực khi đã biết',
    },
  },
  check({ source, procedure, report }) {
    procedure.steps.forEach((step, i) => {
      const path = ['steps', i, 'duration'];
      const written = writtenAt(source, path);
      if (typeof written === 'string' && isUnknownTime(written)) {
        const fix = draftFix(source, ['steps', i]);
        report({ messageId: 'unknown', data: { step: step.id, text: written }, path, ...(fix ? { fix } : {}) });
      } else if (step.draft === true)
        report({ messageId: 'draft', data: { step: step.id }, path: ['steps', i, 'draft'], target: 'key' });
    });
  },
});

/**
 * The fix that writes a step's unknown time as a draft's: `0h` in its place, and `draft: true` after it where the step
 * does not say so yet, on a line of its own in a block map or after a comma in braces. None for another layout.
 */
function draftFix(source: LoadedFile, step: NodePath): Fix | undefined {
  const duration = [...step, 'duration'];
  const flag = writtenAt(source, [...step, 'draft']);
  const value = source.locate(duration, 'value');
  if (value.line !== value.endLine) return undefined;
  if (flag === true || flag === 'true') return { range: value, text: '0h' };
  if (flag !== undefined) return undefined;
  const key = source.locate(duration, 'key');
  const lines = new LineIndex(source.text);
  const before = source.text.slice(lines.offset(key.line, 1), lines.offset(key.line, key.column));
  if (/^[ -]*$/.test(before)) {
    const indent = ' '.repeat(key.column - 1);
    return { range: value, text: `0h${lineEndOf(source.text)}${indent}draft: true` };
  }
  return /[{,][ \t]*$/.test(before) ? { range: value, text: '0h, draft: true' } : undefined;
}
