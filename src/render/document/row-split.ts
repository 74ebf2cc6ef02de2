// About a third of an A4 page of 11-point text in a table's narrowest text column: a row with more may not fit on
// one page. A row kept whole that is taller than a page is cut off at its foot in Word and LibreOffice, and in
// Chromium it is pushed to the next page, leaving the page before it all but blank, and then split anyway.
const UNSPLIT_ROW_CHARS = 1200;

/** Whether a table row of these texts may be taller than a page, so it must be allowed to break across pages. */
export function mayOutgrowPage(texts: readonly (string | null | undefined)[]): boolean {
  return texts.reduce((sum, text) => sum + (text?.length ?? 0), 0) >= UNSPLIT_ROW_CHARS;
}
