import { fill, type Lang } from '../i18n.js';
import type { BrowserSession } from './diagram-renderer.js';
import { documentLabels } from './document/labels.js';
import { svgMarkup } from './document/markup.js';
import {
  drawnBoxes,
  laneBand,
  PAPER_MM,
  stepExtents,
  svgOrigin,
  svgSize,
  tilePlan,
  tileSvg,
  withoutEmptyTiles,
  type Extent,
  type LaneBand,
  type Paper,
  type TilePlan,
} from './flowchart-page.js';

// Margin all round a standalone flowchart page, and the least room for the line under a piece of a split chart, in
// millimetres.
const MARGIN_MM = 10;
const CAPTION_MM = 8;

/** Millimetres a piece's caption takes under it, upright and landscape: a long title wraps it over more lines. */
export interface CaptionRoom {
  upright: number;
  landscape: number;
}

/**
 * A standalone chart's pages: the paper turned whichever way needs fewer of them, cuts fewer lanes, then prints the
 * chart larger. A split chart's pieces leave room for their caption (`captions`, as measured; at least CAPTION_MM),
 * and are cut between the boxes of `extents` (stepExtents).
 */
export function chartPages(
  size: { width: number; height: number },
  paper: Paper,
  band?: LaneBand,
  captions: CaptionRoom = { upright: CAPTION_MM, landscape: CAPTION_MM },
  extents: readonly Extent[] = [],
): { landscape: boolean; plan: TilePlan } {
  const [short, long] = PAPER_MM[paper];
  const plan = (width: number, height: number, caption: number) => {
    const whole = tilePlan(size, { width: width - 2 * MARGIN_MM, height: height - 2 * MARGIN_MM }, band, extents);
    // A split chart gives up the caption's lines to say which piece each page shows.
    const room = Math.max(CAPTION_MM, caption);
    return whole.tiles.length === 1
      ? whole
      : tilePlan(size, { width: width - 2 * MARGIN_MM, height: height - 2 * MARGIN_MM - room }, band, extents);
  };
  const upright = plan(short, long, captions.upright);
  const wide = plan(long, short, captions.landscape);
  // Fewer pages first; then fewer columns, since a cut across the lanes is harder to follow than one along them.
  const rank = (plan: TilePlan) => [plan.tiles.length, plan.columns, -plan.scale];
  const [a, b] = [rank(wide), rank(upright)];
  const better = a[0]! !== b[0]! ? a[0]! < b[0]! : a[1]! !== b[1]! ? a[1]! < b[1]! : a[2]! < b[2]!;
  return better ? { landscape: true, plan: wide } : { landscape: false, plan: upright };
}

/** The title a chart draws, as its SVG holds it (XML-escaped, which HTML reads alike), on one line; '' for none. */
function chartTitle(svg: string): string {
  const text = /<text\b[^>]*class="flowchartTitleText"[^>]*>([\s\S]*?)<\/text>/.exec(svg)?.[1] ?? '';
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The caption's style, inline: it is also measured outside the page (markupHeightMm sees no stylesheet).
const CAPTION_STYLE = "margin: 2mm 0 0; font: italic 10pt 'Noto Sans', 'DejaVu Sans', sans-serif;";

// A piece's caption: the chart's title, then which piece of how many.
function caption(title: string, lang: Lang, part: number, parts: number): string {
  const which = escapeText(fill(documentLabels(lang).flowchartPart, { part, parts }));
  return `<p class="part" style="${CAPTION_STYLE}">${title ? `${title} — ` : ''}${which}</p>`;
}

/**
 * `flowchart --format pdf`: the chart on A4 or A3 pages with a 10 mm margin, its smallest text at MIN_TEXT_PT or
 * more, split into overlapping pieces (one per page, each captioned `k/n`) when one page cannot hold it at that size.
 * Each piece leaves room for its caption as the browser lays it out: a long title wraps it over several lines.
 */
export async function flowchartPdf(session: BrowserSession, svg: string, paper: Paper, lang: Lang): Promise<Buffer> {
  const safe = svgMarkup(svg).text;
  const size = svgSize(safe) ?? { width: 800, height: 600 };
  // The chart's title is drawn once, over the middle of its width: each piece says whose chart it is.
  const title = chartTitle(safe);
  // The longest caption there can be (two-digit piece numbers), one millimetre spare, at each page's width.
  const [short, long] = PAPER_MM[paper];
  const longest = caption(title, lang, 88, 88);
  const room = async (width: number) => (await session.markupHeightMm(longest, width - 2 * MARGIN_MM)) + 1;
  const captions = { upright: await room(short), landscape: await room(long) };
  const chosen = chartPages(size, paper, laneBand(safe), captions, stepExtents(safe));
  const { landscape } = chosen;
  // Pieces that would show only empty lanes (many lanes, steps down the diagonal) are left out.
  const plan = withoutEmptyTiles(chosen.plan, drawnBoxes(safe), svgOrigin(safe));
  const pages = plan.tiles.map((tile, i) => {
    const text = plan.tiles.length > 1 ? caption(title, lang, i + 1, plan.tiles.length) : '';
    return `<section class="page">${tileSvg(safe, tile, plan.scale, plan.band)}${text}</section>`;
  });
  const css = `html, body { margin: 0; } .page { text-align: center; break-after: page; } .page:last-child { break-after: auto; } .page svg { display: block; margin: 0 auto; }`;
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${pages.join('')}</body></html>`;
  // The paper by name, not a CSS page size: Chromium then writes the exact ISO size (595.28 × 841.89 pt for A4).
  const margin = `${MARGIN_MM}mm`;
  return session.printPdf(html, {
    format: paper,
    landscape,
    preferCSSPageSize: false,
    printBackground: true,
    margin: { top: margin, bottom: margin, left: margin, right: margin },
  });
}
