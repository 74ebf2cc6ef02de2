import { fill } from '../i18n.js';
import { shownStepNumbers } from '../model/step-numbers.js';
import { substepHeadings } from '../model/substeps.js';
import { formatDuration, formatWorkingTime } from '../time/units.js';
import type { Duration } from '../model/types.js';
import type { Lang } from '../i18n.js';
import { defineRule } from './define-rule.js';

/**
 * A step table lists a heading step with its total, then its parts (2 = 2.1 + 2.2): procmap counts it once when the
 * parts add up to it (model/substeps.ts). When they do not, either the heading's time or a part's is wrong, or the
 * heading is work of its own: procmap cannot tell which, adds them all, and asks the officer.
 */
export const rule = defineRule({
  id: 'substep-total',
  description: {
    en: "A step's sub-steps (2.1, 2.2) must add up to the step's own time",
    vi: 'Thời gian các bước con (2.1, 2.2) phải cộng lại bằng thời gian của bước',
  },
  severity: 'error',
  recommended: true,
  messages: {
    // Parts one step forks in parallel: the heading may be their longest as well as their sum.
    apartParallel: {
      en: 'Step {n} "{name}" takes {own}, but its sub-steps {parts}, done in parallel, end after {longest}, the longest of them; procmap counts both, {both}. If step {n} is made of its sub-steps, write {longest} as its time (or correct the sub-steps); if it is work of its own besides them, number them as steps of their own ({next})',
      vi: 'Bước {n} «{name}» ghi {own}, nhưng các bước con {parts} làm song song, xong sau {longest} là thời gian của bước con lâu nhất; procmap đang cộng cả hai, thành {both}. Nếu bước {n} gồm các bước con, hãy ghi thời gian bước {n} là {longest} (hoặc sửa thời gian các bước con); nếu bước {n} là việc riêng ngoài các bước con, hãy đánh số chúng thành bước riêng ({next})',
    },
    // Parallel parts whose sum is the heading's: the flow counts only the longest, so the sum is not what is counted.
    sumParallel: {
      en: 'Step {n} "{name}" takes {own}, the sum of its sub-steps {parts}, but they are done in parallel and end after {longest}, the longest of them: the flow counts {longest}, not their sum; procmap counts both, {both}. If step {n} is made of its sub-steps, write {longest} as its time; if the sub-steps are done one after another, have each hand over to the next, not all follow one step; if step {n} is work of its own besides them, number them as steps of their own ({next})',
      vi: 'Bước {n} «{name}» ghi {own}, bằng tổng các bước con {parts}, nhưng các bước con làm song song, xong sau {longest} là thời gian của bước con lâu nhất: đường găng chỉ tính {longest}, không tính tổng; procmap đang cộng cả hai, thành {both}. Nếu bước {n} gồm các bước con, hãy ghi thời gian bước {n} là {longest}; nếu các bước con làm lần lượt, hãy nối chúng theo thứ tự (bước này xong mới đến bước kia), không chuyển cùng lúc từ một bước; nếu bước {n} là việc riêng ngoài các bước con, hãy đánh số chúng thành bước riêng ({next})',
    },
    apart: {
      en: 'Step {n} "{name}" takes {own}, but its sub-steps {parts} add up to {sum}; procmap counts both, {both}. If step {n} is made of its sub-steps, write {sum} as its time (or correct the sub-steps to add up to {own}); if it is work of its own besides them, number them as steps of their own ({next})',
      vi: 'Bước {n} «{name}» ghi {own}, nhưng các bước con {parts} cộng lại {sum}; procmap đang cộng cả hai, thành {both}. Nếu bước {n} gồm các bước con, hãy ghi thời gian bước {n} là {sum} (hoặc sửa thời gian các bước con cho đủ {own}); nếu bước {n} là việc riêng ngoài các bước con, hãy đánh số chúng thành bước riêng ({next})',
    },
  },
  check({ procedure, hoursPerDay, lang, report }) {
    let numbers: string[] | undefined;
    const headings = substepHeadings(procedure.steps, procedure.time_limit, hoursPerDay);
    for (const { step, parts, adds, own, sum, parallel, longest } of headings) {
      if (adds) continue;
      const shown = (numbers ??= shownStepNumbers(procedure.steps));
      const n = shown[step]!;
      const time = (duration: Duration) => timeText(duration, hoursPerDay, lang);
      // Times in units that never add up (calendar days beside working days) have no sum to say.
      const sumText = Number.isNaN(sum.value) ? fill(UNITS_APART[lang], {}) : time(sum);
      // Parallel parts end with the longest of them: the heading and they take its time and the longest's.
      const apart = parallel && !Number.isNaN(longest.value) ? longest : sum;
      const both = Number.isNaN(apart.value) ? '—' : time({ value: own.value + apart.value, unit: own.unit });
      report({
        messageId:
          parallel && !Number.isNaN(longest.value)
            ? Math.abs(own.value - sum.value) < 1e-6
              ? 'sumParallel'
              : 'apartParallel'
            : 'apart',
        data: {
          longest: Number.isNaN(longest.value) ? sumText : time(longest),
          n,
          name: procedure.steps[step]!.name,
          own: time(own),
          parts: parts.map((i) => shown[i]!).join(', '),
          sum: sumText,
          both,
          next: parts.map((i) => shown[i]!).join(', ') + ' → ' + nextNumbers(n, parts.length).join(', '),
        },
        path: ['steps', step, 'duration'],
      });
    }
  },
});

// The parts' sum when their units are not the heading's (calendar days and working days).
const UNITS_APART: Record<Lang, string> = {
  en: 'a time in other units',
  vi: 'một thời gian tính theo đơn vị khác',
};

/** A time as the officer reads it: working hours as working days with their hours, other units as written. */
function timeText(duration: Duration, hoursPerDay: number, lang: Lang): string {
  return duration.unit === 'h' ? formatWorkingTime(duration.value, hoursPerDay, lang) : formatDuration(duration, lang);
}

/** The numbers the parts would take as steps of their own after their heading: 2.1, 2.2 after 2 → 3, 4. */
function nextNumbers(heading: string, count: number): string[] {
  const [whole, ...rest] = heading.split('.');
  if (rest.length > 0 || !/^\d+$/.test(whole!)) return Array.from({ length: count }, (_, k) => `${heading}.${k + 1}`);
  return Array.from({ length: count }, (_, k) => String(Number(whole) + k + 1));
}
