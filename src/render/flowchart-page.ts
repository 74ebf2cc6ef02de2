import { InternalError } from '../errors.js';

/** Paper sizes procmap prints on. */
export type Paper = 'A4' | 'A3';

/** A page of its own for a flowchart: the paper and which way it is turned. */
export interface Sheet {
  paper: Paper;
  landscape: boolean;
}

/** Width and height of a sheet in millimetres, upright. */
export const PAPER_MM: Record<Paper, readonly [number, number]> = { A4: [210, 297], A3: [297, 420] };

/** Smallest text a printed flowchart may have, in points: below it, officers cannot read a chart on paper. */
export const MIN_TEXT_PT = 7;

/** Lanes from which a flowchart gets a landscape page whatever its size: upright, five columns are too narrow. */
export const LANDSCAPE_LANES = 5;

// The smallest text mermaid draws in procmap's charts: steps and lane titles are 15 CSS px (MERMAID_CONFIG), but the
// time summary's note comes out 2.2 % smaller in Chromium's PDF (measured: 6.95 pt beside 7.11 pt), so plan for 14.6.
const SMALLEST_TEXT_PX = 14.6;
const PX_PER_MM = 96 / 25.4;

// The document's text area (Decree 30 margins: left 30, right 15; the control header takes the top 44 mm, the
// bottom keeps 20 mm) less room for the section heading and the legend.
const MARGINS_MM = { left: 30, right: 15, top: 44, bottom: 20, captions: 36 };

/**
 * How the captions' 36 mm are shared out between the pages of a chart split over several, in millimetres: the section
 * heading (13 pt with its 14 pt of margins, ≈ 10.5 mm) only atop the first, the legend (10 pt, three lines upright,
 * two across, ≈ 14 mm) only under the last, and the piece's caption (10 pt italic and the figure's margins, ≈ 6.5 mm)
 * on every one. Measured on QT-SNNMT-MT-02's PDF (A4 landscape), rounded up; a chart on one page keeps all three.
 */
export const CAPTION_ROOM_MM = { heading: 12, legend: 16, each: 8 } as const;

// A landscape page's (LANDSCAPE_MARGINS_MM, the upright ones turned with the sheet): left and right 20, bottom 15; the
// header stands 20 mm from the bound top edge, 8 mm lower than upright, and takes the top 52 mm (document.hbs).
const LANDSCAPE_MARGINS = { ...MARGINS_MM, left: 20, right: 20, top: 52, bottom: 15 };

/**
 * Millimetres more that the HTML document's pages give its control header than the PDF's: a browser prints it in
 * the page, under a 20 mm margin, and a long title makes it taller (measured 50 mm with a title of five lines).
 */
export const HTML_HEADER_EXTRA_MM = 30;

/**
 * Millimetres more than the stylesheet's top margin that the PDF's pages keep for a control header needing
 * `topMarginMm` (a long title or issuer wraps it over more lines); 0 when the margin holds it. `landscape`: on a
 * landscape page, whose margin is the stylesheet's landscape one.
 */
export function headerExtraMm(topMarginMm: number, landscape = false): number {
  return Math.max(0, topMarginMm - (landscape ? LANDSCAPE_MARGINS : MARGINS_MM).top);
}

/**
 * Room the page header takes beyond the stylesheet's margin: the same on every page, or apart on upright and landscape
 * pages (a long title wraps over fewer lines across a landscape page, whose header is then less tall).
 */
export type HeaderExtra = number | { upright: number; landscape: number };

// The extra room a sheet's header takes.
function extraOn(extra: HeaderExtra, landscape: boolean): number {
  return typeof extra === 'number' ? extra : landscape ? extra.landscape : extra.upright;
}

/** The drawing area of a page of the document, in millimetres; `extraTopMm` more kept at the top (a taller header). */
export function documentArea(
  paper: Paper,
  landscape: boolean,
  extraTopMm = 0,
  captionsMm: number = MARGINS_MM.captions,
): { width: number; height: number } {
  const [short, long] = PAPER_MM[paper];
  const [width, height] = landscape ? [long, short] : [short, long];
  const margins = landscape ? LANDSCAPE_MARGINS : MARGINS_MM;
  return {
    width: width - margins.left - margins.right,
    height: height - margins.top - margins.bottom - captionsMm - extraTopMm,
  };
}

/** The size of an SVG drawing in CSS pixels, from its viewBox (or width and height); undefined when it has none. */
export function svgSize(svg: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const box = /\sviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(root);
  if (box) return { width: Number(box[1]), height: Number(box[2]) };
  const width = /\swidth\s*=\s*["']([\d.]+)(px)?["']/.exec(root);
  const height = /\sheight\s*=\s*["']([\d.]+)(px)?["']/.exec(root);
  return width && height ? { width: Number(width[1]), height: Number(height[1]) } : undefined;
}

/** How much a drawing of `size` CSS pixels shrinks to fit an area in millimetres (never enlarged). */
export function fitScale(size: { width: number; height: number }, area: { width: number; height: number }): number {
  return Math.min(1, (area.width * PX_PER_MM) / size.width, (area.height * PX_PER_MM) / size.height);
}

/** The smallest text of a drawing shrunk by `scale`, in points. */
export function textPoints(scale: number): number {
  return SMALLEST_TEXT_PX * 0.75 * scale;
}

/** The smallest scale a drawing may print at: its smallest text at MIN_TEXT_PT. */
export const MIN_SCALE = MIN_TEXT_PT / textPoints(1);

// How much lower than the page's whole room a chart in the text is drawn, in millimetres. Sized to the whole page, with
// its heading and legend kept with it, it left the page before holding only the section that did not fit above it
// (QT-CT-01's 5.6, a heading and two lines, alone on page 4 in LibreOffice, 20 mm free under the chart's legend);
// 10 mm less leaves a heading and three lines room above the chart under a control header of three lines.
const ROOM_ABOVE_CHART_MM = 10;

/**
 * The height a chart printed whole in the text may take on a page whose room is `roomMm` high, the drawing `heightPx`
 * high: ROOM_ABOVE_CHART_MM less, for a short section to share its page, but never so little that its text goes below
 * MIN_TEXT_PT. The PDF and the Word file alike.
 */
export function inTextHeightMm(roomMm: number, heightPx: number): number {
  return Math.min(roomMm, Math.max(roomMm - ROOM_ABOVE_CHART_MM, (heightPx * MIN_SCALE) / PX_PER_MM));
}

/**
 * Largest smallest text a piece of a chart is enlarged to on a page of its own, in points: the body text of an
 * administrative document (Decree 30/2020/NĐ-CP: 13–14 pt), so that a piece never prints larger than the words around it.
 */
export const MAX_TEXT_PT = 13;

/**
 * The scale a piece `tile` of a plan at `scale` prints at on a page of its own whose room is `area` mm: as large as
 * the room allows, its shape kept, never smaller than the plan's nor its smallest text above MAX_TEXT_PT. The plan's
 * scale is the one its widest and deepest pieces need; a narrower piece, or one cut short between two boxes, filled
 * half its page at it.
 */
export function pieceScale(
  tile: { width: number; height: number },
  scale: number,
  area: { width: number; height: number },
): number {
  const fits = Math.min((area.width * PX_PER_MM) / tile.width, (area.height * PX_PER_MM) / tile.height);
  return Math.max(scale, Math.min(fits, MAX_TEXT_PT / textPoints(1)));
}

/** How much neighbouring tiles of a split flowchart repeat of each other, in millimetres: a box cut by one edge shows whole on the other tile. */
export const TILE_OVERLAP_MM = 12;

/**
 * Room, in millimetres, that only the first piece's page (the section heading) and only the last's (the legend) keep
 * beyond the room every page of a split chart has; a chart on one page keeps both.
 */
export interface PageEnds {
  first: number;
  last: number;
}

const NO_ENDS: PageEnds = { first: 0, last: 0 };

// Throws procmap's InternalError unless every one of `sizes` is a finite number above 0: a caller's bug.
function positive(where: string, sizes: Record<string, number>): void {
  const bad = Object.entries(sizes).filter(([, value]) => !(Number.isFinite(value) && value > 0));
  if (bad.length > 0)
    throw new InternalError(`${where}: ${bad.map(([name, value]) => `${name} ${value}`).join(', ')} is not a size`);
}

/** One piece of a flowchart split over several pages: the part of the drawing it shows, in the drawing's CSS pixels. */
export interface Tile {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Row and column of the tile, from 0, and how many of each. */
  row: number;
  column: number;
  /**
   * Present when a cut at its right or foot overlaps the piece beyond it (through a lane or a box taller than a page,
   * TILE_OVERLAP_MM repeated); a cut in a gap between boxes or along a lane's border repeats nothing.
   */
  overlaps?: true;
}

/** How a drawing prints in an area: at one scale, whole or in tiles read row by row. */
export interface TilePlan {
  scale: number;
  rows: number;
  columns: number;
  tiles: Tile[];
  /** The lane names' band, drawn again atop every piece below the first row; absent when not repeated. */
  band?: LaneBand;
}

/** The band of lane names across the top of a swimlane chart, in the drawing's own units. */
export interface LaneBand {
  top: number;
  height: number;
  /** Each lane's left and right edge, left to right, measured from the drawing's left edge (as tiles are). */
  lanes?: readonly { left: number; right: number }[];
}

/** The lane names' band of a swimlane SVG, from its lanes' title boxes; undefined for a chart without lanes. */
export function laneBand(svg: string): LaneBand | undefined {
  const number = (tag: string, name: string) => Number(new RegExp(`\\s${name}="([-\\d.e]+)"`).exec(tag)?.[1]);
  const boxes = [...svg.matchAll(/<rect\b[^>]*\sclass="swimlane-title"[^>]*>/g)].map(([tag]) => ({
    x: number(tag, 'x'),
    y: number(tag, 'y'),
    width: number(tag, 'width'),
    height: number(tag, 'height'),
  }));
  if (boxes.length === 0 || boxes.some((box) => !Number.isFinite(box.y) || !Number.isFinite(box.height)))
    return undefined;
  const top = Math.min(...boxes.map((box) => box.y));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  if (bottom <= top) return undefined;
  const left = svgOrigin(svg).x;
  const lanes = boxes.every((box) => Number.isFinite(box.x) && box.width > 0)
    ? boxes.map((box) => ({ left: box.x - left, right: box.x + box.width - left })).sort((a, b) => a.left - b.left)
    : undefined;
  return { top, height: bottom - top, ...(lanes ? { lanes } : {}) };
}

// Pieces of `length` px needed at `scale` to cover it with pieces of `room` mm that overlap by TILE_OVERLAP_MM, each
// piece after the first giving up `repeat` px at its top to what is drawn again there (the lane names).
function pieces(length: number, room: number, scale: number, repeat = 0, ends: PageEnds = NO_ENDS): number {
  const pxPerMm = PX_PER_MM / scale;
  // The first and last pages' own room (the heading, the legend) taken as more drawing to cover.
  length += (ends.first + ends.last) * pxPerMm;
  if (length <= room * pxPerMm + 1e-6) return 1;
  const advance = (room - TILE_OVERLAP_MM) * pxPerMm - repeat;
  return 1 + Math.ceil((length - room * pxPerMm) / advance - 1e-9);
}

// The largest scale at which `length` px still fits `count` pieces of `room` mm.
function scaleFor(length: number, room: number, count: number, repeat = 0, ends: PageEnds = NO_ENDS): number {
  const rooms = count * room - (count - 1) * TILE_OVERLAP_MM - ends.first - ends.last;
  return (rooms * PX_PER_MM) / (length + (count - 1) * repeat);
}

// The columns a chart of `width` px is cut into along its lanes' borders: as few as fit `room` mm at MIN_SCALE, the
// lanes shared out so that the widest column is as narrow as can be (it sets the scale). The first column starts at
// the drawing's left edge and the last ends at its right, margins and all. Undefined without lanes, or when one lane
// alone is wider than a page (it has to be cut through, in overlapping pieces).
function laneColumns(
  width: number,
  room: number,
  band: LaneBand | undefined,
): { left: number; right: number }[] | undefined {
  const lanes = band?.lanes;
  if (!lanes || lanes.length < 2) return undefined;
  const limit = (room * PX_PER_MM) / MIN_SCALE;
  // Lanes i..j as one column.
  const span = (i: number, j: number) =>
    (j === lanes.length - 1 ? width : lanes[j]!.right) - (i === 0 ? 0 : lanes[i]!.left);
  if (lanes.some((_, i) => span(i, i) > limit)) return undefined;
  // best[k][j]: the narrowest widest column cutting lanes 0..j into k + 1 columns, and where its last column starts.
  const n = lanes.length;
  const best: { widest: number; start: number }[][] = [lanes.map((_, j) => ({ widest: span(0, j), start: 0 }))];
  for (let k = 1; best[k - 1]![n - 1]!.widest > limit; k++) {
    best.push(
      lanes.map((_, j) => {
        let choice = { widest: Infinity, start: j };
        for (let start = k; start <= j; start++) {
          const widest = Math.max(best[k - 1]![start - 1]!.widest, span(start, j));
          if (widest < choice.widest) choice = { widest, start };
        }
        return choice;
      }),
    );
  }
  const columns: { left: number; right: number }[] = [];
  for (let k = best.length - 1, j = n - 1; k >= 0; k--) {
    const start = best[k]![j]!.start;
    columns.unshift({ left: start === 0 ? 0 : lanes[start]!.left, right: j === n - 1 ? width : lanes[j]!.right });
    j = start - 1;
  }
  return columns;
}

// Every way of sharing `lanes` out into `count` columns along their borders, none wider than `room` mm at MIN_SCALE
// nor less than half as wide as the widest, left to right (as laneColumns' columns are). At most `most` of them: a
// chart of very many lanes keeps laneColumns' choice rather than try them all.
function laneGroupings(
  width: number,
  room: number,
  lanes: readonly { left: number; right: number }[],
  count: number,
  most = 2000,
): { left: number; right: number }[][] {
  const limit = (room * PX_PER_MM) / MIN_SCALE;
  const edge = (i: number) => (i === 0 ? 0 : i === lanes.length ? width : lanes[i]!.left);
  const found: { left: number; right: number }[][] = [];
  const grow = (start: number, made: { left: number; right: number }[]): void => {
    if (found.length >= most) return;
    if (made.length === count - 1) {
      const columns = [...made, { left: edge(start), right: width }];
      const widths = columns.map((column) => column.right - column.left);
      // A column less than half as wide as the widest leaves its pages half empty across.
      if (Math.max(...widths) <= limit && Math.min(...widths) >= LEAST_FILL * Math.max(...widths)) found.push(columns);
      return;
    }
    // Each column holds a lane at least and leaves one for each column after it.
    for (let end = start + 1; end <= lanes.length - (count - made.length - 1); end++) {
      const right = lanes[end - 1]!.right;
      if (right - edge(start) > limit) break;
      grow(end, [...made, { left: edge(start), right }]);
    }
  };
  grow(0, []);
  return found;
}

/** Where something is drawn down a drawing (a step's box, an arrow's label), from its top edge, in its own units. */
export interface Extent {
  top: number;
  bottom: number;
  /** Where it is drawn across, from the drawing's left edge (as tiles are); absent when not known. */
  left?: number;
  right?: number;
  /**
   * Present for what is drawn around the steps (the start and end, a parallel bar, the time summary's note, an arrow's
   * label): a cut keeps it whole too, but a page showing it beside a step or two is still a page for a step or two.
   */
  accessory?: true;
}

// How full a piece cut between two boxes must at least be, of what its page holds: a cut higher up, to keep a box
// whole, would waste more paper than the box it saves; the box is then cut through, as one taller than a page is.
const LEAST_FILL = 0.5;

// The rows of pieces down a drawing `height` px tall, each `span` px deep, a piece below the first giving up
// `repeat` px at its top to the lane names. A row ends in the gap between two boxes, the lowest that fits and leaves
// the piece LEAST_FILL full, halfway down the gap (or at the page's foot), and the next row starts there: nothing is
// cut, so nothing is shown twice. Where no gap will do, the cut falls at the page's foot and the next row repeats the
// last `overlap` px, as it does with no `extents` at all. What lies below the last box (the lanes' empty ends) is
// left out when it would print as a strip of its own. With `skip` (the pieces of one column of lanes), a stretch
// with no box of `extents` is left out too: a row then starts `overlap` px above the next box, lower than `lead` (the
// chart's first box: above it, a row starts at the top), and shows the lane names over its top as later rows do.
// `ends` (px): the first row is that much less deep (the heading's room), and a row is the last only when it leaves
// the legend's room too.
function rowCuts(
  height: number,
  span: number,
  overlap: number,
  repeat: number,
  extents: readonly Extent[],
  skip?: { lead: number },
  ends: PageEnds = NO_ENDS,
): { y: number; height: number; overlaps?: true }[] {
  // Rows advance by what a page holds: a NaN, infinite or empty one would never reach the foot.
  positive('rowCuts', { height, span });
  if (![overlap, repeat].every((value) => Number.isFinite(value) && value >= 0))
    throw new InternalError(`rowCuts: overlap ${overlap} and repeat ${repeat} must be finite, not negative`);
  // The boxes merged where they overlap down the drawing: a cut may fall only between two of these. `step`: the
  // block holds a step, not only what is drawn around the steps.
  const blocks: (Extent & { step: boolean })[] = [];
  for (const extent of [...extents].sort((a, b) => a.top - b.top)) {
    const last = blocks.at(-1);
    if (last && extent.top <= last.bottom) {
      last.bottom = Math.max(last.bottom, extent.bottom);
      last.step ||= !extent.accessory;
    } else blocks.push({ ...extent, step: !extent.accessory });
  }
  // The last block holding a step: a cut below it would leave a page of the end and the time summary alone.
  const lastStep = blocks.map((block) => block.step).lastIndexOf(true);
  // Where the next row starts at the earliest, `from` on: `overlap` above the next box when skipping empty stretches.
  const next = (from: number) => {
    const below = skip && blocks.find((block) => block.bottom > from);
    return below && below.top - overlap > Math.max(from, skip.lead) ? below.top - overlap : from;
  };
  const end = blocks.at(-1)?.bottom;
  const rows: { y: number; height: number; overlaps?: true }[] = [];
  // `from`: where what the piece shows starts, below the lane names drawn over its top.
  for (let from = next(0); ;) {
    const y = rows.length === 0 && from === 0 ? 0 : from - repeat;
    // A page too shallow for the heading still holds a quarter of a page's depth (placedOn checks what it planned).
    const deep = rows.length === 0 ? Math.max(span / 4, span - ends.first) : span;
    const foot = y + deep;
    const lastDeep = Math.max(span / 4, deep - ends.last);
    if (y + lastDeep >= height - 1e-6) return [...rows, { y, height: height - y }];
    if (end !== undefined && y + lastDeep >= end) return [...rows, { y, height: lastDeep }];
    const least = from + LEAST_FILL * (foot - from);
    let cut: number | undefined;
    // A cut after the last step would leave the next page with no step (QT-SNNMT-MT-02: the end and the summary under
    // the lane names): the last step goes down with them instead.
    for (let k = 0; k + 1 < blocks.length && (lastStep < 0 || k < lastStep); k++) {
      const at = Math.min(foot, (blocks[k]!.bottom + blocks[k + 1]!.top) / 2);
      if (at > blocks[k]!.bottom && at >= least && at > from) cut = Math.max(cut ?? at, at);
    }
    // Cut at the page's foot, the next row repeats its last `overlap` px: this piece and that one overlap.
    rows.push({ y, height: (cut ?? foot) - y, ...(cut === undefined ? { overlaps: true as const } : {}) });
    // A page too shallow for more than its overlap and the lane names (evenCuts tries shallower ones) still moves on.
    from = next(Math.max(cut ?? foot - overlap, from + 1));
  }
}

// A piece showing this many steps or fewer is a page spent on one or two steps: "lone". Only steps and decisions
// count: a page of one step, the end and the time summary's note (an 8-lane chart's last on A3) is still one step's.
const LONE_BOXES = 2;

// The steps and decisions among `drawn`: what a page is printed for (Extent.accessory).
function stepsAmong<T extends { accessory?: true }>(drawn: readonly T[]): T[] {
  return drawn.filter((one) => !one.accessory);
}

// The rows `cutAt` a page `span` px deep makes; when the last shows no more than a box or two of `extents` on a page
// of empty lanes, made even: cut at the shallowest depth that needs no more rows (they print no smaller, only less
// deep), so that the boxes above share its page.
function evenCuts(
  cutAt: (depth: number) => { y: number; height: number; overlaps?: true }[],
  span: number,
  extents: readonly Extent[],
): { y: number; height: number; overlaps?: true }[] {
  const cuts = cutAt(span);
  const last = cuts.at(-1)!;
  const shown = extents.filter((extent) => (extent.top + extent.bottom) / 2 >= last.y);
  if (cuts.length === 1 || shown.length === 0 || stepsAmong(shown).length > LONE_BOXES) return cuts;
  const count = cuts.length;
  let [fits, short] = [span, span / 2];
  for (let i = 0; i < 30 && fits - short > 0.5; i++) {
    const middle = (fits + short) / 2;
    if (cutAt(middle).length <= count) fits = middle;
    else short = middle;
  }
  return cutAt(fits);
}

// The extents whose middle a tile holds: the boxes it shows.
function shownIn(tile: Tile, extents: readonly Extent[]): Extent[] {
  return extents.filter((extent) => {
    const [x, y] = [((extent.left ?? 0) + (extent.right ?? 0)) / 2, (extent.top + extent.bottom) / 2];
    return x >= tile.x && x <= tile.x + tile.width && y >= tile.y && y <= tile.y + tile.height;
  });
}

// A piece showing a box or two of its column (a stub) is taken into the piece beside it, in the next column left or
// right, when that piece already spans the stub's boxes down and, widened to the lanes they are in, still fits a page
// `room` px wide: the reader gets no page for one box. `tiles` is changed in place; returns the widths a stub left
// (its narrowest widened neighbour was wider than `room`), for a smaller print to try.
function mergeStubs(
  tiles: Tile[],
  extents: readonly Extent[],
  lanes: readonly { left: number; right: number }[],
  width: number,
  room: number,
): number[] {
  const wanted: number[] = [];
  // The lane holding `x`, to its borders (the first from the drawing's left edge, the last to its right).
  const lane = (x: number) => {
    const index = lanes.findIndex((lane) => x < lane.right);
    const at = index < 0 ? lanes.length - 1 : index;
    return { left: at === 0 ? 0 : lanes[at]!.left, right: at === lanes.length - 1 ? width : lanes[at]!.right };
  };
  for (const stub of [...tiles]) {
    const shown = shownIn(stub, extents);
    if (shown.length === 0 || stepsAmong(shown).length > LONE_BOXES) continue;
    const left = Math.min(...shown.map((extent) => lane(extent.left!).left));
    const right = Math.max(...shown.map((extent) => lane(extent.right!).right));
    const widened = (tile: Tile) => Math.max(right, tile.x + tile.width) - Math.min(left, tile.x);
    const hosts = tiles
      .filter(
        (tile) =>
          tile !== stub &&
          Math.abs(tile.column - stub.column) === 1 &&
          stepsAmong(shownIn(tile, extents)).length > LONE_BOXES &&
          shown.every((extent) => extent.top >= tile.y && extent.bottom <= tile.y + tile.height),
      )
      .sort((a, b) => widened(a) - widened(b));
    const host = hosts[0];
    if (!host) continue;
    if (widened(host) > room + 1e-6) {
      wanted.push(widened(host));
      continue;
    }
    const [from, to] = [Math.min(left, host.x), Math.max(right, host.x + host.width)];
    [host.x, host.width] = [from, to - from];
    tiles.splice(tiles.indexOf(stub), 1);
  }
  return wanted;
}

// How many of `tiles` show no more than a box or two of `extents` (by their middles), when others show more: pages
// spent on one or two steps.
function lonePieces(tiles: readonly Tile[], extents: readonly Extent[]): number {
  const counts = tiles.map((tile) => stepsAmong(shownIn(tile, extents)).length);
  return counts.every((count) => count <= LONE_BOXES) ? 0 : counts.filter((count) => count <= LONE_BOXES).length;
}

// The pages `tiles` cost, a lone piece counting as two (as piecesCost counts them).
function tilesCost(tiles: readonly Tile[], extents: readonly Extent[]): number {
  return tiles.length + lonePieces(tiles, extents);
}

/**
 * How a drawing prints in an area without its text going below MIN_TEXT_PT: whole, shrunk to fit, when that keeps
 * the text at the minimum or above; otherwise cut into tiles, as few as the minimum allows, each printed as large as
 * that number of tiles allows (never enlarged). Pieces across hold whole lanes when the band knows them and each
 * lane fits a page; otherwise they are of equal width (a chart a little too wide is cut in halves, not into a page
 * and a strip) and overlap by TILE_OVERLAP_MM. Pieces down fill each page, cut between the boxes of `extents` (where
 * the steps are drawn, from the drawing's top edge) rather than through one, and with `band` each piece below the
 * first row shows the lane names again at its top, so that a continued page still says whose column is whose.
 * `area` is the room of a page in the middle of the chart; `ends`, what its first and last pages keep beyond that (the
 * section heading, the legend): the first piece is that much less deep, the last too, a chart on one page both.
 */
export function tilePlan(
  size: { width: number; height: number },
  area: { width: number; height: number },
  band?: LaneBand,
  extents: readonly Extent[] = [],
  ends: PageEnds = NO_ENDS,
): TilePlan {
  // A drawing or page that is not a size (NaN from a page's arithmetic, Infinity) would cut pieces for ever.
  positive('tilePlan', {
    width: size.width,
    height: size.height,
    'area width': area.width,
    'area height': area.height,
  });
  const whole = fitScale(size, { width: area.width, height: area.height - ends.first - ends.last });
  if (whole >= MIN_SCALE)
    return { scale: whole, rows: 1, columns: 1, tiles: [{ ...size, x: 0, y: 0, row: 0, column: 0 }] };
  // A band too deep to leave room for the chart below it on a page is not repeated.
  const repeat = band && band.height < ((area.height - TILE_OVERLAP_MM) * PX_PER_MM) / MIN_SCALE / 2 ? band : undefined;
  const rows = pieces(size.height, area.height, MIN_SCALE, repeat?.height, ends);
  // The heading's and the legend's room in the drawing's px at `scale`.
  const endsAt = (scale: number): PageEnds => ({
    first: (ends.first * PX_PER_MM) / scale,
    last: (ends.last * PX_PER_MM) / scale,
  });
  // Cut across along the lanes' borders when whole lanes fit a page: a cut through a lane halves its steps' boxes
  // and its name, which the 12 mm overlap, narrower than a box, does not show whole on either piece.
  const byLane = pieces(size.width, area.width, MIN_SCALE) > 1 ? laneColumns(size.width, area.width, band) : undefined;
  const columns = byLane?.length ?? pieces(size.width, area.width, MIN_SCALE);
  const cutsAt = (scale: number) =>
    rowCuts(
      size.height,
      (area.height * PX_PER_MM) / scale,
      (TILE_OVERLAP_MM * PX_PER_MM) / scale,
      repeat?.height ?? 0,
      extents,
      undefined,
      endsAt(scale),
    );
  // The scale the widest piece across allows (`across`), and the rows down at it.
  const settle = (across: number) => {
    const planned = Math.min(1, across, scaleFor(size.height, area.height, rows, repeat?.height, ends));
    // Cuts between boxes leave pages less than full: when they need more rows than planned, the chart prints a little
    // smaller (never below MIN_SCALE) if that keeps to as few rows as the smallest text allows.
    let scale = planned;
    let cuts = cutsAt(scale);
    if (cuts.length > rows && planned > MIN_SCALE) {
      const fewest = Math.max(rows, cutsAt(MIN_SCALE).length);
      let [fits, over] = [MIN_SCALE, planned];
      for (let i = 0; i < 40 && over - fits > 1e-9; i++) {
        const mid = (fits + over) / 2;
        if (cutsAt(mid).length <= fewest) fits = mid;
        else over = mid;
      }
      if (fits < planned && cutsAt(fits).length < cuts.length) [scale, cuts] = [fits, cutsAt(fits)];
    }
    return { scale, cuts };
  };
  const widest = (grouping: readonly { left: number; right: number }[]) =>
    (area.width * PX_PER_MM) / Math.max(...grouping.map((column) => column.right - column.left));
  // Lanes grouped into `grouping`'s columns at `scale`, each column cut down on its own, between its own boxes.
  const columnTiles = (
    grouping: readonly { left: number; right: number }[],
    scale: number,
  ): { plan: TilePlan; wanted: number[] } => {
    const overlap = (TILE_OVERLAP_MM * PX_PER_MM) / scale;
    const span = (area.height * PX_PER_MM) / scale;
    const lead = Math.min(...extents.map((extent) => extent.top));
    const tiles: Tile[] = [];
    grouping.forEach((column, index) => {
      const own = extents.filter((extent) => {
        const middle = (extent.left! + extent.right!) / 2;
        return middle >= column.left && (middle < column.right || index === grouping.length - 1);
      });
      if (own.length === 0) return;
      const cutAt = (depth: number) =>
        rowCuts(size.height, depth, overlap, repeat?.height ?? 0, own, { lead }, endsAt(scale));
      const columnCuts = evenCuts(cutAt, span, own);
      // A column starting lower than the top has the lane names drawn over its first piece: a row after the first.
      const below = columnCuts[0]!.y > 0 ? 1 : 0;
      columnCuts.forEach((cut, k) => {
        tiles.push({
          x: column.left,
          y: cut.y,
          width: column.right - column.left,
          height: cut.height,
          row: k + below,
          column: index,
          ...(cut.overlaps ? { overlaps: true as const } : {}),
        });
      });
    });
    const wanted = mergeStubs(tiles, extents, band!.lanes!, size.width, (area.width * PX_PER_MM) / scale);
    // Read top to bottom, then left to right, as the steps run down the lanes.
    tiles.sort((a, b) => a.y - b.y || a.column - b.column);
    const down = Math.max(...tiles.map((tile) => tile.row)) + 1;
    const plan = {
      scale,
      rows: down,
      columns: grouping.length,
      tiles,
      ...(repeat && down > 1 ? { band: repeat } : {}),
    };
    return { plan, wanted };
  };
  const located = byLane && extents.length > 0 && extents.every((e) => e.left !== undefined && e.right !== undefined);
  if (byLane && located) {
    // Each column of lanes cut down on its own (columnTiles). The columns that make the widest narrowest print the
    // chart largest, but may leave a column whose last piece holds a box or two on a page of empty lanes: then the
    // lanes are shared out another way, the one that needs the fewest pages counting such a piece twice (as
    // piecesCost does), then prints largest.
    // A column whose last piece is lone may need a row fewer a little smaller: the largest print, never below
    // MIN_SCALE, that costs fewer pages than `plan` (none when even MIN_SCALE does not).
    const fewerAt = (grouping: readonly { left: number; right: number }[], plan: TilePlan): TilePlan[] => {
      if (lonePieces(plan.tiles, extents) === 0) return [];
      const target = tilesCost(columnTiles(grouping, MIN_SCALE).plan.tiles, extents);
      if (target >= tilesCost(plan.tiles, extents)) return [];
      let [fits, over] = [MIN_SCALE, plan.scale];
      for (let i = 0; i < 30 && over - fits > 1e-6; i++) {
        const mid = (fits + over) / 2;
        if (tilesCost(columnTiles(grouping, mid).plan.tiles, extents) <= target) fits = mid;
        else over = mid;
      }
      return [columnTiles(grouping, fits).plan];
    };
    // Each grouping at the scale its widest column allows, and, where a stub's neighbour widened to take it was too
    // wide for the page, at the scale that fits it (never below MIN_SCALE): a print a little smaller that saves a page;
    // and at the largest scale that needs fewer pages (fewerAt).
    const laid = (grouping: readonly { left: number; right: number }[]) => {
      const first = columnTiles(grouping, settle(widest(grouping)).scale);
      const smaller = first.wanted
        .map((want) => (area.width * PX_PER_MM) / want)
        .filter((scale) => scale >= MIN_SCALE && scale < first.plan.scale)
        .map((scale) => columnTiles(grouping, scale).plan);
      return [first.plan, ...smaller, ...fewerAt(grouping, first.plan)];
    };
    const [first, ...others] = laid(byLane);
    if (lonePieces(first!.tiles, extents) === 0) return first!;
    let best = { plan: first!, cost: tilesCost(first!.tiles, extents) };
    const groupings = laneGroupings(size.width, area.width, band!.lanes!, byLane.length);
    for (const plan of [...others, ...groupings.flatMap(laid)]) {
      const cost = tilesCost(plan.tiles, extents);
      if (cost < best.cost || (cost === best.cost && plan.scale > best.plan.scale + 1e-9)) best = { plan, cost };
    }
    return best.plan;
  }
  const settled = settle(byLane ? widest(byLane) : scaleFor(size.width, area.width, columns));
  const scale = settled.scale;
  let cuts = settled.cuts;
  const overlap = (TILE_OVERLAP_MM * PX_PER_MM) / scale;
  if (cuts.length > 1 && extents.length > 0)
    cuts = evenCuts(
      (depth) => rowCuts(size.height, depth, overlap, repeat?.height ?? 0, extents, undefined, endsAt(scale)),
      (area.height * PX_PER_MM) / scale,
      extents,
    );
  const width = columns === 1 ? size.width : (size.width + (columns - 1) * overlap) / columns;
  const tiles: Tile[] = [];
  cuts.forEach((cut, row) => {
    for (let column = 0; column < columns; column++) {
      const x = byLane ? byLane[column]!.left : column * (width - overlap);
      tiles.push({
        x,
        y: cut.y,
        width: byLane ? byLane[column]!.right - x : Math.min(width, size.width - x),
        height: cut.height,
        row,
        column,
        // Equal pieces across overlap by TILE_OVERLAP_MM; pieces along the lanes' borders meet there.
        ...(cut.overlaps || (!byLane && column < columns - 1) ? { overlaps: true as const } : {}),
      });
    }
  });
  return { scale, rows: cuts.length, columns, tiles, ...(repeat && cuts.length > 1 ? { band: repeat } : {}) };
}

/** A box of a drawing, in its own units: where a step, an arrow or a label is drawn. */
export interface DrawnBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Present for a start or end, a parallel bar or the time summary's note: drawn, but not a step (Extent.accessory). */
  accessory?: true;
}

// The numbers of a path's `d` as x, y pairs: its commands here are absolute (M, L, C), as mermaid writes edges and
// node outlines.
function pathBox(d: string, dx = 0, dy = 0): DrawnBox | undefined {
  const numbers = (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/gi) ?? []).map(Number);
  if (numbers.length < 2) return undefined;
  const xs = numbers.filter((_, i) => i % 2 === 0).map((x) => x + dx);
  const ys = numbers.filter((_, i) => i % 2 === 1).map((y) => y + dy);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

// A step's outline in its own markup, placed at (x, y): its first path, polygon (moved by its own translate, as a
// decision's is) or rect (a step's box, a note); undefined when it has none of these.
function outlineBox(own: string, x: number, y: number): DrawnBox | undefined {
  const outline = /<(path|polygon|rect)\b([^>]*?\s(?:d|points|height)="[^"]*"[^>]*)>/.exec(own);
  if (!outline) return undefined;
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(outline[2]!)?.[1];
  if (outline[1] === 'rect') {
    const [left, top, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(attribute(name) ?? 0));
    if (![left, top, width, height].every(Number.isFinite) || !(height! > 0)) return undefined;
    return { left: x + left!, top: y + top!, right: x + left! + width!, bottom: y + top! + height! };
  }
  const moved = /^\s*translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)\s*$/.exec(attribute('transform') ?? '');
  const [dx, dy] = moved ? [Number(moved[1]), Number(moved[2])] : [0, 0];
  return pathBox(attribute(outline[1] === 'path' ? 'd' : 'points') ?? '', x + dx, y + dy);
}

// The classes mermaid.ts gives what is drawn around the steps: the start and end, parallel bars, the time summary.
const ACCESSORIES = /(^|\s)(terminal|bar|note)(\s|$)/;

// Where each step's outline (placed by its translate) and each arrow label's place are drawn, those around the steps
// marked (Extent.accessory).
function placedBoxes(svg: string, stepsOnly = false): DrawnBox[] {
  const boxes: DrawnBox[] = [];
  const place = /<g class="(node|edgeLabel)\b([^"]*)"[^>]*\stransform="translate\(([-\d.e]+),\s*([-\d.e]+)\)"[^>]*>/g;
  for (const match of svg.matchAll(place)) {
    const [x, y] = [Number(match[3]), Number(match[4])];
    // The step's own markup: up to the next step's, at most 20 kB (a terminal's hand-drawn outline takes 12).
    const from = match.index + match[0].length;
    const next = svg.indexOf('<g class="node', from);
    const own = svg.slice(from, Math.min(next < 0 ? svg.length : next, from + 20000));
    if (stepsOnly && match[1] !== 'node') continue;
    const box = match[1] === 'node' ? outlineBox(own, x, y) : undefined;
    const around = match[1] !== 'node' || ACCESSORIES.test(match[2]!);
    boxes.push({
      ...(box ?? { left: x - 40, top: y - 20, right: x + 40, bottom: y + 20 }),
      ...(around ? { accessory: true as const } : {}),
    });
  }
  return boxes;
}

/**
 * Where a swimlane chart draws something: each step's outline (placed by its translate), each arrow's path and each
 * arrow label's place. The lanes themselves are not content: a piece that shows only empty lanes is
 * one no reader needs. Empty when the drawing is not a chart procmap knows (then no piece is left out).
 */
export function drawnBoxes(svg: string): DrawnBox[] {
  const boxes = placedBoxes(svg);
  for (const match of svg.matchAll(/<path\b[^>]*\sd="([^"]*)"[^>]*class="[^"]*flowchart-link[^"]*"/g)) {
    const box = pathBox(match[1]!);
    if (box) boxes.push(box);
  }
  return boxes;
}

/**
 * Where a chart's steps and arrow labels are drawn down it, from its top edge (as tiles are): what a cut between two
 * pieces must not pass through. Arrows are left out: they run between the boxes, and a cut across one is read on.
 */
export function stepExtents(svg: string): Extent[] {
  const { x: left, y: top } = svgOrigin(svg);
  return placedBoxes(svg).map((box) => ({
    top: box.top - top,
    bottom: box.bottom - top,
    left: box.left - left,
    right: box.right - left,
    ...(box.accessory ? { accessory: true as const } : {}),
  }));
}

/**
 * Where a chart's steps are drawn, each its outline (placed by its translate), in the drawing's own units: what a piece
 * of a split chart is printed for. Arrows and their labels are left out: a piece that shows only an arrow passing
 * through empty lanes, or a "Có" beside one, is a page no reader needs.
 */
export function stepBoxes(svg: string): DrawnBox[] {
  return placedBoxes(svg, true);
}

// How many of `boxes` a tile shows: those whose middle lies in it (a box cut by its edge shows whole on the piece
// beyond, where its middle is; one in the overlap of two pieces counts on both).
function boxesIn(tile: Tile, boxes: readonly DrawnBox[], origin: { x: number; y: number }): number {
  const [left, top] = [origin.x + tile.x, origin.y + tile.y];
  const [right, bottom] = [left + tile.width, top + tile.height];
  return boxes.filter((box) => {
    const [x, y] = [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
    return x >= left && x <= right && y >= top && y <= bottom;
  }).length;
}

/**
 * The plan without its pieces that show no step's box (stepBoxes): a chart of many lanes whose steps run down the
 * diagonal leaves pieces of empty lanes, or of an arrow passing through them. Read in the same order; unchanged when
 * `boxes` is empty (a drawing procmap cannot read). `origin` is the drawing's viewBox corner.
 */
export function withoutEmptyTiles(
  plan: TilePlan,
  boxes: readonly DrawnBox[],
  origin: { x: number; y: number },
): TilePlan {
  if (boxes.length === 0 || plan.tiles.length === 1) return plan;
  const tiles = plan.tiles.filter((tile) => boxesIn(tile, boxes, origin) > 0);
  return tiles.length === plan.tiles.length || tiles.length === 0 ? plan : { ...plan, tiles };
}

/**
 * What a split chart's pieces cost the reader, in pages: one per piece, and one more for each lone piece (one or two
 * step boxes on a whole page, mostly empty lanes) unless every piece holds so few; a piece is worth its paper only when
 * it shows a share of the chart. `plan` is already without its empty pieces (withoutEmptyTiles).
 */
export function piecesCost(plan: TilePlan, boxes: readonly DrawnBox[], origin: { x: number; y: number }): number {
  if (plan.tiles.length === 1 || boxes.length === 0) return plan.tiles.length;
  // Every box counts here, the end and the time summary too: between two ways to turn the paper, the end and the
  // summary beside a last step make a short last page, which reads better than a column of two steps in the middle
  // of the flow on a page of their own (QT-XD-GP-01: three full landscape pieces, not two upright ones). Within one
  // way (tilePlan), only steps count, so that the last page is evened out with the pages before it.
  const counts = plan.tiles.map((tile) => boxesIn(tile, boxes, origin));
  // A chart of few large boxes (two a page at most) has no piece lonelier than the others.
  if (counts.every((count) => count <= LONE_BOXES)) return plan.tiles.length;
  return plan.tiles.length + counts.filter((count) => count <= LONE_BOXES).length;
}

/**
 * The one piece of a plan that leaves out a strip of the drawing (the lanes' empty ends below the time summary,
 * withoutEmptyTiles): printed as cut, at the plan's scale, it fits the room it was planned for, where the whole drawing
 * shrinks below it (QT-SNNMT-DD-07: 6.95 pt). Undefined for a plan of several pieces, or of the whole drawing.
 */
export function cutPiece(
  plan: TilePlan | undefined,
  size: { width: number; height: number } | undefined,
): Tile | undefined {
  const piece = plan?.tiles.length === 1 ? plan.tiles[0] : undefined;
  return piece && size && (piece.height < size.height - 0.5 || piece.width < size.width - 0.5) ? piece : undefined;
}

/**
 * The better of two ways to print a chart in pieces (each already without its empty pieces), as the document and
 * `flowchart --format pdf` both choose: the fewer pages counting a lone piece twice (piecesCost), then fewer columns
 * (a cut across the lanes is harder to follow than one along them), then the larger print; `first` on a full tie.
 */
export function betterPlan(
  first: TilePlan,
  second: TilePlan,
  boxes: readonly DrawnBox[],
  origin: { x: number; y: number },
): TilePlan {
  const rank = (plan: TilePlan) => [piecesCost(plan, boxes, origin), plan.columns, -plan.scale];
  const [a, b] = [rank(first), rank(second)];
  const index = a.findIndex((value, i) => Math.abs(value - b[i]!) > 1e-9);
  return index < 0 || a[index]! < b[index]! ? first : second;
}

/**
 * The drawing as the HTML document shows it on screen, in a column as wide as the printed page's text (A4 upright, the
 * Decree 30 margins): one wider shrinks to the column, but no further than its smallest text at MIN_TEXT_PT
 * (MIN_SCALE), and scrolls sideways in its box beyond that; one that fits is returned unchanged, byte for byte.
 */
export function screenFitted(svg: string): string {
  const root = /<svg\b[^>]*>/.exec(svg);
  const size = root && svgSize(root[0]);
  if (!root || !size || size.width <= documentArea('A4', false).width * PX_PER_MM) return svg;
  // Inline, not in the stylesheet: an agency's own stylesheet keeps it, and it needs the drawing's own width.
  return withRootStyle(svg, `max-width: 100%; min-width: ${Math.ceil(size.width * MIN_SCALE)}px;`);
}

// The drawing with `fit` added to its root element's inline style (kept by an agency's own stylesheet).
function withRootStyle(svg: string, fit: string): string {
  const root = /<svg\b[^>]*>/.exec(svg);
  if (!root) return svg;
  const style = /\sstyle\s*=\s*"([^"]*)"/.exec(root[0]);
  const tag = style
    ? root[0].replace(style[0], ` style="${style[1]!.trim()}${style[1]!.trim() ? ' ' : ''}${fit}"`)
    : root[0].replace(/^<svg\b/, `<svg style="${fit}"`);
  return svg.slice(0, root.index) + tag + svg.slice(root.index + root[0].length);
}

/**
 * The drawing as the PDF prints it whole on a page: no taller than `heightMm`, the room flowchartSheet planned it for
 * (the page below the control header as it prints, less the heading's and the legend's room), so that the legend
 * stays whole on the chart's page. The stylesheet's fixed heights are for the stylesheet's header; a long title's
 * header is taller.
 */
export function printFitted(svg: string, heightMm: number): string {
  return withRootStyle(svg, `max-height: ${heightMm.toFixed(1)}mm;`);
}

/** The corner of a drawing's viewBox: where its own units start. */
export function svgOrigin(svg: string): { x: number; y: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const origin = /\sviewBox\s*=\s*["']\s*([-\d.]+)[\s,]+([-\d.]+)/.exec(root);
  return origin ? { x: Number(origin[1]), y: Number(origin[2]) } : { x: 0, y: 0 };
}

/** Where a document's flowchart goes: in the text (sheet null) or on pages of its own, and how it is cut into tiles there. */
export interface FlowchartPlacement {
  sheet: Sheet | null;
  /** The size the smallest text prints at, in points: MIN_TEXT_PT or more, unless the drawing has no size. */
  textPt: number;
  /** The tiles, one per page; one tile is the whole drawing. */
  plan: TilePlan;
}

/**
 * A document's flowchart on `sheet` (null: in the text), cut into pieces for the room it leaves below a header taking
 * `extraTopMm` beyond the stylesheet's margin, those showing none of `steps` left out (as flowchartSheet plans).
 */
export function placedOn(
  sheet: Sheet | null,
  size: { width: number; height: number } | undefined,
  band: LaneBand | undefined,
  extraTopMm: HeaderExtra,
  extents: readonly Extent[],
  steps: readonly DrawnBox[],
  origin: { x: number; y: number },
): FlowchartPlacement {
  const landscape = sheet?.landscape ?? false;
  const extra = extraOn(extraTopMm, landscape);
  const drawing = size ?? { width: 1, height: 1 };
  // Planned with the room each page really has: the heading atop the first piece, the legend under the last.
  const area = documentArea(sheet?.paper ?? 'A4', landscape, extra, CAPTION_ROOM_MM.each);
  const ends = { first: CAPTION_ROOM_MM.heading, last: CAPTION_ROOM_MM.legend };
  const fitted = withoutEmptyTiles(tilePlan(drawing, area, band, extents, ends), steps, origin);
  // Every page keeping the room of both, as a chart on one page does: always fits. Taken when the plan above does not
  // (a piece left out at either end, showing no step, left a deeper piece first or last than its page holds), or
  // saves no page and ends on more pieces of a box or two (nine lanes on A4: 6 pieces the last of two steps, or 7
  // full ones), or prints smaller for the same pages.
  const all = documentArea(sheet?.paper ?? 'A4', landscape, extra);
  const kept = withoutEmptyTiles(tilePlan(drawing, all, band, extents), steps, origin);
  const rank = (plan: TilePlan) => {
    const cost = piecesCost(plan, steps, origin);
    return [cost, cost - plan.tiles.length, -plan.scale];
  };
  const [a, b] = [rank(fitted), rank(kept)];
  const index = a.findIndex((value, i) => Math.abs(value - b[i]!) > 1e-9);
  const plan = fitsItsPages(fitted, area, ends) && (index < 0 || a[index]! < b[index]!) ? fitted : kept;
  return { sheet, textPt: size === undefined ? MIN_TEXT_PT : textPoints(plan.scale), plan };
}

/**
 * Whether each piece of `plan`, printed at its scale, fits the room of its page: `area` less the first page's and the
 * last's own room (`ends`, mm), both on a chart of one page.
 */
export function fitsItsPages(plan: TilePlan, area: { width: number; height: number }, ends: PageEnds): boolean {
  const count = plan.tiles.length;
  return plan.tiles.every((tile, i) => {
    const room = area.height - (i === 0 ? ends.first : 0) - (i === count - 1 ? ends.last : 0);
    return (tile.height * plan.scale) / PX_PER_MM <= room + 0.01;
  });
}

/**
 * The room of the page of the `index`-th of `count` pieces of a split chart (`count` 1: a chart on one page), in mm:
 * the heading's room kept on the first, the legend's on the last (CAPTION_ROOM_MM), as placedOn planned them.
 */
export function pieceArea(
  paper: Paper,
  landscape: boolean,
  index: number,
  count: number,
  extraTopMm = 0,
): { width: number; height: number } {
  const captions =
    CAPTION_ROOM_MM.each +
    (index === 0 ? CAPTION_ROOM_MM.heading : 0) +
    (index === count - 1 ? CAPTION_ROOM_MM.legend : 0);
  return documentArea(paper, landscape, extraTopMm, captions);
}

/**
 * The page a document's flowchart goes on, with the size its smallest text prints at there. It stays in the text
 * (sheet null) when it has fewer than five lanes and prints its text at MIN_TEXT_PT or more there. Otherwise it gets
 * pages of its own: landscape when the chart fits one page either way (five lanes or more read best across), else
 * turned as `flowchart --format pdf` turns it (betterPlan: fewer pages, a lone box on a page counting as a page more,
 * then fewer cuts across the lanes, then the larger print). When one page would print the text below MIN_TEXT_PT, the
 * chart is split over several pages rather than shrunk further, its pieces cut between the boxes of `extents`
 * (stepExtents), and those showing none of `steps` (stepBoxes, from the viewBox corner `origin`) left out.
 * `extraTopMm`: room the page header takes beyond the stylesheet's margin (headerExtraMm), on every page, or apart on
 * upright and landscape ones.
 */
export function flowchartSheet(
  size: { width: number; height: number } | undefined,
  lanes: number,
  paper: Paper = 'A4',
  band?: LaneBand,
  extraTopMm: HeaderExtra = 0,
  extents: readonly Extent[] = [],
  steps: readonly DrawnBox[] = [],
  origin: { x: number; y: number } = { x: 0, y: 0 },
): FlowchartPlacement {
  const placed = (sheet: Sheet | null) => placedOn(sheet, size, band, extraTopMm, extents, steps, origin);
  const inline = placed(null);
  if (lanes < LANDSCAPE_LANES && inline.plan.tiles.length === 1) return inline;
  // Many lanes read best across a landscape page, but not at the price of more pieces or of pages nearly empty: an
  // 8-lane chart on A3 printed in four landscape pieces at 11 pt fits two upright ones at 9 pt, but three lanes cut
  // into two upright pieces, the second a lane with two boxes at its foot, read better in three landscape ones.
  const wide = placed({ paper, landscape: true });
  const upright = placed({ paper, landscape: false });
  if (wide.plan.tiles.length === 1 && upright.plan.tiles.length === 1) return wide;
  return betterPlan(wide.plan, upright.plan, steps, origin) === wide.plan ? wide : upright;
}

/**
 * The page of a flowchart printed whole as one picture (the Word file, when flowchartSheet needs no tiles), with the size its
 * smallest text prints at there: in the text when it has fewer than five lanes and prints at MIN_TEXT_PT or more
 * there; otherwise on a page of its own, landscape, unless the chart is so tall that an upright page prints it larger
 * and landscape would print its text below MIN_TEXT_PT.
 */
export function pictureSheet(
  size: { width: number; height: number } | undefined,
  lanes: number,
  paper: Paper = 'A4',
): { sheet: Sheet | null; textPt: number } {
  const at = (area: { width: number; height: number }) =>
    size === undefined ? MIN_TEXT_PT : textPoints(fitScale(size, area));
  const inline = at(documentArea('A4', false));
  if (lanes < LANDSCAPE_LANES && inline >= MIN_TEXT_PT) return { sheet: null, textPt: inline };
  const wide = at(documentArea(paper, true));
  const upright = at(documentArea(paper, false));
  if (wide >= MIN_TEXT_PT || wide >= upright) return { sheet: { paper, landscape: true }, textPt: wide };
  return { sheet: { paper, landscape: false }, textPt: upright };
}

/** The name of a sheet in the document's CSS and view: `A4-landscape`, `A3-portrait`. */
export function sheetName(sheet: Sheet): string {
  return `${sheet.paper}-${sheet.landscape ? 'landscape' : 'portrait'}`;
}

/**
 * The orientation of a standalone flowchart page (flowchart --format pdf) with a margin all round: the one that
 * prints the drawing larger, upright on a tie.
 */
export function chartOrientation(
  size: { width: number; height: number },
  paper: Paper,
  marginMm: number,
): { landscape: boolean; scale: number } {
  const [short, long] = PAPER_MM[paper];
  const upright = fitScale(size, { width: short - 2 * marginMm, height: long - 2 * marginMm });
  const wide = fitScale(size, { width: long - 2 * marginMm, height: short - 2 * marginMm });
  return wide > upright ? { landscape: true, scale: wide } : { landscape: false, scale: upright };
}

/**
 * One tile of a drawing as an SVG of its own: the same markup, its viewBox narrowed to the tile and its size set to
 * what the tile prints at, in millimetres; everything outside the tile is clipped. A tile below the first row of a
 * plan with a `band` gets the lane names drawn again over its top strip (tilePlan leaves that strip for them).
 */
export function tileSvg(svg: string, tile: Tile, scale: number, band?: LaneBand): string {
  const root = /<svg\b[^>]*>/.exec(svg);
  if (!root) return svg;
  const { x: left, y: top } = svgOrigin(root[0]);
  const mm = (px: number) => `${((px * scale) / PX_PER_MM).toFixed(2)}mm`;
  const box = [left + tile.x, top + tile.y, tile.width, tile.height].map((n) => Number(n.toFixed(3))).join(' ');
  const tag = root[0]
    .replace(/\s(width|height|viewBox|style)\s*=\s*("[^"]*"|'[^']*')/g, '')
    .replace(
      /^<svg\b/,
      `<svg width="${mm(tile.width)}" height="${mm(tile.height)}" viewBox="${box}" style="background-color: white; max-width: none; max-height: none;"`,
    );
  const body = svg.slice(root.index + root[0].length);
  const repeated = band && tile.row > 0 ? repeatedBand(body, band, left + tile.x, top + tile.y, tile.width) : '';
  const end = body.lastIndexOf('</svg>');
  const withBand = repeated && end >= 0 ? body.slice(0, end) + repeated + body.slice(end) : body;
  return svg.slice(0, root.index) + tag + withBand;
}

/**
 * One tile of a drawing inlined once in the same HTML page, as a window onto it: an SVG of the tile's size that shows
 * the drawing by reference (`<use>` of its id), so a chart cut into ten pieces is not copied ten times. The lane names
 * are shown again atop a tile below the first row, as in tileSvg. Empty when the drawing has no id or no size.
 */
export function tileReference(svg: string, tile: Tile, scale: number, band?: LaneBand): string {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const id = /\sid="([A-Za-z][\w-]*)"/.exec(root)?.[1];
  const size = svgSize(root);
  if (!id || !size) return '';
  const { x: left, y: top } = svgOrigin(root);
  const at = (n: number) => Number(n.toFixed(3));
  const mm = (px: number) => `${((px * scale) / PX_PER_MM).toFixed(2)}mm`;
  // The referenced drawing placed where its own units put it: the window's viewBox then reads in those units.
  const whole = `<use href="#${id}" x="${at(left)}" y="${at(top)}" width="${at(size.width)}" height="${at(size.height)}"/>`;
  const [x, y] = [left + tile.x, top + tile.y];
  // The lane names again, and only them, as tileSvg copies them: the whole drawing seen through the band's window also
  // showed what reaches into the band from below (the start terminal's red border, a thin sliver under the names).
  // Its copy is hidden but for the lanes' group, which a rule scoped to the drawing's id (it matches in the copy, whose
  // styles are the drawing's) shows again.
  const lanesOnly = `<use href="#${id}" x="${at(left)}" y="${at(top)}" width="${at(size.width)}" height="${at(size.height)}" visibility="hidden"/>`;
  const repeated =
    band && tile.row > 0
      ? `<svg x="${at(x)}" y="${at(y)}" width="${at(tile.width)}" height="${at(band.height)}" viewBox="${[x, band.top, tile.width, band.height].map(at).join(' ')}" overflow="hidden"><style>#${id} .clusters { visibility: visible; }</style><rect x="${at(x)}" y="${at(band.top)}" width="${at(tile.width)}" height="${at(band.height)}" fill="white"/>${lanesOnly}</svg>`
      : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${mm(tile.width)}" height="${mm(tile.height)}" viewBox="${[x, y, tile.width, tile.height].map(at).join(' ')}" style="background-color: white; max-width: none; max-height: none;">${whole}${repeated}</svg>`;
}

/**
 * The lanes' group of a drawing shown again at (x, y) through a window as deep as the band, on white: its ids dropped,
 * so that nothing refers to the copy; empty when the drawing has no lanes' group.
 */
function repeatedBand(body: string, band: LaneBand, x: number, y: number, width: number): string {
  const lanes = elementAt(body, body.indexOf('<g class="clusters"'));
  if (!lanes) return '';
  const copy = lanes.replace(/\sid="[^"]*"/g, '');
  const view = [x, band.top, width, band.height].map((n) => Number(n.toFixed(3))).join(' ');
  const at = (n: number) => Number(n.toFixed(3));
  return `<svg x="${at(x)}" y="${at(y)}" width="${at(width)}" height="${at(band.height)}" viewBox="${view}" overflow="hidden"><rect x="${at(x)}" y="${at(band.top)}" width="${at(width)}" height="${at(band.height)}" fill="white"/>${copy}</svg>`;
}

// The whole <g> element starting at `start`, nested groups and all; undefined when there is none or it never closes.
function elementAt(markup: string, start: number): string | undefined {
  if (start < 0) return undefined;
  const tags = /<g\b[^>]*?(\/?)>|<\/g\s*>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(markup); match; match = tags.exec(markup)) {
    if (match[0].startsWith('</')) depth--;
    else if (match[1] !== '/') depth++;
    if (depth === 0) return markup.slice(start, tags.lastIndex);
  }
  return undefined;
}
