import type { Lang } from '../i18n.js';
import type { Step } from '../model/types.js';

// Said in place of a time no one knows yet: a draft step's `0h` is a placeholder, never "0 giờ".
const UNKNOWN: Record<Lang, string> = { vi: 'chưa xác định', en: 'not known yet' };

/** The words for a time not known yet, such as a draft step's or the total of a procedure with draft steps. */
export function unknownTime(lang: Lang): string {
  return UNKNOWN[lang];
}

/** A step's time as printed: `known` (its duration in words), or "chưa xác định" for a draft step. */
export function stepTimeOrUnknown(step: Step, known: string, lang: Lang): string {
  return step.draft === true ? UNKNOWN[lang] : known;
}
