import { fold } from './text.js';

// The unit words of a time in Vietnamese, typed with or without accents ("ngày", "giờ làm việc", "Ngay lam viec").
const VIETNAMESE_UNIT = /\b(?:ngay|gio|phut|thang|nam|tuan|buoi)\b/;

/**
 * A bare number with the unit its header or unit column gives: "0.5" and "ngày" → "0,5 ngày". Vietnamese text writes
 * a decimal comma (procmap's documents print "0,5 ngày", docs/doc.md), and a spreadsheet's number cell reads with a
 * point whatever the officer typed, so a Vietnamese unit takes the comma; an English one ("days") keeps the point.
 */
export function numberWithUnit(number: string, unit: string): string {
  const written = number.trim();
  // Three digits after the point may group thousands ("1.500"): either way it is asked about, in the officer's text.
  const comma = /^\d+\.(?:\d{1,2}|\d{4,})$/.test(written) && VIETNAMESE_UNIT.test(fold(unit));
  return `${comma ? written.replace('.', ',') : written} ${unit.trim()}`;
}
