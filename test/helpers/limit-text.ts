import type { Lang } from '../../src/i18n.js';
import { durationProblemText, readDuration, type DurationProblem } from '../../src/model/duration.js';
import type { Duration } from '../../src/model/types.js';

/** What a limit text reads as: its duration, or the problem it is refused with. */
export function limitReading(text: string): Duration | DurationProblem {
  const reading = readDuration(text);
  return reading.ok ? reading.duration : reading.problem;
}

/** The message a limit text is refused with; throws when the text reads. */
export function refusal(text: string, lang: Lang): string {
  const reading = readDuration(text);
  if (reading.ok) throw new Error(`${text} reads`);
  return durationProblemText(text, reading.problem, lang);
}
