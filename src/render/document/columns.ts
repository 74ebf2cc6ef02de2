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
  return shorterSharing(rows, widths);
}

// Characters a line of a channels cell holds in a column of `percent` of the text width (165 mm, A4 upright): about
// 2 mm a character at the table's 12 pt, less 3.5 mm of padding.
function lineChars(percent: number): number {
  return Math.max(1, Math.floor((1.65 * percent - 3.5) / 2));
}

/** The lines the channels table's rows take at these widths, each row as tall as its tallest cell. */
function tableLines(rows: readonly (readonly (string | null)[])[], widths: readonly number[]): number {
  return rows.reduce((sum, row) => {
    const cells = widths.map((width, i) =>
      (row[i] ?? '')
        .split('\n')
        .reduce((lines, line) => lines + Math.max(1, Math.ceil(line.trim().length / lineChars(width))), 0),
    );
    return sum + Math.max(...cells);
  }, 0);
}

/**
 * The words' shares, unless another sharing prints the table at least a third shorter, by 8 lines or more (a few
 * lines either way are within what this measure can tell):
 * measured by longest lines, a note of one long line took 60% of the width beside a fee by 12 cases, which then ran
 * two or three words a line over four pages. Of the shortest sharings, the one nearest the words' shares.
 */
function shorterSharing(rows: readonly (readonly (string | null)[])[], shares: readonly number[]): number[] {
  const [a, b, c, d] = CHANNEL_MINIMUMS;
  let best = { widths: [...shares], lines: tableLines(rows, shares), distance: 0 };
  const start = best.lines;
  // A table that could not get 8 lines shorter (every row takes a line at least) is not searched: most are.
  if (start - rows.length < 8) return [...shares];
  for (let w0 = a; w0 <= 100 - b - c - d; w0++)
    for (let w1 = b; w1 <= 100 - w0 - c - d; w1++)
      for (let w2 = c; w2 <= 100 - w0 - w1 - d; w2++) {
        const widths = [w0, w1, w2, 100 - w0 - w1 - w2];
        const lines = tableLines(rows, widths);
        if (lines > best.lines) continue;
        const distance = widths.reduce((sum, width, i) => sum + Math.abs(width - shares[i]!), 0);
        if (lines < best.lines || distance < best.distance) best = { widths, lines, distance };
      }
  return start - best.lines >= Math.max(8, start / 3) ? best.widths : [...shares];
}
