import { pastedNumber } from '../model/pasted-step-number.js';
import { shownStepNumbers } from '../model/step-numbers.js';
import { defineRule } from './define-rule.js';

/**
 * Officers paste steps from Word with their numbers, "Bước 1: Tiếp nhận hồ sơ"; procmap numbers the steps itself, so
 * documents, the flowchart, the site and the workbook would print the number twice, or two different numbers.
 */
export const rule = defineRule({
  id: 'step-number-in-name',
  description: {
    en: 'Step names should not start with the step number',
    vi: 'Tên bước không nên bắt đầu bằng số bước',
  },
  severity: 'warning',
  recommended: true,
  fixable: true,
  messages: {
    number: {
      en: 'Step name "{name}" starts with its step number, "{written}"; procmap numbers the steps itself, so the number would be printed twice: write the name as "{rest}"',
      vi: 'Tên bước "{name}" bắt đầu bằng số bước "{written}"; procmap tự đánh số các bước nên số này sẽ được in hai lần: hãy ghi tên bước là "{rest}"',
    },
    bracket: {
      en: 'Step name "{name}" starts with its step number, "{written}", and "{bracket}", who does the step, which is not its name: write the name as "{rest}", and "{bracket}" in the step\'s role (role: {bracket}) or as its body',
      vi: 'Tên bước "{name}" bắt đầu bằng số bước "{written}" và "{bracket}", người thực hiện bước, không phải tên bước: hãy ghi tên bước là "{rest}", và ghi "{bracket}" ở role (role: {bracket}) hoặc làm đơn vị thực hiện (body) của bước',
    },
    otherNumber: {
      en: 'Step name "{name}" starts with a step number, "{written}", but the document numbers this step {position}; procmap numbers the steps itself: write the name as "{rest}"',
      vi: 'Tên bước "{name}" bắt đầu bằng số bước "{written}", nhưng tài liệu đánh số bước này là {position}; procmap tự đánh số các bước: hãy ghi tên bước là "{rest}"',
    },
  },
  check({ procedure, report }) {
    // The number the document prints, not the place in the list: beside `B2a` ("2a"), `B3` is printed 3, not 4.
    let shown: string[] | undefined;
    procedure.steps.forEach((step, i) => {
      const pasted = typeof step.name === 'string' ? pastedNumber(step.name) : undefined;
      // A name that is a step number alone ("Bước 2") has no name to keep: a placeholder, not a number pasted before one.
      if (pasted === undefined || pasted.rest === '') return;
      shown ??= shownStepNumbers(procedure.steps);
      const path = ['steps', i, 'name'];
      const data = { name: step.name, written: pasted.written, rest: pasted.rest, position: shown[i]! };
      // A bracket that names the step's body says nothing the file does not: removed with the number. Another is kept
      // for the officer to place, so no fix removes it.
      const { bracket } = pasted;
      if (bracket !== undefined && !namesBody(bracket, step.body, procedure.bodies)) {
        report({ messageId: 'bracket', data: { ...data, bracket }, path });
        return;
      }
      const messageId = pasted.number === undefined || String(pasted.number) === shown[i] ? 'number' : 'otherNumber';
      report({ messageId, data, path, fix: { path, value: pasted.rest } });
    });
  },
});

/** Whether a bracket names the step's body, by its key or its name, in any case. */
function namesBody(bracket: string, body: unknown, bodies: Record<string, { name?: unknown }> | undefined): boolean {
  if (typeof body !== 'string') return false;
  const said = bracket.toLowerCase();
  const name = bodies?.[body]?.name;
  return said === body.toLowerCase() || (typeof name === 'string' && said === name.toLowerCase());
}
