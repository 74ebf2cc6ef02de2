import { DEFAULT_HOURS_PER_DAY, parseDuration, toWorkingHours, withoutHoursGloss } from '../model/duration.js';
import { analyseTime } from '../time/analyse.js';
import { formatWorkingTime } from '../time/units.js';
import type { ImportOutcome } from './draft.js';
import { said } from './import-messages.js';

// A step table whose own total row disagrees with its steps is the error procmap exists to catch (vietnam.md): the
// import keeps the steps, which the officer edits, and says the total printed beside them is not theirs.

/**
 * The outcomes with a warning where the total a document prints for its step table (`printed`, "10 ngày làm việc")
 * is not the steps' total on their longest path, as procmap counts it; the same outcomes otherwise.
 */
export function withStepTotal(
  outcomes: ImportOutcome[],
  printed: string | undefined,
  hoursPerDay = DEFAULT_HOURS_PER_DAY,
): ImportOutcome[] {
  if (printed === undefined) return outcomes;
  const written = withoutHoursGloss(printed, hoursPerDay);
  const duration = parseDuration(written);
  const printedHours = duration && toWorkingHours(duration, hoursPerDay);
  if (printedHours === undefined) return outcomes;
  return outcomes.map((outcome) => {
    if (!outcome.imported) return outcome;
    const total = analyseTime(outcome.imported.procedure, hoursPerDay).total;
    if (total === undefined || Math.abs(total.hours - printedHours) < 1e-9) return outcome;
    const sum = {
      en: formatWorkingTime(total.hours, hoursPerDay, 'en'),
      vi: formatWorkingTime(total.hours, hoursPerDay, 'vi'),
    };
    const warnings = [...outcome.imported.warnings, said('stepTotal', { printed: written, sum })];
    return { ...outcome, imported: { ...outcome.imported, warnings } };
  });
}
