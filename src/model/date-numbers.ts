import { dayFromParts, dayParts } from '../time/moment.js';

// Excel counts days from 30/12/1899: a date cell pasted as a value shows that count, 45839 for 01/07/2025. Five digits
// from 36526 to 73050 are the years 2000–2099 (as import reads a sheet's date cell, src/interchange/text.ts).
const FIRST_SERIAL = 36_526;
const LAST_SERIAL = 73_050;
// Day 0 of Excel's count, as procmap's day numbers count it.
const EXCEL_DAY_ZERO = dayFromParts(1899, 12, 30)!;

/**
 * The date a number written in a date field stands for, `dd/mm/yyyy`: Excel's count of days (45839 is 01/07/2025) or
 * year, month and day run together (20250701), with how it was read; undefined for any other number.
 */
export function numberDate(value: number): { date: string; how: 'excel' | 'digits' } | undefined {
  if (!Number.isInteger(value)) return undefined;
  if (value >= FIRST_SERIAL && value <= LAST_SERIAL) return { date: shown(EXCEL_DAY_ZERO + value), how: 'excel' };
  const digits = /^(\d{4})(\d{2})(\d{2})$/.exec(String(value));
  const day = digits ? dayFromParts(Number(digits[1]), Number(digits[2]), Number(digits[3])) : undefined;
  return day === undefined || Number(digits![1]) < 1900 ? undefined : { date: shown(day), how: 'digits' };
}

/** A day as Vietnamese documents write it: `01/07/2025`. */
function shown(day: number): string {
  const { year, month, date } = dayParts(day);
  return `${String(date).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
