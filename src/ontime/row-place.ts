/** Where a row of a dossier file is, said as an officer finds it: `ho-so.csv:5`, or its sheet's row in a workbook. */

// The place of a sheet of a workbook of several, as ontime names it (sheetPlace): the row is said after it in words,
// since "ho-so.xlsx, trang "Tháng 2":5" reads as part of the sheet's name. A name holding a straight quote (Excel
// allows one) is between curly quotes, "trang “Tháng 2 "bổ sung"”", which no straight quote inside can close.
const SHEET_PLACE = /, (trang|sheet) (?:"[^"\n]*"|“[^\n]*”)$/u;

/** A sheet's name between quotes: straight ones, or curly ones when the name holds a straight quote. */
export function quotedSheet(sheet: string): string {
  return sheet.includes('"') ? `“${sheet}”` : `"${sheet}"`;
}

/** The file and sheet named by ontime for a row of the sheet `sheet` of a workbook of several. */
export function sheetPlace(file: string, sheet: string, lang: 'vi' | 'en'): string {
  return `${file}, ${lang === 'vi' ? 'trang' : 'sheet'} ${quotedSheet(sheet)}`;
}

/** The file of a place: the file itself, or the file of a sheet's place. */
export function placeFile(place: string): string {
  return place.replace(SHEET_PLACE, '');
}

/** `file:row`, or `file, trang "Tháng 2", dòng 5` for a row of a sheet (`…, sheet "Tháng 2", row 5` in English). */
export function rowPlace(file: string, row: number): string {
  const sheet = SHEET_PLACE.exec(file);
  if (sheet === null) return `${file}:${row}`;
  return `${file}, ${sheet[1] === 'trang' ? 'dòng' : 'row'} ${row}`;
}
