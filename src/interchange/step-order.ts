// A step table's rows may be sorted in Excel (by "Trách nhiệm", say): Excel keeps each row whole, TT included, so the
// step numbers still tell the flow's order when the rows no longer do.
const STEP_NUMBER = /^(?:b|bước)?\s*(\d+)\.?$/iu;

/** The number a TT cell gives a step (`3`, `B3`, `Bước 3`), or undefined for another text. */
export function stepNumberOf(text: string | undefined): number | undefined {
  const n = STEP_NUMBER.exec(text?.trim() ?? '')?.[1];
  return n === undefined ? undefined : Number(n);
}

/** The rows in the order of their step numbers (TT `1`, `B2`, `Bước 3`) when each has its own; else as they stand. */
export function inStepOrder<T>(rows: readonly T[], numberOf: (row: T) => string | undefined): T[] {
  const numbers = rows.map((row) => stepNumberOf(numberOf(row)));
  if (numbers.some((n) => n === undefined) || new Set(numbers).size < numbers.length) return [...rows];
  return rows
    .map((row, i) => ({ row, n: numbers[i]! }))
    .sort((a, b) => a.n - b.n)
    .map(({ row }) => row);
}
