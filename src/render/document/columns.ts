/**
 * The step table's columns (TT | Trình tự | Trách nhiệm | Thời gian | Biểu mẫu / Kết quả) in percent of the text
 * width: one source for the Word file and the HTML the PDF prints. "Thời gian" holds "0,5 ngày làm việc" on two lines
 * at 12 pt; narrower, "4 giờ làm việc" broke over three while the forms' column stood mostly empty.
 */
export const STEP_COLUMNS = { no: 6, step: 38, body: 20, time: 14, forms: 22 } as const;

// What each column of the channels table keeps however little it holds: its heading on at most two lines at 12 pt.
const CHANNEL_MINIMUMS = [16, 20, 12, 10] as const;

/**
 * The channels table's columns (Cách thức | Thời hạn | Phí, lệ phí | Ghi chú) in percent of the text width, shared by
 * the Word file and the HTML the PDF prints: beyond each column's minimum, the width goes where the words are, so a
 * four-line fee is not squeezed beside an empty note (fixed shares did that in Word, and its table ran over two pages
 * where the PDF's fitted one).
 */
export function channelColumns(rows: readonly (readonly (string | null)[])[]): number[] {
  const chars = CHANNEL_MINIMUMS.map((_, i) => rows.reduce((sum, row) => sum + (row[i]?.length ?? 0), 0));
  const total = chars.reduce((a, b) => a + b, 0);
  const spare = 100 - CHANNEL_MINIMUMS.reduce((a, b) => a + b, 0);
  const widths = CHANNEL_MINIMUMS.map(
    (min, i) => min + Math.floor(total === 0 ? spare / 4 : (spare * chars[i]!) / total),
  );
  // Whole percents that add up to 100: what flooring left goes to the widest column.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest]! += 100 - widths.reduce((a, b) => a + b, 0);
  return widths;
}
