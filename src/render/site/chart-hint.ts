import type { Lang } from '../../i18n.js';
import { escapeHtml } from './html.js';

const HINT = {
  vi: {
    text: 'Sơ đồ rộng hơn màn hình: vuốt ngang trong khung để xem hết, hoặc',
    // A chart wider than the sheet of paper is cut on a tablet or a desktop too, where the screen is the wider one.
    wide: 'Sơ đồ rộng hơn trang: vuốt hoặc cuộn ngang trong khung để xem hết, hoặc',
    link: 'mở sơ đồ cỡ đầy đủ',
  },
  en: {
    text: 'The chart is wider than the screen: swipe sideways inside its frame to see all of it, or',
    wide: 'The chart is wider than the page: swipe or scroll sideways inside its frame to see all of it, or',
    link: 'open the chart full size',
  },
} as const;

// On a window narrower than paper the document's padding is 4 mm a side (document.css): 30.24 px in all.
const SIDE_PADDING_PX = 30.24;
// Above this width the document is a sheet of paper on screen (document.css).
const NARROW_PX = 800;
// The sheet's column there: 210 mm of paper less its 30 mm and 15 mm side padding (document.css), 165 mm at 96 px
// per inch. A chart wider than it scrolls in its frame on every wider window, an iPad's 820–1024 px too, where a touch
// screen shows no scroll bar: its right-hand lanes were cut off with nothing to say so.
const PAPER_COLUMN_PX = (165 / 25.4) * 96;

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
 * A line above a procedure page's flowchart, shown only where the chart is cut: on a screen narrower than the chart (a
 * phone), and on every screen for a chart wider than the sheet of paper the page is above 800 px. The chart scrolls
 * sideways in its own frame, which a touch screen shows no scroll bar for, so the line says so and links the SVG
 * to open full size. Its style goes in the head, its line before the chart; none when the page has no chart.
 */
export function chartHint(documentHtml: string, lang: Lang): { style: string; line: string } | undefined {
  const width = chartWidth(documentHtml);
  if (width === undefined) return undefined;
  // Shown below the width at which the chart no longer fits its column; on a wider window it fits, and the line
  // would be untrue. A chart of unknown width gets it on every narrow window; one wider than the sheet's column, on
  // every screen.
  const wide = width > PAPER_COLUMN_PX;
  const below = Math.min(NARROW_PX, Math.ceil(width + SIDE_PADDING_PX) - 1);
  const style =
    `<style>.chart-hint { display: none; }\n` +
    `@media screen${wide ? '' : ` and (max-width: ${below}px)`} {\n` +
    `  .chart-hint { display: block; margin: 4pt 0; font-size: 11pt; text-align: left; }\n` +
    `  .chart-hint a { color: #0b5cad; }\n` +
    // The frame's edge shows where the chart is cut: it reads as a box to scroll, not as the end of the chart.
    `  figure.flowchart { border: 1px solid #8a96a3; }\n` +
    `}\n` +
    `figure.flowchart:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }\n` +
    `</style>`;
  const t = HINT[lang];
  const line = `<p class="chart-hint">${escapeHtml(wide ? t.wide : t.text)} <a href="flowchart.svg">${escapeHtml(t.link)}</a>.</p>`;
  return { style, line };
}
