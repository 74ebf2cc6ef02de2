import type { PageArea } from './page-area.js';

/**
 * Runs in the page about to be printed (passed to page.evaluate with the page's text area, uprightPageArea), after the
 * top margins are raised and the cover marked (cover-room.ts): when the flowchart has pages of its own (its section on
 * a named page, `.sheet-…`), the text before it ends on the page before the chart's. If that page would hold only a
 * heading and a couple of lines (QT-HT-LT-02: 5.6 alone on page 4, page 3 full), a section that began on the page
 * before starts that page instead (`break-before: page` on its heading), the latest that leaves it at least a fifth of
 * a page without adding one. Where the pages break is found by laying the text out once more in columns a page high and
 * a text column wide, Chromium's own fragmentation (a second print would cost +45% of the printing); the text after the
 * chart is not touched.
 */
export function startPageBeforeChartSheet(area: PageArea): void {
  const sheet = document.querySelector<HTMLElement>('.content > .flowchart-section[class*="sheet-"]');
  const content = sheet?.parentElement;
  // A cover that spills onto page 2 shares its page with the text: its last lines would have to be laid out too.
  if (!sheet || !content || document.querySelector('[data-own-page="spills"]')) return;
  const pxPerMm = 96 / 25.4;
  const width = area.width * pxPerMm;
  const room = area.height * pxPerMm;
  if (!(width > 0 && room > 0)) return;
  const texts = [...content.children].slice(0, [...content.children].indexOf(sheet));
  const frame = document.createElement('div');
  frame.style.cssText = `position: absolute; left: 0; top: 0; visibility: hidden; width: ${width}px; height: ${room}px; column-width: ${width}px; column-gap: 0; column-fill: auto;`;
  const copy = content.cloneNode(false) as HTMLElement;
  const copies = texts.map((text) => copy.appendChild(text.cloneNode(true)) as HTMLElement);
  frame.append(copy);
  document.body.append(frame);
  try {
    /** The page (column) each copy starts and ends on, and how far down the last page the text ends. */
    const layout = () => {
      const left = frame.getBoundingClientRect().left;
      const top = frame.getBoundingClientRect().top;
      const column = (x: number) => Math.floor((x - left + 0.5) / width);
      const rects = copies.map((element) => [...element.getClientRects()].filter((rect) => rect.height > 0));
      const last = Math.max(0, ...rects.flat().map((rect) => column(rect.left)));
      const end = Math.max(
        0,
        ...rects
          .flat()
          .filter((rect) => column(rect.left) === last)
          .map((rect) => rect.bottom - top),
      );
      return { first: rects.map((own) => (own[0] ? column(own[0].left) : -1)), last, end };
    };
    const before = layout();
    const least = room / 5;
    if (before.last === 0 || before.end >= least) return;
    // The headings that start on the page before the last, latest first, and not right under another heading.
    const headings = copies
      .map((element, i) => ({ element, i }))
      .filter(
        ({ element, i }) =>
          /^H[2-4]$/.test(element.tagName) &&
          before.first[i] === before.last - 1 &&
          !/^H[1-6]$/.test(copies[i - 1]?.tagName ?? ''),
      )
      .reverse();
    for (const { element, i } of headings) {
      element.style.breakBefore = 'column';
      const after = layout();
      element.style.breakBefore = '';
      if (after.last === before.last && after.end >= least) {
        (texts[i] as HTMLElement).style.breakBefore = 'page';
        return;
      }
    }
  } finally {
    frame.remove();
  }
}
