import { readDuration } from './duration.js';
import { explicitDays } from './explicit-days.js';
import { isStageLabel } from './limit-stages.js';
import type { BareCaseDays } from './bare-case-days.js';

// "trong đó" ("of which") opens the shares of the limit before it, whoever takes them: "15 ngày làm việc (trong đó:
// UBND xã 05 ngày; Phòng TN&MT 10 ngày)".
const OF_WHICH = /^(?:trong đó|trong do)(?!\p{L})\s*:?\s*/iu;
// An agency before its share, with a colon or without ("UBND cấp xã: 03 ngày", "Sở Tư pháp 07 ngày").
const LABELLED = /^([^:\d]+?)\s*:?\s*(\d.*)$/u;

/**
 * Whether a limit's note (its bracket, as readDuration keeps it) breaks the limit down into the shares of the agencies
 * one dossier passes through (liên thông, Decree 118/2025/NĐ-CP), rather than naming another case: it says "trong
 * đó", or each of its parts is an agency with its time ("UBND cấp xã: 03 ngày; Sở Tư pháp: 07 ngày").
 */
export function isBreakdown(note: string): boolean {
  const inner = note.replace(/^\(|\)$/gu, '').trim();
  if (OF_WHICH.test(inner)) return true;
  const parts = inner.split(/[;,]/u).map((part) => part.trim());
  if (parts.length < 2) return false;
  return parts.every((part) => {
    const found = LABELLED.exec(part);
    return found !== null && isStageLabel(found[1]!) && readDuration(found[2]!).ok;
  });
}

/**
 * The limit with its own bare "ngày" and every bare count of its breakdown made explicit in one reading: the shares
 * of a total are in the total's unit, so no fix writes calendar days inside a working-day total.
 */
export function explicitBreakdown(
  limit: string,
  counts: readonly BareCaseDays[],
  days: 'working' | 'calendar',
): string {
  // From the last count back, so that the places of the earlier ones still hold.
  const shares = [...counts]
    .sort((a, b) => b.at - a.at)
    .reduce((text, { at }) => text.slice(0, at) + explicitDays(text.slice(at), days), limit);
  const reading = readDuration(limit);
  return reading.ok && reading.bare ? explicitDays(shares, days) : shares;
}
