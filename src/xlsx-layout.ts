import type ExcelJS from 'exceljs';
import { LANDSCAPE_MARGINS_MM } from './page-margins.js';

/** What procmap's two workbooks (the catalog export and the on-time report) share of their layout. */

/** A line of the default font (Calibri 11) in points. */
export const LINE_HEIGHT = 15;
/** The tallest row Excel allows, in points. */
export const MAX_ROW_HEIGHT = 409;

/**
 * How many lines a text takes in a wrapped cell of a width (in characters of the default font): each of its lines
 * wrapped word by word, as Excel wraps it, a word longer than a line cut. A line of Vietnamese text holds a few more
 * characters than the width counts (digits are among the widest characters; LibreOffice's Noto Sans in place of
 * Calibri holds 66 in a width of 60): two are kept back all the same, so that a row is rather a little tall than cut.
 * Counting characters alone, a single line of 1,500 characters was 26 lines where Excel wraps it in 27, past the
 * tallest row, and was cut without a word.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width) - 2);
  return text.split('\n').reduce((sum, line) => sum + lineWraps(line, perLine), 0);
}

/** The lines one line of text wraps in, a number of characters to each: whole words, a longer word cut. */
function lineWraps(line: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of line.split(' ')) {
    const room = used === 0 ? perLine : perLine - used - 1;
    if (word.length <= room) {
      used += (used === 0 ? 0 : 1) + word.length;
      continue;
    }
    // The word starts a line of its own (unless the line is still empty), and a word longer than a line runs on.
    if (used > 0) lines++;
    lines += Math.ceil(Math.max(word.length, 1) / perLine) - 1;
    used = word.length % perLine || (word.length === 0 ? 0 : perLine);
  }
  return lines;
}

/** The height of a row whose tallest cell takes a number of lines: undefined for one line, the sheet's default. */
export function rowHeight(lines: number): number | undefined {
  return lines > 1 ? Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT) : undefined;
}

/**
 * The bold of a header row in the body's font (exceljs's default, Calibri 11): a font that names none is shown by
 * LibreOffice in its own default, a serif, over a sans body.
 */
export const HEADING_FONT = {
  name: 'Calibri',
  family: 2,
  scheme: 'minor',
  size: 11,
  color: { theme: 1 },
  bold: true,
} as const;

// A4 landscape, 297 mm across, in CSS pixels (96 per inch, as Excel counts a column's pixels).
const A4_LANDSCAPE_PX = (297 / 25.4) * 96;
// A column `width` wide, in pixels: Excel's width counts characters of the default font (Calibri 11, 7 pixels to a
// digit), its cell padding included.
const columnPx = (width: number) => width * 7;
// The width exceljs gives a column that names none.
const DEFAULT_COLUMN_WIDTH = 9;

/** The smallest scale, in percent, a sheet is shrunk to so as to print one page wide: below it the text is too small to read. */
export const MIN_PRINT_SCALE = 60;

// The margins of an administrative document (Decree 30/2020), in the inches a sheet's page setup counts; Excel's own
// (0.7" at the sides) would give the edge where the pages are bound half the room the decree asks. Every sheet prints
// landscape, the sheet turned a quarter: its top is the bound edge, and takes the binding's 30 mm (LANDSCAPE_MARGINS_MM).
const inches = (mm: number) => Math.round((mm / 25.4) * 1000) / 1000;
const MARGINS_INCHES: ExcelJS.Margins = {
  top: inches(LANDSCAPE_MARGINS_MM.top),
  bottom: inches(LANDSCAPE_MARGINS_MM.bottom),
  left: inches(LANDSCAPE_MARGINS_MM.left),
  right: inches(LANDSCAPE_MARGINS_MM.right),
  header: inches(LANDSCAPE_MARGINS_MM.header),
  footer: inches(LANDSCAPE_MARGINS_MM.footer),
};

/**
 * A4 landscape in the margins of Decree 30/2020 turned with the sheet, the header row printed on every page, shrunk
 * to fit as few pages across as keep it at MIN_PRINT_SCALE or more (one for most sheets) and as many pages long as it
 * takes. A sheet more than one page across repeats its first columns (the row's code and name, as many as a third of
 * the page holds, the first at least) on each page, so that every page says which procedure a row is. Call it once
 * the columns have their widths.
 */
export function printOnA4(sheet: ExcelJS.Worksheet): void {
  sheet.pageSetup.margins = { ...MARGINS_INCHES };
  const pagePx = A4_LANDSCAPE_PX - (MARGINS_INCHES.left + MARGINS_INCHES.right) * 96;
  // A hidden column does not print: it takes no width.
  const widths = (sheet.columns ?? []).map((column) =>
    column.hidden ? 0 : columnPx(column.width ?? DEFAULT_COLUMN_WIDTH),
  );
  let titles = 1;
  while (titles < widths.length && widths.slice(0, titles + 1).reduce((a, b) => a + b, 0) <= pagePx / 3) titles++;
  const across = pagesAcross(
    widths,
    widths.slice(0, titles).reduce((a, b) => a + b, 0),
    pagePx,
  );
  // fitToPage is what makes Excel and LibreOffice read fitToWidth and fitToHeight (`<pageSetUpPr fitToPage="1"/>`):
  // without it they print at the scale alone, a 25-column catalog across 19 pages for each page of rows.
  Object.assign(sheet.pageSetup, {
    paperSize: 9,
    orientation: 'landscape',
    printTitlesRow: '1:1',
    fitToPage: true,
    fitToWidth: across,
    fitToHeight: 0,
    ...(across > 1 && { printTitlesColumn: `A:${sheet.getColumn(titles).letter}` }),
  });
}

/**
 * The fewest pages across that print columns of these widths (in pixels) at MIN_PRINT_SCALE or more, the title
 * columns repeated on each page after the first.
 */
export function pagesAcross(widths: readonly number[], titlesPx: number, pagePx: number): number {
  const total = widths.reduce((sum, width) => sum + width, 0);
  let pages = 1;
  while (((total + (pages - 1) * titlesPx) * MIN_PRINT_SCALE) / 100 > pages * pagePx) pages++;
  return pages;
}
