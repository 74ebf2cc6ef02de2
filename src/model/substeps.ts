import { toWorkingHours } from './duration.js';
import { stepDuration } from './step-days.js';
import { shownStepNumbers } from './step-numbers.js';
import type { Duration, Step } from './types.js';

// An officer's step table lists a heading step with its total, then its parts: "2 Giải quyết hồ sơ 1 ngày; 2.1 Tra
// cứu 4 giờ; 2.2 Trình ký 4 giờ". Step 2 IS 2.1 + 2.2: counting all three would put a day the office never spends on
// the path. Where the parts add up to the heading's time it is counted once, by its parts (which say who does what
// when); where they do not, no reading is guessed: substep-total asks the officer which time is right.

/** A step numbered as the heading of sub-steps (2 for 2.1, 2.2), with its parts and how their times compare. */
export interface SubstepHeading {
  /** The heading step's index. */
  step: number;
  /** Its direct sub-steps' indexes, in the order written. */
  parts: number[];
  /**
   * Whether the parts' times make the heading's: their sum, or, for parts one step forks in parallel (`next: [2.1,
   * 2.2]`), the longest of them only (never their sum). It is then counted by its parts alone, the flow taking the
   * longest branch.
   */
  adds: boolean;
  /** Which reading made the heading's time: the parts' sum, or the longest of parallel parts. */
  reading: 'sum' | 'longest';
  /** Whether one step forks the parts in parallel. */
  parallel: boolean;
  /** The longest part, in the unit of `sum`. */
  longest: Duration;
  /** The heading's time, and the parts' sum, in the unit both are counted in (working hours, else the unit itself). */
  own: Duration;
  sum: Duration;
}

/**
 * The steps numbered as headings of sub-steps (`2` before `2.1`, `2.2`), when the step ids are the officer's numbers
 * (shownStepNumbers), each with whether its parts' times add up to its own. A step whose time or a part's cannot be
 * read, or a draft, makes no heading: its time is not known to compare.
 */
export function substepHeadings(
  steps: readonly (Pick<Step, 'id' | 'duration' | 'draft'> & Partial<Pick<Step, 'next'>>)[],
  limit: string,
  hoursPerDay: number,
): SubstepHeading[] {
  const headings: SubstepHeading[] = [];
  substepParts(steps).forEach((parts, step) => {
    const times = [step, ...parts].map((i) =>
      steps[i]!.draft === true ? undefined : stepDuration(steps[i]!.duration, limit),
    );
    if (times.some((t) => t === undefined)) return;
    const own = times[0]!;
    const each = times.slice(1) as Duration[];
    const hours = times.map((t) => toWorkingHours(t!, hoursPerDay));
    let ownTime: Duration;
    let sum: Duration;
    let longest: Duration;
    if (hours.every((h) => h !== undefined)) {
      ownTime = { value: hours[0]!, unit: 'h' };
      sum = { value: hours.slice(1).reduce((a, b) => a + b!, 0), unit: 'h' };
      longest = { value: Math.max(...(hours.slice(1) as number[])), unit: 'h' };
    } else if (each.every((t) => t.unit === own.unit)) {
      // Calendar days or months add up among themselves only.
      ownTime = { value: own.value, unit: own.unit };
      sum = { value: each.reduce((a, t) => a + t.value, 0), unit: own.unit };
      longest = { value: Math.max(...each.map((t) => t.value)), unit: own.unit };
    } else {
      ownTime = own;
      sum = { value: Number.NaN, unit: own.unit };
      longest = { value: Number.NaN, unit: own.unit };
    }
    const parallel = forkedTogether(steps, parts);
    // Parts done in parallel end with the longest of them, and the flow counts only that one: a heading equal to
    // their sum would be counted once as a time the office does not spend, so only the longest matches.
    const bySum = !parallel && Math.abs(ownTime.value - sum.value) < 1e-6;
    const byLongest = parallel && Math.abs(ownTime.value - longest.value) < 1e-6;
    headings.push({
      step,
      parts,
      adds: bySum || byLongest,
      reading: bySum ? 'sum' : byLongest ? 'longest' : 'sum',
      parallel,
      own: ownTime,
      sum,
      longest,
    });
  });
  return headings;
}

/**
 * The steps numbered as headings of sub-steps (`2` before `2.1`, `2.2`), each with its direct parts' indexes in the
 * order written, whatever their times: what the chart draws as a heading over its parts.
 */
export function substepParts(steps: readonly Pick<Step, 'id'>[]): Map<number, number[]> {
  const found = new Map<number, number[]>();
  // A sub-step's number is in its id (2.1, B2.1): a flow whose ids hold no dot, as most do, has no heading to find.
  if (!steps.some((step) => String(step.id).includes('.'))) return found;
  const numbers = shownStepNumbers(steps);
  // Only an officer's numbering has sub-steps; positions 1..n never hold a dot.
  if (!numbers.some((n) => n.includes('.'))) return found;
  numbers.forEach((number, step) => {
    const parts = numbers.flatMap((n, i) => (isPartOf(n, number) ? [i] : []));
    if (parts.length > 0) found.set(step, parts);
  });
  return found;
}

/**
 * Whether one step hands over to every part at once (`next: [2.1, 2.2]`): the parts run in parallel, done by different
 * bodies at the same time, and the heading lasts as long as the longest of them. Parts in list order run one after another.
 */
function forkedTogether(steps: readonly Partial<Pick<Step, 'id' | 'next'>>[], parts: number[]): boolean {
  if (parts.length < 2) return false;
  const ids = parts.map((i) => steps[i]!.id);
  return steps.some(({ next }) => Array.isArray(next) && ids.every((id) => next.includes(id!)));
}

/** Whether a shown number is a direct sub-step of another's: "2.1" of "2", "2.1.3" of "2.1"; never "2b" nor "12.1". */
function isPartOf(number: string, heading: string): boolean {
  if (!number.startsWith(`${heading}.`)) return false;
  return /^\d+$/.test(number.slice(heading.length + 1));
}

/**
 * The indexes of the steps counted by their sub-steps: headings whose parts add up to their time. Every total, the
 * appointment and lint count these steps as no time of their own (they are their parts), one reading for all.
 */
export function stepsCountedByParts(
  steps: readonly (Pick<Step, 'id' | 'duration' | 'draft'> & Partial<Pick<Step, 'next'>>)[],
  limit: string,
  hoursPerDay: number,
): Set<number> {
  return new Set(
    substepHeadings(steps, limit, hoursPerDay)
      .filter((heading) => heading.adds)
      .map((heading) => heading.step),
  );
}
