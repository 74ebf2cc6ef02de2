/**
 * Runs in the page about to be printed (passed to page.evaluate, so it uses nothing from outside): the blocks matching
 * `selector` stop being boxes of their own (`display: contents`), so that what they keep together may break as if they
 * were not there. Returns how many there were.
 */
export function loosenKeptBlocks(selector: string): number {
  const blocks = document.querySelectorAll<HTMLElement>(selector);
  for (const block of blocks) block.style.display = 'contents';
  return blocks.length;
}

/** The number of pages of a PDF as Chromium writes it: its page objects, counted in the file read as latin1 text. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}
