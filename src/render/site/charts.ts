/** Inline SVG charts for the on-time report: no script, they print and open anywhere. */
import { html, type SafeHtml } from './html.js';

/** One bar: its label, its value, how to print the value, and whether it is bad news. */
export interface Bar {
  label: string;
  value: number;
  text: string;
  bad?: boolean;
}

const FONT = 'Noto Sans, DejaVu Sans, Arial, sans-serif';
const GOOD = '#1e7a3d';
const BAD = '#b3261e';
const NEUTRAL = '#0b5cad';

function shorten(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

/** Horizontal bars with the labels on the left (long labels shortened, the full text as a tooltip). */
export function horizontalBars(bars: readonly Bar[], title: string, max?: number): SafeHtml {
  const rowHeight = 26;
  const labelWidth = 260;
  const barWidth = 380;
  const most = max ?? Math.max(1e-9, ...bars.map((b) => b.value));
  const height = bars.length * rowHeight + 10;
  return html`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" width="${labelWidth + barWidth + 80}" height="${height}" font-family="${FONT}" font-size="13">
${bars.map((bar, i) => {
  const y = i * rowHeight + 5;
  const width = Math.max(0, Math.round((bar.value / most) * barWidth));
  return html`<g><title>${bar.label}: ${bar.text}</title><text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${shorten(bar.label, 38)}</text><rect x="${labelWidth}" y="${y + 3}" width="${width}" height="${rowHeight - 8}" fill="${bar.bad ? BAD : NEUTRAL}"></rect><text x="${labelWidth + width + 6}" y="${y + 16}">${bar.text}</text></g>`;
})}
</svg>`;
}

/** Vertical bars over time (one per month), values as shares from 0 to 1, with a dashed target line. */
export function columnChart(bars: readonly Bar[], title: string, target?: number): SafeHtml {
  const columnWidth = 58;
  const chartHeight = 180;
  const top = 22;
  const left = 40;
  const width = left + Math.max(1, bars.length) * columnWidth + 10;
  const height = top + chartHeight + 40;
  const y = (share: number) => top + chartHeight - Math.round(share * chartHeight);
  return html`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" width="${width}" height="${height}" font-family="${FONT}" font-size="12">
${[0, 0.5, 1].map((tick) => html`<line x1="${left}" x2="${width - 10}" y1="${y(tick)}" y2="${y(tick)}" stroke="#d6dde4"></line><text x="${left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick * 100}%</text>`)}
${target === undefined ? '' : html`<line x1="${left}" x2="${width - 10}" y1="${y(target)}" y2="${y(target)}" stroke="${BAD}" stroke-dasharray="4 3"></line>`}
${bars.map((bar, i) => {
  const x = left + i * columnWidth + 6;
  const barTop = y(Math.min(1, Math.max(0, bar.value)));
  return html`<g><title>${bar.label}: ${bar.text}</title><rect x="${x}" y="${barTop}" width="${columnWidth - 12}" height="${top + chartHeight - barTop}" fill="${bar.bad ? BAD : GOOD}"></rect><text x="${x + (columnWidth - 12) / 2}" y="${barTop - 4}" text-anchor="middle" font-size="11">${bar.text}</text><text x="${x + (columnWidth - 12) / 2}" y="${top + chartHeight + 16}" text-anchor="middle" font-size="11">${bar.label}</text></g>`;
})}
</svg>`;
}
