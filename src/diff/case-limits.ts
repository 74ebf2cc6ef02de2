import { formatDurationShort, parseDuration, toWorkingHours } from '../model/duration.js';
import type { Duration } from '../model/types.js';
import { exceptionCases } from '../time/limit-cases.js';
import { collapseSpaces } from './spelling.js';

/**
 * One case a limit names with a limit of its own ("trường hợp phải xác minh thì 10 ngày làm việc") whose limit moved:
 * its words, its limit on each side in short form (the general limit on the side that does not name it), and whether
 * it got longer (1), shorter (-1), or cannot be said (undefined).
 */
export interface CaseLimitChange {
  words: string;
  before: string;
  after: string;
  sign: number | undefined;
}

/** Case words as matched across sides: spaces and letter case are no other case. */
const caseKey = (words: string) => collapseSpaces(words).normalize('NFC').toLowerCase();

/** The sign of after − before: by working hours (each on its side's day), else by the count of one date unit. */
function order(before: Duration, after: Duration, baseHoursPerDay: number, hoursPerDay: number): number | undefined {
  const [b, a] = [toWorkingHours(before, baseHoursPerDay), toWorkingHours(after, hoursPerDay)];
  if (b !== undefined && a !== undefined) return Math.sign(a - b);
  return before.unit === after.unit ? Math.sign(after.value - before.value) : undefined;
}

/**
 * How each case of two limits moved: a case lint and time read as a branch with its own limit. A case named on one
 * side only had (or now has) the general limit there, so citizens in a case added with a longer limit than the
 * general one before wait longer, and those in a case dropped now wait the general limit. Cases whose limit stayed
 * are left out.
 */
export function caseLimitChanges(
  before: string,
  after: string,
  baseHoursPerDay: number,
  hoursPerDay: number,
): CaseLimitChange[] {
  const [general, now] = [parseDuration(before), parseDuration(after)];
  if (!general || !now) return [];
  const { note: _b, ...generalBefore } = general;
  const { note: _a, ...generalAfter } = now;
  const cases = (limit: string) => new Map(exceptionCases(limit).map((c) => [caseKey(c.words), c] as const));
  const [old, found] = [cases(before), cases(after)];
  const out: CaseLimitChange[] = [];
  for (const key of [...found.keys(), ...[...old.keys()].filter((key) => !found.has(key))]) {
    const [was, is] = [old.get(key)?.duration ?? generalBefore, found.get(key)?.duration ?? generalAfter];
    const sign = order(was, is, baseHoursPerDay, hoursPerDay);
    if (sign === 0) continue;
    const words = collapseSpaces((found.get(key) ?? old.get(key))!.words);
    out.push({ words, before: formatDurationShort(was), after: formatDurationShort(is), sign });
  }
  return out;
}
