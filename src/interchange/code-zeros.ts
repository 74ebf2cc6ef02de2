// A national procedure code is a digit, a full stop and six digits (1.000890: schema.ts's NATIONAL_CODE). Typed in a
// cell of Excel's General format it is a number, and Excel drops its trailing zeros: the cell keeps and shows 1.00089.
// No code has fewer than six digits after the stop, so such a number is a code that lost its zeros: read back with
// them, and said, so the officer can check it and format the column as Text. A text (a CSV file's, a cell formatted as
// Text) was typed as it is, and is read so.
// The codes given so far all write a 0 after the stop (1.000894, 1.013133, 2.000815): a number of three to five
// decimals starting so is taken for one; 1.1 or 1.25, which a column of local numbers holds, is not.
const SHORT_CODE = /^(\d)\.(0\d{2,4})$/;

/** The national code a cell that lost its trailing zeros stands for (`1.00089` → `1.000890`); undefined for any other text. */
export function codeWithZeros(text: string): string | undefined {
  const short = SHORT_CODE.exec(text.trim());
  return short ? `${short[1]}.${short[2]!.padEnd(6, '0')}` : undefined;
}
