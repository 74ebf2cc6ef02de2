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
 * where the PDF's fitted one). A column is measured by its longest line, not by all its cells together: the rows sit
 * one under another, so a limit written in every row ("5 ngày làm việc" three times) took the width the one note of
 * 36 characters needed, which then ran over seven lines at 390 px. A cell's lines (`\n`) are measured apart.
 */
export function channelColumns(rows: readonly (readonly (string | null)[])[]): number[] {
  const chars = CHANNEL_MINIMUMS.map((_, i) =>
    Math.max(0, ...rows.flatMap((row) => (row[i] ?? '').split('\n').map((line) => line.trim().length))),
  );
  const total = chars.reduce((a, b) => a + b, 0);
  const spare = 100 - CHANNEL_MINIMUMS.reduce((a, b) => a + b, 0);
  // Each column its share of the words, at least its minimum: the columns held at their minimum leave the rest of
  // the width to the others, shared as their words are (adding the spare on top of every minimum left a short limit
  // wider than a long note).
  const held = new Set<number>();
  let shares: number[] = [];
  for (let changed = true; changed;) {
    changed = false;
    const free = 100 - [...held].reduce((sum, i) => sum + CHANNEL_MINIMUMS[i]!, 0);
    const words = chars.reduce((sum, c, i) => sum + (held.has(i) ? 0 : c), 0);
    shares = CHANNEL_MINIMUMS.map((min, i) => (held.has(i) ? min : words === 0 ? min : (free * chars[i]!) / words));
    for (const [i, min] of CHANNEL_MINIMUMS.entries()) {
      if (!held.has(i) && shares[i]! < min) {
        held.add(i);
        changed = true;
      }
    }
  }
  const widths =
    total === 0 ? CHANNEL_MINIMUMS.map((min) => min + Math.floor(spare / 4)) : shares.map((share) => Math.floor(share));
  // Whole percents that add up to 100: what flooring left goes to the widest column.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest]! += 100 - widths.reduce((a, b) => a + b, 0);
  return widths;
}
