import { fill, type Lang } from '../i18n.js';
import { parseDuration } from '../model/duration.js';
import { findCycle } from '../model/flow.js';
import { shownStepNumbers } from '../model/step-numbers.js';
import type { TimeAnalysis } from './analyse.js';
import { formatDuration } from './units.js';

const WORDS = {
  vi: {
    step: 'bước {n} ({name}) tính bằng {duration}, không theo ngày làm việc',
    shortStep: 'bước {n} tính bằng {duration}',
    sameDay: 'bước {n} ({name}) là bước trả trong ngày, không theo ngày làm việc',
    shortSameDay: 'bước {n} là bước trả trong ngày',
    loop: 'lưu đồ có vòng lặp {cycle}',
    draft: 'bước {n} ({name}) là bước nháp',
    shortDraft: 'bước {n} là bước nháp',
  },
  en: {
    step: 'step {n} ({name}) is counted in {duration}, not in working days',
    shortStep: 'step {n} is counted in {duration}',
    sameDay: 'step {n} ({name}) is a same-day step, not counted in working days',
    shortSameDay: 'step {n} is a same-day step',
    loop: 'the flow loops: {cycle}',
    draft: 'step {n} ({name}) is a draft',
    shortDraft: 'step {n} is a draft',
  },
} as const;

/**
 * Why a procedure's steps have no working-time total, said so that the officer can find it: the first draft step, the
 * first step counted in calendar days or months (`bước 3 (Niêm yết) tính bằng 15 ngày (lịch)`), or the loop (`B1 → B2 → B1`); `short`
 * leaves the step's name out, for a flowchart's legend.
 */
export function whyNoTotal(analysis: TimeAnalysis, lang: Lang, short = false): string | undefined {
  const { noTotal, flow } = analysis;
  if (noTotal === undefined) return undefined;
  const words = WORDS[lang];
  // Steps are named by the numbers the step table and the chart show ("12", "4a"), not by their places in the list.
  const numbers = shownStepNumbers(flow.steps);
  const cycle = () => (findCycle(flow) ?? []).map((i) => flow.steps[i]!.id).join(' → ');
  if ('draft' in noTotal) {
    const step = flow.steps[noTotal.draft]!;
    return fill(short ? words.shortDraft : words.draft, { n: numbers[noTotal.draft]!, name: step.name });
  }
  if ('step' in noTotal) {
    const step = flow.steps[noTotal.step]!;
    const duration = parseDuration(step.duration);
    const data = { n: numbers[noTotal.step]!, name: step.name };
    // "Trong ngày" is no amount to be counted in ("tính bằng trong ngày"): the step is said to be a same-day one. A
    // same-day step counts as one working day at most (same-day-bound.ts), so what leaves no total is then the loop.
    if (duration?.unit === 'sameday' && duration.nextDay === undefined) {
      if (findCycle(flow)) return fill(words.loop, { cycle: cycle() });
      return fill(short ? words.shortSameDay : words.sameDay, data);
    }
    const text = duration ? formatDuration(duration, lang) : String(step.duration);
    return fill(short ? words.shortStep : words.step, { ...data, duration: text });
  }
  return fill(words.loop, { cycle: cycle() });
}
