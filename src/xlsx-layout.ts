import type ExcelJS from 'exceljs';

/** What procmap's two workbooks (the catalog export and the on-time report) share of their layout. */

/** A line of the default font (Calibri 11) in points. */
export const LINE_HEIGHT = 15;
/** The tallest row Excel allows, in points. */
export const MAX_ROW_HEIGHT = 409;

/**
 * How many lines a text takes in a wrapped cell of a width (in characters of the default font): each of its lines
 * over as many as the width holds. A line of Vietnamese text holds a few more characters than the width counts
 * (digits are among the widest characters; LibreOffice's Noto Sans in place of Calibri holds 66 in a width of 60): two
 * are kept back for the words that wrap whole, so that a row is rather a little tall than cut.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width) - 2);
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
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

/** A4 landscape, one page wide and as many long as it takes, the header row printed on every page. */
export function printOnA4(sheet: ExcelJS.Worksheet): void {
  Object.assign(sheet.pageSetup, {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
  });
}
