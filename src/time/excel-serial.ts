// Excel counts a date as days from 30/12/1899 (it takes 1900 for a leap year), its time of day as the fraction:
// 46035.375 is 13/01/2026 09:00. A date cell that lost its format (pasted as values, saved through CSV, a column
// formatted as a number) shows that count. Its integer part has five digits from 36526 to 73050 for the years
// 2000–2099, the years procmap's calendar knows; no other value a date column holds looks like that.
const FIRST_SERIAL = 36_526;
const LAST_SERIAL = 73_051;
// Serial 25569 is 1970-01-01, where procmap's days and moments count from.
const EPOCH_SERIAL = 25_569;
const MS_PER_DAY = 86_400_000;
// A workbook of the 1904 date system (Excel for Mac's, `<workbookPr date1904="1"/>`) counts from 01/01/1904, 1462
// days after 30/12/1899 (ECMA-376 Part 1, 18.17.4.1): its 44523 is the 1900 system's 45985, 24/11/2025.
export const DAYS_1900_TO_1904 = 1462;
// Five digits, a fraction after a full stop or, as a Vietnamese or European locale writes it, a comma.
const SERIAL_TEXT = /^\d{5}(?:[.,]\d+)?$/;

/**
 * The wall-clock moment an Excel serial date counts, in milliseconds from 1970-01-01 (a fraction is the time of day),
 * from the number or its text ("46035.375", "46035,375"); undefined for any other value, or a count outside the years
 * 2000–2099. For a column known to hold dates only: any number in range reads as one. `date1904`: the workbook counts
 * from 1904.
 */
export function excelSerialMs(value: number | string, date1904 = false): number | undefined {
  let serial = value;
  if (typeof serial === 'string') {
    const text = serial.trim();
    if (!SERIAL_TEXT.test(text)) return undefined;
    serial = Number(text.replace(',', '.'));
  }
  if (date1904) serial += DAYS_1900_TO_1904;
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial >= LAST_SERIAL) return undefined;
  return (serial - EPOCH_SERIAL) * MS_PER_DAY;
}

/**
 * What to add to a date exceljs read from a workbook of the 1904 date system or not (`date1904`, as workbook-parts.ts
 * reads its `workbookPr`), in milliseconds: exceljs takes only date1904="1" for that system, and counts a workbook
 * that writes "true" (xsd:boolean, as LibreOffice writes it) from 1900, four years and a day early.
 */
export function exceljsDateShiftMs(date1904: boolean, readBy1904: boolean): number {
  return (Number(date1904) - Number(readBy1904)) * DAYS_1900_TO_1904 * MS_PER_DAY;
}
