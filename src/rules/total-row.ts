import { buildFlow } from '../model/flow.js';
import { isWorkingTime, toWorkingHours } from '../model/duration.js';
import { parseStepDuration } from '../model/step-duration-words.js';
import { LineIndex } from '../model/source.js';
import { isTotalRow, wholeLines } from '../model/total-rows.js';
import { criticalPath } from '../time/critical-path.js';
import { formatWorkingTime } from '../time/units.js';
import { defineRule } from './define-rule.js';

/**
 * A step table's total row ("Tổng thời gian giải quyết … 07 ngày làm việc") pasted as a step is no work: counted as one,
 * it doubles the procedure's time. procmap computes the total from the steps, so the row goes, and a total that
 * disagrees with the steps is said, for the officer to see which is wrong.
 */
export const rule = defineRule({
  id: 'total-row',
  description: {
    en: "A step table's total row is not a step",
    vi: 'Dòng tổng của bảng các bước không phải là một bước',
  },
  severity: 'error',
  recommended: true,
  fixable: true,
  messages: {
    row: {
      en: 'Step "{id}" ("{name}") is the total row of a step table, not a step: procmap computes the total time from the steps; delete this step',
      vi: 'Bước "{id}" ("{name}") là dòng tổng của bảng các bước, không phải một bước: procmap tự tính tổng thời gian từ các bước; hãy xóa bước này',
    },
    rowDisagrees: {
      en: 'Step "{id}" ("{name}") is the total row of a step table, not a step: procmap computes the total time from the steps, and they take {total}, not the {written} written here; delete this step, and check the steps\' times',
      vi: 'Bước "{id}" ("{name}") là dòng tổng của bảng các bước, không phải một bước: procmap tự tính tổng thời gian từ các bước, và các bước mất {total}, không phải {written} như ghi ở đây; hãy xóa bước này và kiểm tra lại thời gian các bước',
    },
  },
  check({ procedure, source, calendar, lang, report }) {
    const rows = procedure.steps.flatMap((step, i) => (isTotalRow(step) ? [i] : []));
    if (rows.length === 0) return;
    const others = procedure.steps.filter((_, i) => !rows.includes(i));
    const { hoursPerDay } = calendar;
    const hours = (text: string) => {
      // The table's rows, the total's too, in the step table's forms ("Ngày làm việc: 05").
      const duration = parseStepDuration(text);
      return duration && isWorkingTime(duration) ? toWorkingHours(duration, hoursPerDay) : undefined;
    };
    const weights = others.map((step) => hours(step.duration));
    const path =
      others.length > 0 && weights.every((w) => w !== undefined)
        ? criticalPath(buildFlow(others), (i) => weights[i]!)
        : undefined;
    let lines: LineIndex | undefined;
    for (const i of rows) {
      const step = procedure.steps[i]!;
      const written = hours(step.duration);
      const disagrees = path !== undefined && written !== undefined && Math.abs(written - path.total) > 1e-9;
      const range = wholeLines(source.text, (lines ??= new LineIndex(source.text)), source.locate(['steps', i]), true);
      report({
        messageId: disagrees ? 'rowDisagrees' : 'row',
        data: {
          id: step.id,
          name: step.name,
          ...(disagrees
            ? {
                total: formatWorkingTime(path.total, hoursPerDay, lang),
                written: formatWorkingTime(written, hoursPerDay, lang),
              }
            : {}),
        },
        path: ['steps', i, 'id'],
        ...(range ? { fix: { range, text: '' } } : {}),
      });
    }
  },
});
