import type { NodePath } from './types.js';
import { readDay } from '../time/moment.js';

// A date written with the document it comes from, as a decision's citation gives it: "Quyết định số 123/QĐ-UBND ngày
// 01/07/2025", "QĐ 123/QĐ-UBND, ngày 1 tháng 7 năm 2025 của Chủ tịch UBND tỉnh". Group 1 is the document with its
// number, group 2 the rest from "ngày". The kinds of document are those a procedure is issued or amended by.
const CITED_DATE =
  /^\s*((?:quyết định|quyet dinh|qđ|qd|công văn|cong van|văn bản|van ban|thông báo|thong bao|kế hoạch|ke hoach)(?:\s+(?:số|so))?(?:\s*[:.]?\s*[\p{L}\p{N}][\p{L}\p{N}/._–-]*)?)\s*,?\s+((?:ngày|ngay)\s.*)$/iu;
// The body that signed it, after the date ("… của Chủ tịch UBND tỉnh"): words without a figure, so no second date.
const SIGNED_BY = /\s+(?:của|cua)\s[^\d]*$/iu;

/** A date field written with its decision: where, as written, the decision's words and the date read from it. */
export interface CitedDate {
  path: NodePath;
  written: string;
  /** The document and its number as written ("Quyết định số 123/QĐ-UBND"). */
  decision: string;
  /** The date alone ("ngày 01/07/2025"), which the data holds. */
  date: string;
}

/**
 * The decision and the date of a text citing a decision by its number and date, when the text holds exactly that one
 * date; undefined for any other text (a date alone, two dates, a decision with no date after "ngày").
 */
export function citedDate(text: string): { decision: string; date: string } | undefined {
  const composed = text.normalize('NFC');
  // Every citation the pattern reads has "ngày" before its date: a text without "ng", as a date alone is written (the
  // usual case), is passed over before the pattern, whose compiling was 2 % of a one-file lint.
  if (!/ng/i.test(composed)) return undefined;
  const match = CITED_DATE.exec(composed);
  if (match === null) return undefined;
  const date = match[2]!.replace(SIGNED_BY, '').trim();
  const reading = readDay(date);
  // A date that is no real one (30/02/2025) is kept, for the date's own message to name it; no date at all is not.
  return reading === undefined ? undefined : { decision: match[1]!.trim(), date };
}

const DATE_FIELDS = ['effective', 'issued'] as const;

/**
 * Reads `effective`, `issued` and each history row's `date` written with their decision as the date alone, in place,
 * and gives those values, for `decision-in-date` to say that the number is not kept and where to write it.
 */
export function readCitedDates(data: unknown): CitedDate[] {
  if (!isMap(data)) return [];
  const found: CitedDate[] = [];
  const visit = (node: Record<string, unknown>, key: string, path: NodePath) => {
    const value = node[key];
    if (typeof value !== 'string') return;
    const cited = citedDate(value);
    if (cited === undefined) return;
    node[key] = cited.date;
    found.push({ path, written: value, ...cited });
  };
  for (const key of DATE_FIELDS) visit(data, key, [key]);
  if (Array.isArray(data.history))
    data.history.forEach((row: unknown, i) => {
      if (isMap(row)) visit(row, 'date', ['history', i, 'date']);
    });
  return found;
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
