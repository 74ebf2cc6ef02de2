import { fill, type Lang } from '../i18n.js';
import type { Flow } from '../model/flow.js';
import type { Step } from '../model/types.js';
import { parseDuration } from '../model/duration.js';
import { formatLimit } from './units.js';
import { stepDuration } from '../model/step-days.js';
import { stepDurationText } from '../model/step-duration-words.js';
import { isCounted, uncountedMark } from '../model/uncounted.js';

// Said in place of a time no one knows yet: a draft step's `0h` is a placeholder, never "0 giờ".
const UNKNOWN: Record<Lang, string> = { vi: 'chưa xác định', en: 'not known yet' };

/** The words for a time not known yet, such as a draft step's or the total of a procedure with draft steps. */
export function unknownTime(lang: Lang): string {
  return UNKNOWN[lang];
}

/** Whether a time cell is the words procmap prints for a time not known yet ("chưa xác định"), in either language. */
export function isUnknownTime(text: string): boolean {
  // Called on every step's time of every file: a time that cannot be the words (most are "2d", "4 giờ") is told by its
  // first letter, before lowercasing (ICU, per call) the whole cell. Only "C"/"c" lowercase to "c", "N"/"n" to "n".
  const first = text.trimStart()[0];
  if (first !== 'c' && first !== 'C' && first !== 'n' && first !== 'N') return false;
  const words = text.replace(/\s+/gu, ' ').trim().toLowerCase();
  return words === UNKNOWN.vi || words === UNKNOWN.en;
}

/**
 * A step's time as printed: `known` (its duration in words), "chưa xác định" for a draft step, and "(không tính vào
 * thời hạn)" after it for a step marked `counted: false`.
 */
export function stepTimeOrUnknown(step: Step, known: string, lang: Lang): string {
  if (step.draft === true) return UNKNOWN[lang];
  // A step outside the limit says so wherever its time is printed or drawn: its time is not in the total.
  return isCounted(step) ? known : `${known} ${uncountedMark(lang)}`;
}

/**
 * A step's time in words, as documents print it and the totals beside it are: "2 ngày làm việc", "4 giờ làm việc"
 * (not "2d", "4h"); "chưa xác định" for a draft step; the text as written when it is no duration.
 */
export function stepTime(step: Step, lang: Lang, limit?: string): string {
  const duration =
    limit === undefined ? parseDuration(stepDurationText(step.duration)) : stepDuration(step.duration, limit);
  // The step's remark follows its time as the file writes it ("(không kể thời gian niêm yết …)", "kể từ khi …").
  const time = duration && formatLimit(duration, lang);
  return stepTimeOrUnknown(
    step,
    time ? (duration.note === undefined ? time : `${time} ${duration.note}`) : step.duration,
    lang,
  );
}

/** The indexes of a procedure's draft steps, in order: steps whose time no one knows yet. */
export function draftSteps(steps: readonly Step[]): number[] {
  return steps.flatMap((step, i) => (step.draft === true ? [i] : []));
}

/**
 * The steps whose times on the calendar a draft leaves unknown: each draft step and every step after one in the flow
 * (its start waits for the draft's end); the steps before them keep their times.
 */
export function stepsAfterDrafts(flow: Flow, drafts: readonly number[]): Set<number> {
  const unknown = new Set(drafts);
  const queue = [...drafts];
  for (let i = queue.pop(); i !== undefined; i = queue.pop())
    for (const { to } of flow.outgoing[i] ?? [])
      if (!unknown.has(to)) {
        unknown.add(to);
        queue.push(to);
      }
  return unknown;
}

const NO_TIME_YET = {
  vi: {
    one: 'vì bước nháp chưa có thời gian: {steps}',
    many: 'vì các bước nháp chưa có thời gian: {steps}',
    step: 'bước {n} ({name})',
  },
  en: {
    one: 'since a draft step has no time yet: {steps}',
    many: 'since draft steps have no time yet: {steps}',
    step: 'step {n} ({name})',
  },
} as const;

/** Which draft steps have no time yet, named for the officer: "vì bước nháp chưa có thời gian: bước 2 (Thẩm định)". */
export function noTimeYet(steps: readonly Step[], drafts: readonly number[], lang: Lang): string {
  const words = NO_TIME_YET[lang];
  const named = drafts.map((i) => fill(words.step, { n: i + 1, name: steps[i]!.name })).join(', ');
  return fill(drafts.length === 1 ? words.one : words.many, { steps: named });
}
