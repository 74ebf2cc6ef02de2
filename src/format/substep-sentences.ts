/**
 * The sentence `procmap time` prints under its table for a heading step counted by its parts ("Bước 2 gồm các bước
 * 2.1, 2.2 (cộng lại 1 ngày làm việc): tính một lần, theo các bước con"), shared by the ISO document's step table and the site's pages: without it the
 * steps 2, 2.1 and 2.2 read as three times to add, a day more than the total says.
 */
import { fill, type Lang } from '../i18n.js';
import { toWorkingHours } from '../model/duration.js';
import { stepDuration } from '../model/step-days.js';
import { shownStepNumbers } from '../model/step-numbers.js';
import type { Duration, Procedure } from '../model/types.js';
import type { TimeAnalysis } from '../time/analyse.js';
import { formatDuration } from '../time/units.js';

const WORDS = {
  en: {
    sum: 'Step {n} is made of steps {parts} ({time} in all): counted once, by its parts',
    longest:
      'Step {n} is made of steps {parts}, done in parallel ({time}, the longest of them): counted once, by its parts',
    madeOf: '(made of steps {parts})',
  },
  vi: {
    sum: 'Bước {n} gồm các bước {parts} (cộng lại {time}): tính một lần, theo các bước con',
    longest:
      'Bước {n} gồm các bước {parts} làm song song ({time}, bằng bước con lâu nhất): tính một lần, theo các bước con',
    madeOf: '(gồm bước {parts})',
  },
} as const;

/** A step's own time as the tables print it: in hours under a limit in hours ("8 giờ làm việc" for `1d`), else as written. */
export function tableStepTime(
  duration: Duration,
  hoursPerDay: number,
  lang: Lang,
  limitUnit: Duration['unit'],
): string {
  const hours = limitUnit === 'h' ? toWorkingHours(duration, hoursPerDay) : undefined;
  return formatDuration(hours === undefined ? duration : { value: hours, unit: 'h' }, lang);
}

/** One sentence per heading step whose parts make its time (their sum, or the longest of parallel parts), naming the steps by the numbers the tables show. */
export function substepSentences(
  procedure: Pick<Procedure, 'steps' | 'time_limit'>,
  analysis: Pick<TimeAnalysis, 'substeps' | 'hoursPerDay' | 'limitDuration'>,
  lang: Lang,
): string[] {
  if (analysis.substeps.length === 0) return [];
  const numbers = shownStepNumbers(procedure.steps);
  const limitUnit = analysis.limitDuration?.unit ?? 'd';
  // Which reading made the heading's time: the parts' sum, or the longest of parts done in parallel.
  return analysis.substeps.map(({ step, parts, own, reading }) =>
    fill(WORDS[lang][reading === 'longest' ? 'longest' : 'sum'], {
      n: numbers[step]!,
      parts: parts.map((i) => numbers[i]!).join(', '),
      time: tableStepTime(
        stepDuration(procedure.steps[step]!.duration, procedure.time_limit) ?? own,
        analysis.hoursPerDay,
        lang,
        limitUnit,
      ),
    }),
  );
}

/** Said after a heading step's time in a step table: "(gồm bước 2.1, 2.2)", by the numbers the table shows. */
export function madeOfText(parts: readonly string[], lang: Lang): string {
  return fill(WORDS[lang].madeOf, { parts: parts.join(', ') });
}
