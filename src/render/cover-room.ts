/**
 * Runs in the page about to be printed (passed to page.evaluate, so it uses nothing from outside), at the print width:
 * an element marked `data-own-page` (the document's cover) ends its page, unless it is taller than a page. Then its
 * last lines spill onto the next page, and a forced break after them would leave that page nearly empty: the content
 * follows on the same page instead (the mark becomes `data-own-page="spills"`, which the stylesheet lets flow).
 */
export function letLongCoverFlow(): void {
  const block = document.querySelector<HTMLElement>('[data-own-page]');
  if (!block) return;
  const pxPerMm = 96 / 25.4;
  const mmPer: Record<string, number> = { mm: 1, cm: 10, in: 25.4, pt: 25.4 / 72, pc: 25.4 / 6, px: 1 / pxPerMm };
  const toMm = (value: string): number => {
    const written = /^([\d.]+)([a-z]+)$/.exec(value.trim());
    const unit = written && mmPer[written[2]!];
    return written && unit ? Number(written[1]) * unit : 0;
  };
  // The first page's paper and margins: the stylesheet's unnamed @page rule (A4 upright unless it says otherwise).
  let paper = { width: 210, height: 297 };
  const margins = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSPageRule) || rule.selectorText !== '') continue;
      const size = rule.style.getPropertyValue('size').toLowerCase();
      if (size.includes('a3')) paper = { width: 297, height: 420 };
      if (size.includes('landscape')) paper = { width: paper.height, height: paper.width };
      for (const side of ['top', 'right', 'bottom', 'left'] as const) {
        const value = rule.style.getPropertyValue(`margin-${side}`);
        if (value) margins[side] = toMm(value);
      }
    }
  }
  const width = paper.width - margins.left - margins.right;
  const room = paper.height - margins.top - margins.bottom;
  // Its own block formatting context while measured: the title's top margin, which collapses through the block's
  // edge, takes room on the page too.
  const before = block.getAttribute('style');
  block.style.width = `${width}mm`;
  block.style.display = 'flow-root';
  const height = block.getBoundingClientRect().height / pxPerMm;
  if (before === null) block.removeAttribute('style');
  else block.setAttribute('style', before);
  if (height > room) block.dataset.ownPage = 'spills';
}
