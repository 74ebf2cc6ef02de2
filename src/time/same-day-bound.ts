import { fill, type Lang } from '../i18n.js';
import { toWorkingHours } from '../model/duration.js';
import { stepDurationIn } from '../model/step-days.js';
import { shownStepNumbers } from '../model/step-numbers.js';
import { isCounted } from '../model/uncounted.js';
import type { TimeAnalysis, WorkingTime } from './analyse.js';
import { criticalPath } from './critical-path.js';
import { round2 } from './units.js';

/** The most the steps take when some are same-day ones, and those steps by index. */
export interface SameDayBound {
  total: WorkingTime;
  steps: number[];
  /** Those steps' numbers as the step table and the chart show them ("12", "4a"), not their places in the list. */
  numbers: string[];
}

/**
 * The steps' total under a limit in working time when the only steps it could not add up are same-day ones ("trong
 * ngày"): each is counted as the one working day it takes at most, since it ends at the close of the day it starts
 * (durationEnd), so the figure is the most the steps can take. Undefined when another step, a draft or a loop has no
 * total: the document then says why, as before.
 */
export function sameDayBound(analysis: TimeAnalysis): SameDayBound | undefined {
  const { noTotal, hoursPerDay, limitDuration } = analysis;
  if (noTotal === undefined || !('step' in noTotal)) return undefined;
  if (limitDuration.unit !== 'd' && limitDuration.unit !== 'h') return undefined;
  const { steps: all } = analysis.flow;
  const durations = all.map((step) => stepDurationIn(step.duration, limitDuration.unit === 'd'));
  // As analyseTime counts them: a step outside the limit (`counted: false`) and a heading its sub-steps add up to take
  // no time against it, and a same-day step among them is no day of the total (its row says "không tính vào thời hạn").
  const byParts = new Set(analysis.substeps.filter((heading) => heading.adds).map((heading) => heading.step));
  const counted = all.map((step, i) => isCounted(step) && !byParts.has(i));
  const steps = durations.flatMap((duration, i) => (duration?.unit === 'sameday' && counted[i] ? [i] : []));
  const hours = durations.map((duration, i) =>
    !counted[i] ? 0 : duration?.unit === 'sameday' ? hoursPerDay : duration && toWorkingHours(duration, hoursPerDay),
  );
  // A next-day step ("Trong ngày làm việc tiếp theo") is no one working day: no bound is said, the total is unknown.
  if (durations.some((duration) => duration?.nextDay !== undefined)) return undefined;
  if (hours.some((h) => h === undefined) || all.some((step) => step.draft === true)) return undefined;
  const found = criticalPath(analysis.generalFlow, (i) => hours[i]!);
  if (!found) return undefined;
  const total = Math.round(found.total * 60) / 60;
  const shown = shownStepNumbers(all);
  return { total: { hours: total, days: round2(total / hoursPerDay) }, steps, numbers: steps.map((i) => shown[i]!) };
}

const WORDS = {
  vi: 'tối đa {total}; bước {steps} trả trong ngày được tính là 1 ngày làm việc',
  en: 'at most {total}; same-day step {steps} is counted as 1 working day',
} as const;

// English says two steps or more in the plural ("same-day steps 12, 22 are each …"); Vietnamese has no plural.
const MANY_EN = 'at most {total}; same-day steps {steps} are each counted as 1 working day';

/**
 * The bound in the words every output gives it (`time`, the document, the chart): "tối đa 20 ngày làm việc (160 giờ);
 * bước 1 trả trong ngày được tính là 1 ngày làm việc". `total`: the bound's figure as the caller prints working time;
 * `start`: opening a sentence, capitalised, as the document's total cell does.
 */
export function sameDayBoundText(bound: SameDayBound, total: string, lang: Lang, start = false): string {
  const words = lang === 'en' && bound.numbers.length > 1 ? MANY_EN : WORDS[lang];
  const text = fill(words, { total, steps: bound.numbers.join(', ') });
  return start ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
