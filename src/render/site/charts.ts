/**
 * The site's charts, drawn in HTML: no script, they print and open anywhere, and their text keeps the page's size on
 * a phone (an SVG drawn 720 px wide shrank its labels to unreadable and made the page scroll sideways at 390 px).
 */
import { html, type SafeHtml } from './html.js';

/** One bar: its label, its value, how to print the value, and whether it is good or bad news (neither: plain). */
export interface Bar {
  label: string | SafeHtml;
  value: number;
  text: string;
  tone?: 'good' | 'bad' | undefined;
}

/** A line drawn across every bar at a value, with the words that say what it is (`Mục tiêu: 95%`). */
export interface Target {
  value: number;
  label: string;
}

// A width as a share of the track, to a tenth of a percent.
function percent(value: number, most: number): string {
  return `${Math.round((Math.min(most, Math.max(0, value)) / most) * 1000) / 10}%`;
}

/**
 * Horizontal bars, one list item per bar: the label (whole, wrapping), the bar and its value, so a screen reader reads
 * a list; bars are scaled to `max` (default: the largest value), and a `target` is a dashed line with its words below.
 */
export function barChart(
  bars: readonly Bar[],
  title: string,
  { max, target }: { max?: number; target?: Target } = {},
): SafeHtml {
  const most = max ?? Math.max(1e-9, ...bars.map((b) => b.value));
  const line = target === undefined ? '' : html`<span class="target" style="left: ${percent(target.value, most)}"></span>`;
  return html`<ul class="bars" aria-label="${title}">${bars.map(
    (bar) =>
      html`<li><span class="bar-label">${bar.label}</span><span class="bar-track"><span class="bar${bar.tone ? ` ${bar.tone}` : ''}" style="width: ${percent(bar.value, most)}"></span>${line}</span><span class="bar-value">${bar.text}</span></li>`,
  )}</ul>${target === undefined ? '' : html`<p class="chart-key"><span class="target-key" aria-hidden="true"></span>${target.label}</p>`}`;
}
