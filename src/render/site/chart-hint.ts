import type { Lang } from '../../i18n.js';
import { escapeHtml } from './html.js';

const HINT = {
  vi: {
    text: 'Sơ đồ rộng hơn màn hình: vuốt ngang trong khung để xem hết, hoặc',
    link: 'mở sơ đồ cỡ đầy đủ',
  },
  en: {
    text: 'The chart is wider than the screen: swipe sideways inside its frame to see all of it, or',
    link: 'open the chart full size',
  },
} as const;

// On a window narrower than paper the document's padding is 4 mm a side (document.css): 30.24 px in all.
const SIDE_PADDING_PX = 30.24;
// Above this width the document is a sheet of paper on screen, left as it was (a chart wider than it scrolls there).
const NARROW_PX = 800;

/** The narrowest width, in CSS pixels, the page's chart is drawn at on screen: its min-width, else its width. */
function chartWidth(documentHtml: string): number | undefined {
  const figure = documentHtml.indexOf('<figure class="flowchart');
  if (figure < 0) return undefined;
  const end = documentHtml.indexOf('>', documentHtml.indexOf('<svg', figure));
  const tag = documentHtml.slice(figure, end);
  const px = (name: string, after: string) => {
    const at = tag.indexOf(name);
    if (at < 0) return undefined;
    const value = Number.parseFloat(tag.slice(at + name.length).replace(after, ''));
    return Number.isFinite(value) && value > 0 ? value : undefined;
  };
  return px('min-width:', ' ') ?? px(' width="', '');
}

/**
 * A line above a procedure page's flowchart, shown only on a screen narrower than the chart (a phone): the chart
 * scrolls sideways in its own frame, which a phone shows no scroll bar for, so the line says so and links the SVG
 * to open full size. Its style goes in the head, its line before the chart; none when the page has no chart.
 */
export function chartHint(documentHtml: string, lang: Lang): { style: string; line: string } | undefined {
  const width = chartWidth(documentHtml);
  if (width === undefined) return undefined;
  // Shown below the width at which the chart no longer fits its column; on a wider window it fits, and the line
  // would be untrue. A chart of unknown width gets it on every narrow window.
  const below = Math.min(NARROW_PX, Math.ceil(width + SIDE_PADDING_PX) - 1);
  const style =
    `<style>.chart-hint { display: none; }\n` +
    `@media screen and (max-width: ${below}px) {\n` +
    `  .chart-hint { display: block; margin: 4pt 0; font-size: 11pt; text-align: left; }\n` +
    `  .chart-hint a { color: #0b5cad; }\n` +
    // The frame's edge shows where the chart is cut: it reads as a box to scroll, not as the end of the chart.
    `  figure.flowchart { border: 1px solid #8a96a3; }\n` +
    `}\n` +
    `figure.flowchart:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }\n` +
    `</style>`;
  const t = HINT[lang];
  const line = `<p class="chart-hint">${escapeHtml(t.text)} <a href="flowchart.svg">${escapeHtml(t.link)}</a>.</p>`;
  return { style, line };
}
