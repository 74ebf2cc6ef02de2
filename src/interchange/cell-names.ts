// How a spreadsheet names its columns and cells (A, AB, B2): one reading and one writing for every reader of workbooks.

/** A column's letters, as a spreadsheet heads it, from its number (1-based): 8 → `H`, 28 → `AB`. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A column's number (1-based) from its letters, either case: A is 1, AA is 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + c.charCodeAt(0) - 64;
  return n;
}
