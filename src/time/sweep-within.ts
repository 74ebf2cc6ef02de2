import { fill, type Lang } from '../i18n.js';
import type { Sweep } from './sweep.js';
import { windowText } from './window-text.js';

const WORDS = {
  vi: 'các bước xong trước hẹn trả với hồ sơ tiếp nhận vào bất kỳ ngày, giờ làm việc nào {window}',
  en: 'within the limit whatever the working day and hour of receipt {window}',
} as const;

/**
 * A sweep with no late receipt in the words `time` and the document both give it: "các bước xong trước hẹn trả với
 * hồ sơ tiếp nhận vào bất kỳ ngày, giờ làm việc nào từ …". Never the count of receipt moments tried: that is how
 * procmap checks, not what an officer can use. `lead`: a verdict of its own ("Đạt: …"), not words after a label.
 */
export function sweepWithinText(sweep: Sweep, lang: Lang, lead = false): string {
  const text = fill(WORDS[lang], { window: windowText(sweep, lang) });
  if (!lead) return text;
  return lang === 'vi' ? `Đạt: ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
}
