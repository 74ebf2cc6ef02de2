import type { PageArea } from './page-area.js';

/**
 * Runs in the page about to be printed (passed to page.evaluate with the page's text area, uprightPageArea), at the
 * print width: an element marked `data-own-page` (the document's cover) ends its page, unless it is taller than a page.
 * Then its last lines spill onto the next page, and a forced break after them would leave that page nearly empty: the
 * content follows on the same page instead (the mark becomes `data-own-page="spills"`, which the stylesheet lets flow).
 */
export function letLongCoverFlow(area: PageArea): void {
  const block = document.querySelector<HTMLElement>('[data-own-page]');
  if (!block) return;
  const pxPerMm = 96 / 25.4;
  // Its own block formatting context while measured: the title's top margin, which collapses through the block's
  // edge, takes room on the page too.
  const before = block.getAttribute('style');
  block.style.width = `${area.width}mm`;
  block.style.display = 'flow-root';
  const height = block.getBoundingClientRect().height / pxPerMm;
  if (before === null) block.removeAttribute('style');
  else block.setAttribute('style', before);
  if (height > area.height) block.dataset.ownPage = 'spills';
}
