import { readDuration } from './duration.js';
import { splitOutsideBrackets } from './bracket-split.js';
import { explicitDays } from './explicit-days.js';
import { isAgencyLabel, isStageLabel } from './limit-stages.js';
import { bareCaseDays, type BareCaseDays } from './bare-case-days.js';
import type { Translated } from '../i18n.js';

// "trong đó" ("of which") opens the shares of the limit before it, whoever takes them: "15 ngày làm việc (trong đó:
// UBND xã 05 ngày; Phòng TN&MT 10 ngày)".
const OF_WHICH = /^(?:trong đó|trong do)(?!\p{L})\s*:?\s*/iu;
// An agency before its share, with a colon ("UBND cấp xã: 03 ngày", "UBND cấp xã: không quá 05 ngày", "Bộ phận một
// cửa: trong ngày") or without, its time from its number on ("Sở Tư pháp 07 ngày").
const LABELLED = /^([^:\d]+?)\s*:\s*(.+)$|^([^:\d]+?)\s+(\d.*)$/u;

/**
 * Whether a limit's note (its bracket, as readDuration keeps it) breaks the limit down into the shares of the agencies
 * one dossier passes through (liên thông, Decree 118/2025/NĐ-CP), rather than naming another case: it says "trong
 * đó", or each of its parts is an agency with its time ("UBND cấp xã: 03 ngày; Sở Tư pháp: 07 ngày"), or its one
 * part is ("UBND xã: 03 ngày").
 */
export function isBreakdown(note: string): boolean {
  // The note of a limit that says when it starts holds its breakdown beside those words ("02 ngày làm việc kể từ ngày
  // nhận đủ hồ sơ (UBND xã: 01 ngày; …)"): its shares are the limit's all the same.
  return isBreakdownBracket(note) || topBrackets(note).some(isBreakdownBracket);
}

/** The brackets of a text outside any other, each whole with its own brackets: "(UBND xã: 05 ngày (…))". */
function topBrackets(text: string): string[] {
  const found: string[] = [];
  let [depth, from] = [0, -1];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(' && depth++ === 0) from = i;
    else if (text[i] === ')' && depth > 0 && --depth === 0) found.push(text.slice(from, i + 1));
  }
  return found;
}

/** Whether one bracket (or a note that is one) breaks the limit down by agency: see isBreakdown. */
function isBreakdownBracket(note: string): boolean {
  // Two brackets side by side ("(trong đó: …) (không kể …)") are two notes, each read on its own (topBrackets).
  if (note.startsWith('(') && topBrackets(note)[0] !== note) return false;
  const inner = note.replace(/^\(|\)$/gu, '').trim();
  if (OF_WHICH.test(inner)) return true;
  // A share's own remark in brackets ("05 ngày làm việc (không kể thời gian niêm yết)") is split with it, not in it.
  const parts = splitOutsideBrackets(inner, ';,');
  // One share alone ("3 ngày làm việc (UBND xã: 03 ngày làm việc)", as --fix writes "… tại UBND xã") names an agency,
  // not a level alone, which may be a case.
  const label = parts.length === 1 ? isAgencyLabel : isStageLabel;
  return parts.every((part) => {
    const found = LABELLED.exec(part);
    if (found === null) return false;
    const [name, time] = found[1] === undefined ? [found[3]!, found[4]!] : [found[1], found[2]!];
    return label(name) && readDuration(time).ok;
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

/**
 * What lint (`ambiguous-days`) and `import` both say of the bare shares of a breakdown under a total that says its
 * days: parts of that total, in its unit. `{text}` the limit, `{counts}` the shares as written, `{fixed}` the limit
 * with them made explicit.
 */
export const SHARE_WORDS: Record<'working' | 'calendar', Translated> = {
  working: {
    en: '"{text}" gives each agency\'s share of the limit: {counts} are parts of a total in working days, so they are working days too: write "{fixed}"',
    vi: '"{text}" ghi phần thời gian của từng cơ quan trong thời hạn: {counts} là phần của tổng thời hạn tính bằng ngày làm việc nên cũng là ngày làm việc: hãy ghi "{fixed}"',
  },
  calendar: {
    en: '"{text}" gives each agency\'s share of the limit: {counts} are parts of a total in calendar days, so they are calendar days too: write "{fixed}"',
    vi: '"{text}" ghi phần thời gian của từng cơ quan trong thời hạn: {counts} là phần của tổng thời hạn tính bằng ngày lịch nên cũng là ngày lịch: hãy ghi "{fixed}"',
  },
};

/** The bare shares of a limit's breakdown by agency, as written; none for a limit whose note names another case. */
export function breakdownShares(limit: string): BareCaseDays[] {
  const reading = readDuration(limit);
  if (!reading.ok || reading.duration.note === undefined || !isBreakdown(reading.duration.note)) return [];
  return bareCaseDays(limit);
}

// A count of hours with the hour word alone ("2 giờ", "4 tiếng", "1 giờ 30 phút"), not "giờ làm việc", "giờ hành
// chính" nor hours said to be on the clock.
const HOUR_COUNT =
  /(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?\s*(?:giờ|tiếng)(?:\s*\d+\s*phút)?(?!\s*(?:làm việc|hành chính|đồng hồ|liên tục))(?![\p{L}\p{N}])/giu;

/**
 * The shares of a limit's breakdown by agency that say their hours with the word alone ("4 giờ làm việc (UBND xã: 2
 * giờ; Sở Tư pháp: 2 giờ)"), as written; the limit with them said as working hours (`fixed`), and with the total's
 * own bare hours too (`whole`, for a bare "4 giờ" before them). Undefined for none.
 */
export function breakdownBareHours(limit: string): { counts: string[]; fixed: string; whole: string } | undefined {
  const reading = readDuration(limit);
  if (!reading.ok || reading.duration.note === undefined || !isBreakdown(reading.duration.note)) return undefined;
  const from = limit.lastIndexOf(reading.duration.note);
  if (from < 0) return undefined;
  const counts: string[] = [];
  const shares = limit.slice(from).replace(HOUR_COUNT, (count) => {
    counts.push(count);
    return `${count} làm việc`;
  });
  if (counts.length === 0) return undefined;
  const head = limit.slice(0, from);
  const total = new RegExp(HOUR_COUNT.source, 'iu');
  return { counts, fixed: head + shares, whole: head.replace(total, (count) => `${count} làm việc`) + shares };
}

/** One share of a limit's breakdown by agency: who takes it and its time as written. */
export interface BreakdownPart {
  agency: string;
  time: string;
}

/**
 * The shares of a limit's breakdown by agency, from the note readDuration gives it, each its agency and its time as
 * written ("UBND xã: 05 ngày làm việc" → "UBND xã", "05 ngày làm việc"); none when the note is no breakdown, or a
 * part of it names no agency.
 */
export function breakdownParts(note: string): BreakdownPart[] {
  // The breakdown's own bracket: the note may also hold the words that say when the limit starts, or another case.
  const bracket = isBreakdownBracket(note) ? note : topBrackets(note).find(isBreakdownBracket);
  if (bracket === undefined) return [];
  const inner = bracket
    .replace(/^\(|\)$/gu, '')
    .trim()
    .replace(OF_WHICH, '');
  const parts: BreakdownPart[] = [];
  for (const part of splitOutsideBrackets(inner, ';,')) {
    const found = LABELLED.exec(part);
    if (found === null) return [];
    const [agency, time] = found[1] === undefined ? [found[3]!, found[4]!] : [found[1], found[2]!];
    parts.push({ agency: agency.trim(), time: time.trim() });
  }
  return parts;
}
