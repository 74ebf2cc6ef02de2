import { fill, type Lang } from '../i18n.js';
import { parseDuration, toWorkingHours } from '../model/duration.js';
import { stepDuration } from '../model/step-days.js';
import { shownStepNumbers } from '../model/step-numbers.js';
import type { Duration, Procedure } from '../model/types.js';
import type { TimeAnalysis } from '../time/analyse.js';
import { formatDuration } from '../time/units.js';

// One wording for `procmap time` and the document's step table: the reader of either sees why the time column adds up
// to more than the total, in the same words.
const WORDS = {
  en: {
    substeps: 'Step {n} is made of steps {parts} ({time} in all): counted once, by its parts',
    substepsLongest:
      'Step {n} is made of steps {parts}, done in parallel ({time}, the longest of them): counted once, by its parts',
    madeOf: '(made of steps {parts})',
  },
  vi: {
    substeps: 'Bước {n} gồm các bước {parts} (cộng lại {time}): tính một lần, theo các bước con',
    substepsLongest:
      'Bước {n} gồm các bước {parts} làm song song ({time}, bằng bước con lâu nhất): tính một lần, theo các bước con',
    madeOf: '(gồm bước {parts})',
  },
};

/** The line said of each heading step counted once, by its parts: "Bước 2 gồm các bước 2.1, 2.2 (…): tính một lần". */
export function substepLines(procedure: Procedure, analysis: TimeAnalysis, lang: Lang): string[] {
  const numbers = shownStepNumbers(procedure.steps);
  const limitUnit = parseDuration(procedure.time_limit)?.unit ?? 'd';
  return analysis.substeps.map(({ step, parts, own, reading }) => {
    const written = stepDuration(procedure.steps[step]!.duration, procedure.time_limit) ?? own;
    // Which reading made the heading's time: the parts' sum, or the longest of parts done in parallel.
    return fill(reading === 'longest' ? WORDS[lang].substepsLongest : WORDS[lang].substeps, {
      n: numbers[step]!,
      parts: parts.map((i) => numbers[i]!).join(', '),
      time: stepTime(written, analysis.hoursPerDay, lang, limitUnit),
    });
  });
}

/** Said after a heading step's time in a step table: "(gồm bước 2.1, 2.2)", by the numbers the table shows. */
export function madeOfText(parts: readonly string[], lang: Lang): string {
  return fill(WORDS[lang].madeOf, { parts: parts.join(', ') });
}

/** A step's own time as the table prints it: in hours under a limit in hours ("8 giờ làm việc" for `1d`), else as written. */
function stepTime(duration: Duration, hoursPerDay: number, lang: Lang, limitUnit: Duration['unit']): string {
  const hours = limitUnit === 'h' ? toWorkingHours(duration, hoursPerDay) : undefined;
  return formatDuration(hours === undefined ? duration : { value: hours, unit: 'h' }, lang);
}
