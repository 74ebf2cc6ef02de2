import { DEFAULT_HOURS_PER_DAY, readDuration, toWorkingHours, withoutHoursGloss } from '../model/duration.js';
import type { Duration } from '../model/types.js';
import { analyseTime } from '../time/analyse.js';
import { formatWorkingTime, round2 } from '../time/units.js';
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
  const reading = readDuration(printed);
  if (!reading.ok || toWorkingHours(reading.duration, hoursPerDay) === undefined) return outcomes;
  const { duration, hours: gloss } = reading;
  return outcomes.map((outcome) => {
    if (!outcome.imported) return outcome;
    const total = analyseTime(outcome.imported.procedure, hoursPerDay).total;
    if (total === undefined || printedAs(duration, gloss, total.hours, hoursPerDay)) return outcome;
    const sum = {
      en: formatWorkingTime(total.hours, hoursPerDay, 'en'),
      vi: formatWorkingTime(total.hours, hoursPerDay, 'vi'),
    };
    const warnings = [...outcome.imported.warnings, said('stepTotal', { printed: written, sum })];
    return { ...outcome, imported: { ...outcome.imported, warnings } };
  });
}

/**
 * Whether a printed total says the steps' `hours`: its number is theirs to the two decimals procmap prints (17 h is
 * "2,13 ngày làm việc", 2.125 days rounded), and the hours it is glossed with, "(17 giờ)", are theirs exactly. Never the
 * rounded number against the exact sum: procmap's own document would be said to contradict itself.
 */
function printedAs(printed: Duration, gloss: number | undefined, hours: number, hoursPerDay: number): boolean {
  if (gloss !== undefined && Math.abs(gloss - hours) > 1e-6) return false;
  return Math.abs(printed.value - round2(printed.unit === 'd' ? hours / hoursPerDay : hours)) < 1e-9;
}
