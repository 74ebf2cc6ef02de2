import type { Channel } from '../model/types.js';
import { parseDuration } from '../model/duration.js';

// A national record may give one way of filing several limits, one per case (THOIGIAN[]: 10 working days as a rule,
// 15 when the record must be verified). A procedure has one channel per way, with one limit: the usual case's, the
// others after it in brackets, as procmap reads a limit with another case's exception ("10 ngày làm việc (trường hợp
// phải xác minh: 15 ngày làm việc)", docs/calendar.md). Never two channels of one kind.

/** One limit of a way of filing, as the record gives it in a THOIGIAN entry. */
export interface Limit {
  kind: Channel['kind'] | undefined;
  limit?: string | undefined;
  note?: string | undefined;
  fee?: string | number | undefined;
  /** The entry's MOTA: the case it is for ("Trường hợp phải xác minh"). */
  case?: string | undefined;
  /** What the record writes after the limit ("kể từ ngày nhận đủ hồ sơ hợp lệ"). */
  tail?: string | undefined;
  /** A limit the record writes that procmap does not read ("Ngay trong ngày Giờ"), as written. */
  unread?: string | undefined;
}

// The usual case, which the procedure's steps describe: "Trường hợp thông thường", "Thông thường".
const USUAL = /thông thường|bình thường/iu;

/** A way's limits merged into one: the usual case's (else the first), the other cases' limits and fees after it. */
function merged(cases: readonly Limit[]): Limit {
  const usual =
    cases.find((c) => c.limit !== undefined && c.case !== undefined && USUAL.test(c.case)) ??
    cases.find((c) => c.limit !== undefined) ??
    cases[0]!;
  const others = cases.filter((c) => c !== usual);
  const caseOf = (c: Limit) => c.case ?? 'trường hợp khác';
  const exceptions = others
    .filter((c) => c.limit !== undefined)
    .map((c) => `${caseOf(c)}: ${[c.limit, c.tail].filter(Boolean).join(' ')}`);
  const withCases = usual.limit && exceptions.length > 0 ? `${usual.limit} (${exceptions.join('; ')})` : usual.limit;
  // The brackets are read as the usual limit's note; a limit they would make unreadable stays the usual one alone.
  const limit = withCases !== undefined && parseDuration(withCases) !== undefined ? withCases : usual.limit;
  const fees = others.filter((c) => c.fee !== undefined && c.fee !== usual.fee).map((c) => `${caseOf(c)}: ${c.fee}`);
  // A usual fee of 0 (free) with no other case's stays the number.
  const fee =
    fees.length === 0
      ? usual.fee
      : [usual.fee, ...fees].filter((f) => f !== undefined && f !== '').join('; ') || undefined;
  // A case whose limit is not read would be lost from the brackets: the caller refuses the way instead.
  const unread = cases.find((c) => c.unread !== undefined)?.unread;
  return { kind: usual.kind, limit, note: usual.note, fee, case: usual.case, ...(unread ? { unread } : {}) };
}

/**
 * The limits of a record with one per way of filing: the limits of one kind (of a way, or of two ways naming the same
 * KENH) merged into one, in the order each kind first comes. `merged` lists the kinds that had several, with how many.
 */
export function onePerKind(limits: readonly Limit[]): {
  limits: Limit[];
  merged: { kind: Channel['kind']; count: number }[];
} {
  const byKind = new Map<Channel['kind'], Limit[]>();
  const out: (Limit | Channel['kind'])[] = [];
  for (const limit of limits) {
    // A way procmap does not know (KENH 4) is no channel: kept apart, as read.
    if (limit.kind === undefined) {
      out.push(limit);
      continue;
    }
    const cases = byKind.get(limit.kind);
    if (cases) cases.push(limit);
    else {
      byKind.set(limit.kind, [limit]);
      out.push(limit.kind);
    }
  }
  const several = [...byKind].filter(([, cases]) => cases.length > 1);
  return {
    limits: out.map((entry) => (typeof entry === 'string' ? merged(byKind.get(entry)!) : entry)),
    merged: several.map(([kind, cases]) => ({ kind, count: cases.length })),
  };
}
