import { parseDuration, toWorkingHours } from '../model/duration.js';
import { breakdownParts } from '../model/limit-breakdown.js';
import type { Duration } from '../model/types.js';
import { collapseSpaces } from './spelling.js';

// The clock starts at a complete, valid dossier unless the law says otherwise (vietnam.md, "Counting time"): a limit
// that says so says no more than one that does not ("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ" and "5d").
const DEFAULT_START = /^(?:kể từ|tính từ)(?: ngày| khi| thời điểm)? (?:tiếp )?nhận (?:được )?đủ hồ sơ(?: hợp lệ)?$/iu;

/** Whether two durations give the same time: the same working hours (on each one's working day), or the same count. */
function sameAmount(a: Duration, b: Duration, hoursPerDay: number): boolean {
  const [x, y] = [toWorkingHours(a, hoursPerDay), toWorkingHours(b, hoursPerDay)];
  return x !== undefined && y !== undefined ? x === y : a.unit === b.unit && a.value === b.value;
}

/**
 * A duration's note with what adds nothing to the time taken out: the legal default start, and a breakdown by one
 * agency that takes the whole limit ("5 ngày làm việc (UBND xã: 05 ngày làm việc)"); spaces collapsed. What is left is
 * what the law says besides the time (another case, the next-day clause), which a change of must be read.
 */
export function substantiveNote(duration: Duration, hoursPerDay: number): string {
  let note = collapseSpaces(duration.note ?? '');
  const parts = note === '' ? [] : breakdownParts(note);
  const share = parts.length === 1 ? parseDuration(parts[0]!.time) : undefined;
  if (share && share.note === undefined && sameAmount(share, duration, hoursPerDay)) {
    const bracket = /\([^()]*\)/u.exec(note.replace(/^\(([^()]*)\)$/u, '($1)'));
    note = bracket ? collapseSpaces(note.replace(bracket[0], '')) : '';
  }
  const bare = note.replace(/^\(|\)$/gu, '').trim();
  return DEFAULT_START.test(bare) ? '' : note;
}
