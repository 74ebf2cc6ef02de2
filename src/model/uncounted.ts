import type { Lang } from '../i18n.js';
import { foldToAscii } from './fold.js';
import type { Duration, Step } from './types.js';

// A step's remark that says its own time is outside the limit: "(không tính vào thời hạn giải quyết)", "(không kể vào
// thời hạn)", "(ngoài thời hạn giải quyết)". Not "(không kể thời gian niêm yết …)", which leaves some other time out of
// the step's (step-duration-words.ts leavesTimeOut): the limit ("thời hạn"), not a time ("thời gian <X>"), is named.
const OUTSIDE =
  /\s*[([]\s*(?:(?:khong|chua) (?:duoc )?(?:tinh|ke) (?:vao |trong )?thoi han|ngoai thoi han|not counted(?: in| against)? the (?:time )?limit)[^()[\]]*[)\]]\s*$/;

/** A duration whose remark says the step is not counted in the limit, split into its time and that remark; else undefined. */
export function uncountedWords(text: string): { time: string; remark: string } | undefined {
  // The folded text has the same length letter for letter (one mark per letter, NFC in), so the match cuts the text.
  const written = text.normalize('NFC');
  const folded = foldToAscii(written);
  if (folded.length !== written.length) return undefined;
  const found = OUTSIDE.exec(folded);
  if (!found) return undefined;
  const time = written.slice(0, found.index).trim();
  return time === '' ? undefined : { time, remark: written.slice(found.index).trim() };
}

/** Whether a step's time is counted against the time limit: all are but those marked `counted: false`. */
export function isCounted(step: Step): boolean {
  return step.counted !== false;
}

const ZERO: Duration = { value: 0, unit: 'h' };

/** A step's duration as the limit counts it: none for a step marked `counted: false`. */
export function countedAgainstLimit<T extends Duration | undefined>(step: Step, duration: T): T | Duration {
  return isCounted(step) ? duration : ZERO;
}

// Printed after an uncounted step's time, wherever its time is printed or drawn.
const OUTSIDE_WORDS: Record<Lang, string> = { vi: '(không tính vào thời hạn)', en: '(not counted in the time limit)' };

/** The words after the time of a step marked `counted: false`. */
export function uncountedMark(lang: Lang): string {
  return OUTSIDE_WORDS[lang];
}

// "05 ngày làm việc (không kể thời gian niêm yết công khai)": what the limit leaves out, after "thời gian".
const LEAVES_OUT = /(?:khong|chua) (?:ke|tinh|bao gom) (?:den |vao )?thoi gian (.+)$/;

/**
 * The steps among `steps` whose names hold the time a limit's remark leaves out ("không kể thời gian niêm yết công
 * khai" and a step "Niêm yết công khai kết quả bình xét"): the officer may mean them not counted. Counted steps only.
 */
export function stepsTheLimitLeavesOut(note: string | undefined, steps: readonly Step[]): Step[] {
  if (note === undefined) return [];
  const found = LEAVES_OUT.exec(foldToAscii(note).replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim());
  if (!found) return [];
  // "niêm yết, xác minh và lấy ý kiến": each time left out, by its first two words (a step names it its own way on).
  const times = found[1]!
    .split(/\s*(?:,|;|\bva\b|\bhoac\b)\s*/)
    .map((part) => part.split(' ').filter(Boolean).slice(0, 2).join(' '))
    .filter((part) => part.length >= 4);
  return steps.filter((step) => {
    const name = ` ${foldToAscii(step.name).replace(/[^a-z0-9]+/g, ' ')} `;
    return isCounted(step) && times.some((time) => name.includes(` ${time} `));
  });
}
