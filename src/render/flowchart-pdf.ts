import { fill, type Lang } from '../i18n.js';
import type { BrowserSession } from './diagram-renderer.js';
import { documentLabels } from './document/labels.js';
import { svgMarkup } from './document/markup.js';
import {
  laneBand,
  PAPER_MM,
  stepBoxes,
  stepExtents,
  svgOrigin,
  svgSize,
  pieceScale,
  tilePlan,
  tileSvg,
  withoutEmptyTiles,
  betterPlan,
  type DrawnBox,
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
 * A standalone chart's pages: the paper turned whichever way needs fewer of them (a lone box on a page counting as a
 * page more), cuts fewer lanes, then prints the chart larger (betterPlan, as the document's chart pages). A split
 * chart's pieces leave room for their caption (`captions`, as measured; at least CAPTION_MM), are cut between the
 * boxes of `extents` (stepExtents), and those showing none of `steps` (stepBoxes, from the viewBox corner `origin`)
 * are left out.
 */
export function chartPages(
  size: { width: number; height: number },
  paper: Paper,
  band?: LaneBand,
  captions: CaptionRoom = { upright: CAPTION_MM, landscape: CAPTION_MM },
  extents: readonly Extent[] = [],
  steps: readonly DrawnBox[] = [],
  origin: { x: number; y: number } = { x: 0, y: 0 },
): { landscape: boolean; plan: TilePlan; area: { width: number; height: number } } {
  const [short, long] = PAPER_MM[paper];
  const plan = (width: number, height: number, caption: number) => {
    const whole = tilePlan(size, { width: width - 2 * MARGIN_MM, height: height - 2 * MARGIN_MM }, band, extents);
    // A split chart gives up the caption's lines to say which piece each page shows.
    const room = Math.max(CAPTION_MM, caption);
    const area = { width: width - 2 * MARGIN_MM, height: height - 2 * MARGIN_MM - room };
    return whole.tiles.length === 1
      ? { plan: whole, area: { width: width - 2 * MARGIN_MM, height: height - 2 * MARGIN_MM } }
      : { plan: withoutEmptyTiles(tilePlan(size, area, band, extents), steps, origin), area };
  };
  const upright = plan(short, long, captions.upright);
  const wide = plan(long, short, captions.landscape);
  // As the document turns its chart pages (betterPlan), upright on a full tie.
  return betterPlan(upright.plan, wide.plan, steps, origin) === upright.plan
    ? { landscape: false, ...upright }
    : { landscape: true, ...wide };
}

/** The title a chart draws, as its SVG holds it (XML-escaped, which HTML reads alike), on one line; '' for none. */
function chartTitle(svg: string): string {
  const text = /<text\b[^>]*class="flowchartTitleText"[^>]*>([\s\S]*?)<\/text>/.exec(svg)?.[1] ?? '';
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// The drawing without its title: drawn once over the middle of the whole chart, it would be cut at the edge of a
// piece of some of the lanes; every piece's caption says it whole.
function withoutTitle(svg: string): string {
  return svg.replace(/<text\b[^>]*class="flowchartTitleText"[^>]*>[\s\S]*?<\/text>/g, '');
}

/**
 * Each piece of a chart's plan as an SVG of its own (tileSvg), read in order. A chart cut across its lanes loses the
 * title drawn over its middle, which a piece's edge would cut mid-word: each piece's caption says it whole. With
 * `area` (the room of a piece's page, in mm), each piece of a split chart fills it as far as pieceScale allows.
 */
export function pieceSvgs(svg: string, plan: TilePlan, area?: { width: number; height: number }): string[] {
  const drawing = plan.columns > 1 ? withoutTitle(svg) : svg;
  return plan.tiles.map((tile) =>
    tileSvg(drawing, tile, area && plan.tiles.length > 1 ? pieceScale(tile, plan.scale, area) : plan.scale, plan.band),
  );
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The caption's style, inline: it is also measured outside the page (markupHeightMm sees no stylesheet).
const CAPTION_STYLE = "margin: 2mm 0 0; font: italic 10pt 'Noto Sans', 'DejaVu Sans', sans-serif;";

// The words after a chart's code on the pieces after the first: the title is said once, on the first page.
const CONTINUED = { vi: 'tiếp theo', en: 'continued' } as const;

// The code a chart's title starts with ("QT-DD-01 · Cấp giấy …"), as mermaid.ts writes it; the title when it has none.
function titleCode(title: string): string {
  const at = title.indexOf(' · ');
  return at < 0 ? title : title.slice(0, at);
}

// A piece's caption: the chart's title on the first (a 300-character title took three lines on every page), its code
// and "(tiếp theo)" on the others, then which piece of how many.
function caption(title: string, lang: Lang, part: number, parts: number): string {
  const which = escapeText(fill(documentLabels(lang).flowchartPart, { part, parts }));
  const head = part === 1 || !title ? title : `${titleCode(title)} (${CONTINUED[lang]})`;
  return `<p class="part" style="${CAPTION_STYLE}">${head ? `${head} — ` : ''}${which}</p>`;
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
  // The first piece's caption says the whole title, the others the code: the taller of the two.
  const longest = [caption(title, lang, 1, 88), caption(title, lang, 88, 88)];
  const room = async (width: number) =>
    Math.max(...(await Promise.all(longest.map((one) => session.markupHeightMm(one, width - 2 * MARGIN_MM))))) + 1;
  const captions = { upright: await room(short), landscape: await room(long) };
  // Pieces that would show no step (many lanes, steps down the diagonal) are left out before the paper is turned.
  const { landscape, plan, area } = chartPages(
    size,
    paper,
    laneBand(safe),
    captions,
    stepExtents(safe),
    stepBoxes(safe),
    svgOrigin(safe),
  );
  const pages = pieceSvgs(safe, plan, area).map((piece, i) => {
    const text = plan.tiles.length > 1 ? caption(title, lang, i + 1, plan.tiles.length) : '';
    return `<section class="page">${piece}${text}</section>`;
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
