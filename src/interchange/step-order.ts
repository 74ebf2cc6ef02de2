import { stepNumberParts } from '../model/step-numbers.js';

// A step table's rows may be sorted in Excel (by "Trách nhiệm", say): Excel keeps each row whole, TT included, so the
// step numbers still tell the flow's order when the rows no longer do. A TT cell is read in every form lint reads as a
// step's number (model/step-numbers.ts, which the document and the chart number the steps by too).
export { stepNumberParts };

/** The number a TT cell gives a whole step (`3`, `B3`, `Bước 3`), or undefined for a sub-step's or another text. */
export function stepNumberOf(text: string | undefined): number | undefined {
  const parts = stepNumberParts(text);
  return parts?.length === 1 ? parts[0] : undefined;
}

/** Step numbers in the flow's order: a step before its sub-steps (1, 1.1, 1.2, 2), 2 before 10. */
function compareNumbers(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The rows of a step table in the flow's order, and what kept them in the order they are written. */
export interface StepOrder<T> {
  rows: T[];
  /** Rows whose number an earlier row already has ("2" twice): which one comes first is not known. */
  repeated: { row: T; number: string }[];
  /** The first row without a number when the numbered ones are out of order: where it goes is not known. */
  unnumbered?: T;
}

/**
 * The rows in the order of their step numbers (TT `1`, `B.2`, `Bước 3`, `3.1`) when each has its own; else as they
 * stand, with the rows that make the order unknown: a number written twice, or a row without one among numbers out
 * of order. Rows without any number are in the order written, as a table without a TT column is.
 */
export function inStepOrder<T>(rows: readonly T[], numberOf: (row: T) => string | undefined): StepOrder<T> {
  const numbers = rows.map((row) => stepNumberParts(numberOf(row)));
  const seen = new Set<string>();
  const repeated: StepOrder<T>['repeated'] = [];
  numbers.forEach((parts, i) => {
    const number = parts?.join('.');
    if (number === undefined) return;
    if (seen.has(number)) repeated.push({ row: rows[i]!, number });
    seen.add(number);
  });
  if (repeated.length > 0) return { rows: [...rows], repeated };
  const missing = numbers.findIndex((parts) => parts === undefined);
  if (missing >= 0) {
    const given = numbers.filter((parts): parts is number[] => parts !== undefined);
    const ordered = given.every((parts, i) => i === 0 || compareNumbers(given[i - 1]!, parts) < 0);
    return ordered ? { rows: [...rows], repeated } : { rows: [...rows], repeated, unnumbered: rows[missing]! };
  }
  return {
    rows: rows
      .map((row, i) => ({ row, n: numbers[i]! }))
      .sort((a, b) => compareNumbers(a.n, b.n))
      .map(({ row }) => row),
    repeated,
  };
}
