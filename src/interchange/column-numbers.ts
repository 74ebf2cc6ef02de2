// Vietnamese tables number their columns in a row under the header, "(1) (2) (3) (4)", "1 2 3 4" or "A B C D", so
// that a later column can say "(5) = (3) + (4)". Such a row is no data: read as one, it was a step "(2)" of body
// "(3)", or a procedure skipped for its limit "(3)".

// A cell of the row: a number in brackets or bare, or a capital letter, as column numbers are written.
const NUMBERED = /^\(?(\d{1,2})\)?$/u;
const LETTERED = /^\(?([A-Z])\)?$/u;

/**
 * Whether a row only numbers the columns: at least three cells written, each "(n)", "n" or a letter in sequence from
 * 1 or A, as the first is written (a row of data has a name or a time among its cells, never only these).
 */
export function isColumnNumberRow(row: readonly (string | undefined)[]): boolean {
  const written = row.map((cell) => (cell ?? '').trim()).filter((cell) => cell !== '');
  if (written.length < 3) return false;
  const bracketed = written[0]!.startsWith('(');
  return written.every((cell, i) => {
    if (cell.startsWith('(') !== bracketed || cell.endsWith(')') !== bracketed) return false;
    const number = NUMBERED.exec(cell)?.[1];
    if (number !== undefined) return Number(number) === i + 1;
    const letter = LETTERED.exec(cell)?.[1];
    return letter !== undefined && letter.charCodeAt(0) === 'A'.charCodeAt(0) + i;
  });
}

/** The rows of a table with each row that only numbers the columns left empty, so that rows keep their numbers. */
export function withoutColumnNumbers(rows: string[][]): string[][] {
  return rows.some(isColumnNumberRow) ? rows.map((row) => (isColumnNumberRow(row) ? row.map(() => '') : row)) : rows;
}
