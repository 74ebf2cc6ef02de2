import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InternalError } from '../../src/errors.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import {
  chartOrientation,
  documentArea,
  pieceArea,
  drawnBoxes,
  fitsItsPages,
  flowchartSheet,
  headerExtraMm,
  placedOn,
  type DrawnBox,
  type Extent,
  laneBand,
  svgOrigin,
  withoutEmptyTiles,
  MIN_SCALE,
  MIN_TEXT_PT,
  MAX_TEXT_PT,
  pictureSheet,
  printFitted,
  screenFitted,
  stepBoxes,
  stepExtents,
  svgSize,
  textPoints,
  tilePlan,
  tileReference,
  tileSvg,
} from '../../src/render/flowchart-page.js';
import { chartPages, pieceSvgs } from '../../src/render/flowchart-pdf.js';
import { dataUri, imageSize, imageType } from '../../src/render/image-file.js';
import { flowchartMermaid } from '../../src/render/mermaid.js';
import { analyseTime } from '../../src/time/analyse.js';
import { ROOT } from '../helpers/cli.js';

const PX_PER_MM = 96 / 25.4;

/** Every tile fits the area at the plan's scale, tiles meet or overlap, and together they cover the whole drawing. */
function checkCovers(
  plan: ReturnType<typeof tilePlan>,
  size: { width: number; height: number },
  area: { width: number; height: number } | ((index: number, count: number) => { width: number; height: number }),
): void {
  plan.tiles.forEach((tile, i) => {
    // A document's pieces: each within its own page's room (the heading on the first, the legend on the last).
    const room = typeof area === 'function' ? area(i, plan.tiles.length) : area;
    expect((tile.width * plan.scale) / PX_PER_MM).toBeLessThanOrEqual(room.width + 1e-6);
    expect((tile.height * plan.scale) / PX_PER_MM).toBeLessThanOrEqual(room.height + 1e-6);
  });
  const reach = (key: 'x' | 'y', length: 'width' | 'height') => {
    const starts = [...new Set(plan.tiles.map((tile) => tile[key]))].sort((a, b) => a - b);
    let covered = 0;
    for (const start of starts) {
      // Pieces cut along a lane's border meet there; others overlap.
      expect(start).toBeLessThanOrEqual(covered + 1e-6);
      covered = Math.max(
        covered,
        ...plan.tiles.filter((tile) => tile[key] === start).map((tile) => start + tile[length]),
      );
    }
    return covered;
  };
  expect(reach('x', 'width')).toBeCloseTo(size.width, 3);
  expect(reach('y', 'height')).toBeCloseTo(size.height, 3);
}

describe('the page a flowchart prints on', () => {
  it("sizes a landscape page's chart in its turned margins: 20 mm at the sides, the header 8 mm lower, 15 at the foot", () => {
    // Upright: 210 less 30 and 15 across; 297 less the header's 44, the foot's 20 and 36 for the heading and legend.
    expect(documentArea('A4', false)).toEqual({ width: 165, height: 197 });
    // Landscape, the sheet turned (page-margins.ts, as the Word file): 297 less 20 and 20; 210 less 52, 15 and 36.
    expect(documentArea('A4', true)).toEqual({ width: 257, height: 107 });
    expect(documentArea('A3', true, 5)).toEqual({ width: 380, height: 189 });
  });

  it('reads the size of a drawing from its viewBox, or its width and height', () => {
    expect(
      svgSize('<svg id="f" width="1718.09" viewBox="-739.04 -45 1718.09 1169.5" xmlns="http://www.w3.org/2000/svg">'),
    ).toEqual({ width: 1718.09, height: 1169.5 });
    expect(svgSize('<svg width="120" height="40"><text/></svg>')).toEqual({ width: 120, height: 40 });
    expect(svgSize('<svg><text/></svg>')).toBeUndefined();
  });

  it('keeps a small chart of few lanes upright in the text', () => {
    // 600 × 700 px fits the 165 × 197 mm drawing area at 100 %: the text prints at its full size (11 pt), in one piece.
    const { sheet, textPt, plan } = flowchartSheet({ width: 600, height: 700 }, 3);
    expect({ sheet, textPt }).toEqual({ sheet: null, textPt: textPoints(1) });
    expect(plan.tiles).toEqual([{ x: 0, y: 0, width: 600, height: 700, row: 0, column: 0 }]);
    expect(pictureSheet({ width: 600, height: 700 }, 3)).toEqual({ sheet: null, textPt: textPoints(1) });
  });

  it('gives five lanes a landscape page, A4 unless A3 is asked for', () => {
    expect(flowchartSheet({ width: 600, height: 400 }, 5).sheet).toEqual({ paper: 'A4', landscape: true });
    expect(flowchartSheet({ width: 600, height: 400 }, 5, 'A3').sheet).toEqual({ paper: 'A3', landscape: true });
  });

  it('keeps a tall chart upright on its own page when landscape would print its text too small', () => {
    // Word shows the chart as one picture: 900 × 1100 px, landscape A4 leaves 107 mm of height (scale 0.37, 4.2 pt);
    // upright, 165 × 197 mm (0.68, 7.4 pt).
    const { sheet, textPt } = pictureSheet({ width: 900, height: 1100 }, 5);
    expect(sheet).toEqual({ paper: 'A4', landscape: false });
    expect(textPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    // The PDF turns a narrow tall chart of four lanes whichever way needs fewer pages: upright, two pages.
    const narrow = flowchartSheet({ width: 700, height: 1500 }, 4);
    expect(narrow.sheet).toEqual({ paper: 'A4', landscape: false });
    expect(narrow.plan.tiles).toHaveLength(2);
    expect(narrow.textPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
  });

  it('prints a five-lane chart on landscape A4 with its text at 7 pt or more, split over pages when it must be', () => {
    // The size of the bundled five-lane charts (cap-giay-phep-moi-truong, lien-thong-khai-sinh): whole on one
    // landscape page their text would print at 4.0-5.0 pt.
    for (const size of [
      { width: 1181, height: 1133 },
      { width: 1228, height: 914 },
    ]) {
      const { sheet, textPt, plan } = flowchartSheet(size, 5);
      expect(sheet).toEqual({ paper: 'A4', landscape: true });
      expect(textPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
      expect(plan.columns).toBe(1);
      expect(plan.rows).toBe(2);
      checkCovers(plan, size, (i, n) => pieceArea('A4', true, i, n));
    }
    // A3 has room for it whole.
    const a3 = flowchartSheet({ width: 1181, height: 1133 }, 5, 'A3');
    expect(a3.sheet).toEqual({ paper: 'A3', landscape: true });
    expect(a3.plan.tiles).toHaveLength(1);
    expect(a3.textPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
  });

  it('never prints a very wide chart (8 lanes, 40 steps) below the minimum: it tiles it in rows and columns', () => {
    // About 8 lanes of 200 px and 40 ranks of 110 px.
    const size = { width: 1700, height: 4500 };
    for (const paper of ['A4', 'A3'] as const) {
      const { sheet, textPt, plan } = flowchartSheet(size, 8, paper);
      expect(sheet?.paper).toBe(paper);
      expect(textPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
      expect(plan.tiles.length).toBe(plan.rows * plan.columns);
      checkCovers(plan, size, (i, n) => pieceArea(paper, sheet!.landscape, i, n));
    }
    expect(flowchartSheet(size, 8).plan.columns).toBe(2);
    // Whatever the size, the scale never goes below the minimum and no tile is larger than the page.
    for (const width of [300, 900, 2500, 6000]) {
      for (const height of [200, 800, 3000, 9000]) {
        const { sheet, textPt, plan } = flowchartSheet({ width, height }, 6);
        expect(textPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
        checkCovers(plan, { width, height }, (i, n) => pieceArea('A4', sheet!.landscape, i, n));
      }
    }
  });

  it('turns a chart of many lanes upright when that needs fewer pieces, as few as keep its text at 7 pt', () => {
    // QT-KHDT-07 (8 lanes) as the document draws it: on A3 four landscape pieces at 11 pt, or two upright at 9 pt.
    const size = { width: 2263.5, height: 1334.5 };
    const a3 = flowchartSheet(size, 8, 'A3', { top: -50, height: 25 });
    expect(a3.sheet).toEqual({ paper: 'A3', landscape: false });
    expect(a3.plan.tiles).toHaveLength(2);
    expect(a3.textPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    expect(a3.textPt).toBeLessThan(9.5);
    checkCovers(a3.plan, size, (i, n) => pieceArea('A3', false, i, n));
    // On A4 both ways need four: landscape, as many lanes read best. (Six while every page kept the heading's and the
    // legend's room; a middle page keeps neither.)
    const a4 = flowchartSheet(size, 8, 'A4', { top: -50, height: 25 });
    expect(a4.sheet).toEqual({ paper: 'A4', landscape: true });
    expect(a4.plan.tiles).toHaveLength(4);
  });

  it('plans a split chart with the room each page has: the heading on the first only, the legend on the last only', () => {
    // A narrow chart 3500 px deep, upright A4, at the smallest text (MIN_SCALE: 5.91 px a mm). Every page keeping 36 mm
    // for the heading and the legend holds 197 mm: 1164.7 px, then 1093.7 more a page (12 mm overlap), so four pieces.
    // Planned with its own room, the first page holds 297 - 44 - 20 - 8 - 12 = 213 mm, a middle one 225 and the last
    // 209: 3500 px and the 28 mm of the ends (165.5 px) in 1330 px, then 1259 more a page, so three.
    const size = { width: 600, height: 3500 };
    const sheet = { paper: 'A4', landscape: false } as const;
    const before = tilePlan(size, documentArea('A4', false), undefined, []);
    expect(before.tiles).toHaveLength(4);
    const { plan, textPt } = placedOn(sheet, size, undefined, 0, [], [], { x: 0, y: 0 });
    expect(plan.tiles).toHaveLength(3);
    expect(textPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    expect(pieceArea('A4', false, 0, 3).height).toBe(213);
    expect(pieceArea('A4', false, 1, 3).height).toBe(225);
    expect(pieceArea('A4', false, 2, 3).height).toBe(209);
    // One page keeps both, as documentArea always did.
    expect(pieceArea('A4', false, 0, 1)).toEqual(documentArea('A4', false));
    checkCovers(plan, size, (i, n) => pieceArea('A4', false, i, n));
    // The first piece uses the room the heading leaves, more than every page had: a middle page's room would not fit.
    expect((plan.tiles[0]!.height * plan.scale) / PX_PER_MM).toBeGreaterThan(documentArea('A4', false).height);
    expect(fitsItsPages(plan, documentArea('A4', false, 0, 8), { first: 12, last: 16 })).toBe(true);
    expect(fitsItsPages(plan, documentArea('A4', false, 0, 8), { first: 30, last: 16 })).toBe(false);
  });

  it('turns a chart whose text would print below 7 pt upright, and says how large it prints there', () => {
    const wide = { width: 1450, height: 500 };
    const upright = textPoints(623.6 / 1450);
    expect(upright).toBeLessThan(MIN_TEXT_PT);
    const { sheet, textPt } = flowchartSheet(wide, 2);
    expect(pictureSheet(wide, 2)).toEqual({ sheet, textPt });
    expect(sheet).toEqual({ paper: 'A4', landscape: true });
    // Landscape A4: 257 mm of width (20 mm margins at the sides), so 971 px of the 1450.
    expect(textPt).toBeCloseTo(textPoints(971.3 / 1450), 1);
    expect(textPt).toBeGreaterThan(upright);
  });

  it('turns a standalone chart page whichever way shows the chart larger, never enlarging it', () => {
    expect(chartOrientation({ width: 2000, height: 800 }, 'A4', 10).landscape).toBe(true);
    expect(chartOrientation({ width: 800, height: 2000 }, 'A4', 10).landscape).toBe(false);
    expect(chartOrientation({ width: 100, height: 100 }, 'A3', 10).scale).toBe(1);
  });
});

describe('the pages of a standalone flowchart (flowchart --format pdf)', () => {
  it('turns the paper to need fewer pages, prints the text at 7 pt or more and splits the chart when it must', () => {
    // A five-lane chart: at 7 pt, 200 × 192 mm, a little more than the 190 mm a landscape A4 page leaves inside its
    // margins either way: two pages, landscape (the larger print of the two ways), the text at 7 pt or more.
    const five = chartPages({ width: 1181, height: 1133 }, 'A4');
    expect(five.landscape).toBe(true);
    expect(five.plan.tiles).toHaveLength(2);
    expect(textPoints(five.plan.scale)).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    expect(chartPages({ width: 1181, height: 1133 }, 'A3').plan.tiles).toHaveLength(1);
    // 8 lanes, 40 steps: several pages on A4, fewer on A3, never below the minimum.
    const a4 = chartPages({ width: 1700, height: 4500 }, 'A4');
    const a3 = chartPages({ width: 1700, height: 4500 }, 'A3');
    expect(a4.plan.tiles.length).toBeGreaterThan(a3.plan.tiles.length);
    for (const { plan } of [a4, a3]) expect(textPoints(plan.scale)).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    expect(chartPages({ width: 300, height: 200 }, 'A4').plan.scale).toBe(1);
  });
});

describe('pieces of a chart split over pages', () => {
  const area = documentArea('A4', true);

  it('cuts a chart a little too wide for the page into equal halves, not a page and a thin strip', () => {
    // At 7 pt, 1,550 px is 5 mm more than the 257 mm the page has across.
    const plan = tilePlan({ width: 1550, height: 300 }, area);
    expect(plan.columns).toBe(2);
    const [left, right] = plan.tiles;
    expect(left!.width).toBeCloseTo(right!.width, 6);
    expect(right!.x + right!.width).toBeCloseTo(1550, 6);
    // Neighbours still share the overlap, so that a box cut by one edge shows whole on the other piece.
    expect(((left!.x + left!.width - right!.x) * plan.scale) / PX_PER_MM).toBeCloseTo(12, 6);
    checkCovers(plan, { width: 1550, height: 300 }, area);
  });

  it("reads the band of lane names from the lanes' title boxes", () => {
    const svg =
      '<svg viewBox="0 -102 1200 938"><g class="clusters"><g class="cluster swimlane" id="L1"><rect class="swimlane-body" y="0" height="828"/><rect class="swimlane-title" style="" x="0" y="-41" width="300" height="41"/></g><g class="cluster swimlane" id="L2"><rect class="swimlane-title" x="300" y="-41" width="300" height="41"/></g></g></svg>';
    // The lanes' edges count from the drawing's left edge, as tiles do.
    expect(laneBand(svg)).toEqual({
      top: -41,
      height: 41,
      lanes: [
        { left: 0, right: 300 },
        { left: 300, right: 600 },
      ],
    });
    expect(laneBand('<svg viewBox="0 0 10 10"><rect class="node" y="1" height="2"/></svg>')).toBeUndefined();
  });

  it('leaves room at the top of every piece below the first for the lane names, and still covers the chart', () => {
    const size = { width: 900, height: 3000 };
    const band = { top: -41, height: 41 };
    const plan = tilePlan(size, area, band);
    expect(plan.band).toEqual(band);
    expect(plan.rows).toBeGreaterThan(2);
    expect(textPoints(plan.scale)).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    const overlap = (12 * PX_PER_MM) / plan.scale;
    for (let row = 1; row < plan.rows; row++) {
      const [above, below] = [plan.tiles[row - 1]!, plan.tiles[row]!];
      // What a piece shows starts below the band drawn over its top; it repeats the last 12 mm of the piece above.
      expect(above.y + above.height - (below.y + band.height)).toBeCloseTo(overlap, 6);
      expect((below.height * plan.scale) / PX_PER_MM).toBeLessThanOrEqual(area.height + 1e-6);
    }
    const last = plan.tiles.at(-1)!;
    expect(last.y + last.height).toBeCloseTo(size.height, 6);
    // Without lanes to repeat, the same chart needs no more pieces.
    expect(tilePlan(size, area).rows).toBeLessThanOrEqual(plan.rows);
    // A chart that fits one page repeats nothing.
    expect(tilePlan({ width: 300, height: 200 }, area, band).band).toBeUndefined();
  });
});

describe('a size that is not one', () => {
  const area = documentArea('A4', false);

  // Before: NaN and Infinity cut pieces for ever (a test worker ran out of memory after 6 minutes), 0 and a negative
  // height planned thousands of pieces. Each is a caller's bug, reported as one at once.
  it.each([
    ['a drawing NaN tall', { width: 800, height: Number.NaN }, area],
    ['a drawing infinitely tall', { width: 800, height: Number.POSITIVE_INFINITY }, area],
    ['a drawing 0 wide', { width: 0, height: 3000 }, area],
    ['a page NaN tall', { width: 800, height: 3000 }, { width: area.width, height: Number.NaN }],
    ['a page infinitely wide', { width: 800, height: 3000 }, { width: Number.POSITIVE_INFINITY, height: area.height }],
    ['a page 0 tall', { width: 800, height: 3000 }, { width: area.width, height: 0 }],
    ['a page of negative height', { width: 800, height: 3000 }, { width: area.width, height: -5 }],
  ])('throws an InternalError for %s', (_, size, room) => {
    expect(() => tilePlan(size, room)).toThrow(InternalError);
  });
});

describe('where a chart split over pages is cut down', () => {
  // 200 × 100 mm: 1,500 px down need three pieces at 7 pt, printed at 0.6954 (543.5 px a page, 65.2 px overlap).
  const area = { width: 200, height: 100 };
  const size = { width: 700, height: 1500 };
  // Steps' boxes 80 px deep every 120 px, from 20 px down: 20–100, 140–220, … 1340–1420.
  const boxes: Extent[] = Array.from({ length: 12 }, (_, k) => ({ top: 20 + 120 * k, bottom: 100 + 120 * k }));
  // The cuts at the foot of a piece with another below it in its column that pass through a box drawn in that column
  // (every box, when the extents do not say where they are drawn across).
  const cutThrough = (plan: ReturnType<typeof tilePlan>, extents: readonly Extent[]) =>
    plan.tiles
      .filter((tile) => plan.tiles.some((other) => other.column === tile.column && other.y > tile.y))
      .flatMap((tile) => {
        const cut = tile.y + tile.height;
        const across = (box: Extent) =>
          box.left === undefined || box.right === undefined
            ? true
            : (box.left + box.right) / 2 >= tile.x && (box.left + box.right) / 2 <= tile.x + tile.width;
        return extents.some((box) => across(box) && box.top < cut && cut < box.bottom) ? [cut] : [];
      });

  it('cuts in the gap between two boxes nearest above the page foot, and the next piece starts there', () => {
    const plan = tilePlan(size, area, undefined, boxes);
    expect(plan.tiles.map((tile) => [tile.y, tile.height])).toEqual([
      [0, 480],
      [480, 480],
      [960, 540],
    ]);
    expect(plan.rows).toBe(3);
    expect(plan.scale).toBeCloseTo(tilePlan(size, area).scale, 9);
    // The fixed cut at 543.5 px went through the box at 500–580.
    expect(cutThrough(tilePlan(size, area), boxes)).not.toEqual([]);
    // A box taller than a page is cut through as before, in overlapping pieces.
    expect(tilePlan(size, area, undefined, [{ top: 10, bottom: 1490 }])).toEqual(tilePlan(size, area));
  });

  it('says which pieces overlap the next: those cut through a box, not those cut in a gap', () => {
    // Cut in the gaps: nothing is shown twice, and the plan says no piece overlaps.
    expect(tilePlan(size, area, undefined, boxes).tiles.map((tile) => tile.overlaps)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    // Cut through a box taller than a page: each piece but the last repeats its foot on the next.
    expect(tilePlan(size, area, undefined, [{ top: 10, bottom: 1490 }]).tiles.map((tile) => tile.overlaps)).toEqual([
      true,
      true,
      undefined,
    ]);
  });

  it('starts a piece below the lane names it repeats, at the cut', () => {
    const band = { top: -40, height: 40 };
    const plan = tilePlan(size, area, band, boxes);
    expect(plan.band).toEqual(band);
    expect(cutThrough(plan, boxes)).toEqual([]);
    for (let row = 1; row < plan.rows; row++) {
      const [above, below] = [plan.tiles[row - 1]!, plan.tiles[row]!];
      expect(below.y + band.height).toBeCloseTo(above.y + above.height, 9);
    }
    for (const box of boxes)
      expect(
        plan.tiles.some((tile, i) => box.top >= tile.y + (i > 0 ? 40 : 0) && box.bottom <= tile.y + tile.height),
      ).toBe(true);
  });

  it('prints a chart a few pixels too deep on one page, not with a piece of a few pixels after it', () => {
    // As wide as a page holds at 7 pt, so it prints at that size; 5 px deeper than the page, below the last box.
    const deep = { width: 1182, height: 596 };
    const old = tilePlan(deep, area);
    expect(old.rows).toBe(2);
    const plan = tilePlan(deep, area, undefined, [
      { top: 20, bottom: 300 },
      { top: 340, bottom: 560 },
    ]);
    expect(plan.rows).toBe(1);
    expect(plan.tiles).toHaveLength(1);
    expect(plan.tiles[0]!.height).toBeLessThanOrEqual((area.height * PX_PER_MM) / plan.scale + 1e-6);
    expect(plan.scale).toBeCloseTo(old.scale, 9);
  });

  it('prints a little smaller, never below 7 pt, rather than add a page for the cuts between boxes', () => {
    // Boxes 180 px deep with 10 px gaps: cutting in the gaps at 0.6954 needs a fourth piece, at 0.6689 it does not.
    const big = Array.from({ length: 7 }, (_, k) => ({ top: 5 + 190 * k, bottom: 185 + 190 * k }));
    const plan = tilePlan(size, area, undefined, big);
    expect(plan.rows).toBe(3);
    expect(plan.scale).toBeLessThan(tilePlan(size, area).scale);
    expect(plan.scale).toBeGreaterThan(0.66);
    expect(textPoints(plan.scale)).toBeGreaterThanOrEqual(MIN_TEXT_PT - 1e-9);
    expect(cutThrough(plan, big)).toEqual([]);
  });

  it("reads where a chart's steps are drawn as mermaid draws them: boxes, diamonds and rounded ends", () => {
    const svg =
      '<svg viewBox="-400 -100 800 600"><g class="nodes">' +
      '<g class="node default terminal" id="s" transform="translate(-300, 16)"><g class="basic label-container outer-path"><path d="M-21 -16 C0 -16, 21 -16, 21 -16 L21 16 L-21 16"/></g></g>' +
      '<g class="node default step" id="n" transform="translate(-300, 90.5)"><rect class="basic label-container" style="fill:#eef3fb" x="-100" y="-38.5" width="200" height="77"/><g class="label" transform="translate(0, -26.5)"><rect/><g><rect class="background"/></g></g></g>' +
      '<g class="node default gate" id="d" transform="translate(-65, 258)"><polygon points="12,0 24,-12 12,-24 0,-12" class="label-container" transform="translate(-11.5, 12)"/></g>' +
      '</g></svg>';
    // The start is drawn around the steps: a cut keeps it whole, but it does not make a page worth printing.
    expect(stepExtents(svg)).toEqual([
      { top: 100, bottom: 132, left: 79, right: 121, accessory: true },
      { top: 152, bottom: 229, left: 0, right: 200 },
      { top: 346, bottom: 370, left: 323.5, right: 347.5 },
    ]);
  });

  it('cuts QT-XD-99 (28 steps) between its boxes, upright and landscape, in the document and on its own pages', () => {
    const svg = readFileSync(join(ROOT, 'test/fixtures/flowchart-split/six-lanes.svg'), 'utf8');
    const [size, band, extents] = [svgSize(svg)!, laneBand(svg)!, stepExtents(svg)];
    const plans = [
      ...[false, true].map((landscape) => tilePlan(size, documentArea('A4', landscape), band, extents)),
      flowchartSheet(size, 6, 'A4', band, 0, extents).plan,
      chartPages(size, 'A4', band, undefined, extents).plan,
    ];
    for (const plan of plans) {
      expect(plan.rows).toBeGreaterThan(1);
      expect(cutThrough(plan, extents)).toEqual([]);
    }
  });
});

describe('pieces across a chart of many lanes', () => {
  // QT-XD-99 as drawn (28 steps, 6 lanes of 236–454 px): too wide for an A4 page at the smallest text.
  const svg = readFileSync(join(ROOT, 'test/fixtures/flowchart-split/six-lanes.svg'), 'utf8');
  const size = svgSize(svg)!;
  const origin = svgOrigin(svg);
  const band = laneBand(svg)!;
  const inTile = (tile: { x: number; y: number; width: number; height: number }, box: DrawnBox, vertical = true) =>
    box.left >= origin.x + tile.x - 1e-6 &&
    box.right <= origin.x + tile.x + tile.width + 1e-6 &&
    (!vertical || (box.top >= origin.y + tile.y - 1e-6 && box.bottom <= origin.y + tile.y + tile.height + 1e-6));

  it('cuts along the lanes, so that every box and every lane name shows whole on a piece', () => {
    for (const landscape of [false, true]) {
      const area = documentArea('A4', landscape);
      const plan = tilePlan(size, area, band);
      expect(plan.columns).toBeGreaterThan(1);
      expect(textPoints(plan.scale)).toBeGreaterThanOrEqual(MIN_TEXT_PT);
      checkCovers(plan, size, area);
      const firstRow = plan.tiles.filter((tile) => tile.row === 0);
      // Each lane lies in one column: its name in the band, drawn again atop the pieces below, is never cut.
      for (const lane of band.lanes!) {
        const box = { left: origin.x + lane.left, right: origin.x + lane.right, top: 0, bottom: 0 };
        expect(firstRow.filter((tile) => inTile(tile, box, false))).toHaveLength(1);
      }
      // Each step's box shows whole across on some piece (the 12 mm overlap was narrower than a box).
      for (const box of drawnBoxes(svg)) expect(plan.tiles.some((tile) => inTile(tile, box, false))).toBe(true);
    }
  });

  it('cuts through a lane only when it alone is wider than a page, in equal overlapping pieces', () => {
    const area = documentArea('A4', false);
    const wide = {
      ...band,
      lanes: [
        { left: 0, right: 1500 },
        { left: 1496, right: size.width },
      ],
    };
    const plan = tilePlan(size, area, wide);
    const [left, right] = plan.tiles;
    expect(left!.width).toBeCloseTo(right!.width, 6);
    expect(((left!.x + left!.width - right!.x) * plan.scale) / PX_PER_MM).toBeCloseTo(12, 6);
    checkCovers(plan, size, area);
  });
});

describe('pieces of a chart of many lanes whose steps run down the diagonal', () => {
  // nine-lanes.yaml (27 steps, 9 bodies, a 300-character title) as mermaid drew it: nine-lanes.svg in the document
  // (no title), nine-lanes.flowchart.svg on its own (`flowchart`); three-lanes.svg is QT-XD-GP-01 in the document.
  const chart = (name: string) => {
    const svg = readFileSync(join(ROOT, 'test/fixtures/flowchart-split', name), 'utf8');
    return {
      svg,
      size: svgSize(svg)!,
      band: laneBand(svg),
      extents: stepExtents(svg),
      steps: stepBoxes(svg),
      origin: svgOrigin(svg),
    };
  };
  // How many steps' boxes each piece shows (those whose middle it holds).
  const stepsShown = (plan: ReturnType<typeof tilePlan>, drawn: ReturnType<typeof chart>) =>
    plan.tiles.map(
      (tile) =>
        drawn.steps.filter((box) => {
          const [x, y] = [(box.left + box.right) / 2 - drawn.origin.x, (box.top + box.bottom) / 2 - drawn.origin.y];
          return x >= tile.x && x <= tile.x + tile.width && y >= tile.y && y <= tile.y + tile.height;
        }).length,
    );
  // The control header Chromium prints over the document's pages for this title: 21.2 mm more than the stylesheet's.
  const HEADER_EXTRA_MM = 21.2;

  it('prints every piece of the document with steps on it, in as few pieces as the chart needs, A4 and A3', () => {
    const doc = chart('nine-lanes.svg');
    // Before: 11 pieces on A4, one of lane names and empty lanes; 6 on A3, one almost empty.
    for (const [paper, most] of [
      ['A4', 8],
      ['A3', 5],
    ] as const) {
      const { plan } = flowchartSheet(
        doc.size,
        9,
        paper,
        doc.band,
        HEADER_EXTRA_MM,
        doc.extents,
        doc.steps,
        doc.origin,
      );
      const shown = stepsShown(plan, doc);
      expect(plan.tiles.length, paper).toBeLessThanOrEqual(most);
      expect(Math.min(...shown), paper).toBeGreaterThan(0);
      // No piece holds only a box or two (before, on A4, the last held one step: the only one of its lanes below the
      // chart's middle, now on the piece beside it, widened to its lane).
      expect(
        shown.filter((count) => count <= 2),
        paper,
      ).toEqual([]);
      expect(textPoints(plan.scale)).toBeGreaterThanOrEqual(MIN_TEXT_PT - 1e-9);
    }
  });

  it('prints the chart on its own pages without a piece of one or two boxes (before: 7 on A4, two of them lone)', () => {
    const alone = chart('nine-lanes.flowchart.svg');
    for (const [paper, pieces] of [
      ['A4', 5],
      ['A3', 3],
    ] as const) {
      const { plan } = chartPages(alone.size, paper, alone.band, undefined, alone.extents, alone.steps, alone.origin);
      const shown = stepsShown(plan, alone);
      expect(plan.tiles.length, paper).toBe(pieces);
      expect(Math.min(...shown), paper).toBeGreaterThan(2);
      expect(shown.at(-1), paper).toBeGreaterThan(2);
    }
  });

  it('ends the A4 document on a full piece, not on a page for one box, with or without a tall header', () => {
    const doc = chart('nine-lanes.svg');
    for (const extra of [0, HEADER_EXTRA_MM]) {
      const { sheet, plan } = flowchartSheet(doc.size, 9, 'A4', doc.band, extra, doc.extents, doc.steps, doc.origin);
      const shown = stepsShown(plan, doc);
      expect(sheet, `${extra}`).toEqual({ paper: 'A4', landscape: false });
      // Before: 8 pieces, the last one box of the third lane. (Planned with each page's own room, 6 pieces the last of
      // two steps cost as much: the 7 full ones are kept.)
      expect(plan.tiles.length, `${extra}`).toBe(7);
      expect(shown.at(-1), `${extra}`).toBeGreaterThan(2);
      expect(Math.min(...shown), `${extra}`).toBeGreaterThan(2);
      // The box is on the last piece of the first column, widened to its lane and still a page wide at most.
      const last = plan.tiles.at(-1)!;
      expect(last.x).toBe(0);
      expect((last.width * plan.scale) / PX_PER_MM).toBeLessThanOrEqual(documentArea('A4', false, extra).width + 1e-6);
      expect(textPoints(plan.scale)).toBeGreaterThanOrEqual(MIN_TEXT_PT - 1e-9);
    }
  });

  it('turns QT-XD-GP-01 landscape in two full pieces, not two upright ones the second a lane with two boxes', () => {
    const doc = chart('three-lanes.svg');
    const { sheet, plan } = flowchartSheet(doc.size, 3, 'A4', doc.band, 0, doc.extents, doc.steps, doc.origin);
    expect(sheet).toEqual({ paper: 'A4', landscape: true });
    // Three while every page kept the heading's and the legend's room, the last of one step.
    expect(plan.tiles).toHaveLength(2);
    expect(Math.min(...stepsShown(plan, doc))).toBeGreaterThan(2);
  });

  it('prints each piece of a split chart as large as its page allows, up to the body text size, never smaller', () => {
    const alone = chart('nine-lanes.flowchart.svg');
    const { plan, area } = chartPages(
      alone.size,
      'A4',
      alone.band,
      undefined,
      alone.extents,
      alone.steps,
      alone.origin,
    );
    const mm = (piece: string, side: 'width' | 'height') =>
      Number(new RegExp(`<svg\\b[^>]*\\s${side}="([\\d.]+)mm"`).exec(piece)![1]);
    const pieces = pieceSvgs(alone.svg, plan, area);
    const filled = pieces.map((piece, i) => {
      const tile = plan.tiles[i]!;
      const scale = (mm(piece, 'width') * PX_PER_MM) / tile.width;
      expect(mm(piece, 'width')).toBeLessThanOrEqual(area.width + 0.01);
      expect(mm(piece, 'height')).toBeLessThanOrEqual(area.height + 0.01);
      expect(scale).toBeGreaterThanOrEqual(plan.scale - 1e-3);
      expect(textPoints(scale)).toBeLessThanOrEqual(MAX_TEXT_PT + 0.01);
      // Filled across or down, unless its text already reached the body size.
      const full = Math.max(mm(piece, 'width') / area.width, mm(piece, 'height') / area.height);
      expect(full > 0.999 || textPoints(scale) > MAX_TEXT_PT - 0.01, `piece ${i + 1}`).toBe(true);
      return full;
    });
    // Before, at the plan's one scale, three pieces of five filled three quarters of the page across (one of them half
    // of it down): the widest pieces set one scale for all.
    expect(Math.min(...filled)).toBeGreaterThan(0.999);
  });

  it("leaves the title out of a chart cut across its lanes, where a piece's edge cut it: the captions say it", () => {
    const alone = chart('nine-lanes.flowchart.svg');
    const { plan } = chartPages(alone.size, 'A4', alone.band, undefined, alone.extents, alone.steps, alone.origin);
    expect(plan.columns).toBeGreaterThan(1);
    for (const piece of pieceSvgs(alone.svg, plan)) expect(piece).not.toContain('class="flowchartTitleText"');
    // A chart cut only down keeps it, whole across every piece.
    const down = tilePlan(alone.size, { width: 700, height: 200 });
    expect(down.columns).toBe(1);
    expect(pieceSvgs(alone.svg, down)[0]).toContain('class="flowchartTitleText"');
  });
});

describe('pieces of a chart of eight lanes', () => {
  // As `procmap doc` draws them (eight-lanes*.yaml beside them): ten steps zigzagging across eight bodies, and sixteen
  // spread over all eight down to the end.
  const chart = (name: string, count: number) => {
    const svg = readFileSync(join(ROOT, 'test/fixtures/flowchart-split', name), 'utf8');
    return {
      svg,
      count,
      size: svgSize(svg)!,
      band: laneBand(svg),
      extents: stepExtents(svg),
      steps: stepBoxes(svg),
      origin: svgOrigin(svg),
    };
  };
  // How many steps (not the start, the end or the time summary) each piece shows: mermaid places each step's box with
  // its middle at its translate.
  const stepsShown = (plan: ReturnType<typeof tilePlan>, drawn: ReturnType<typeof chart>) => {
    const middles = [
      ...drawn.svg.matchAll(/<g class="node default step\b[^"]*"[^>]*transform="translate\(([-\d.]+), ([-\d.]+)\)"/g),
    ].map((match) => ({ x: Number(match[1]) - drawn.origin.x, y: Number(match[2]) - drawn.origin.y }));
    expect(middles).toHaveLength(drawn.count);
    return plan.tiles.map(
      (tile) =>
        middles.filter(
          ({ x, y }) => x >= tile.x && x <= tile.x + tile.width && y >= tile.y && y <= tile.y + tile.height,
        ).length,
    );
  };
  const placed = (drawn: ReturnType<typeof chart>, paper: 'A4' | 'A3') =>
    flowchartSheet(drawn.size, 8, paper, drawn.band, 0, drawn.extents, drawn.steps, drawn.origin);

  it('knows the start, the end and the time summary from the steps', () => {
    const drawn = chart('eight-lanes.svg', 10);
    // Ten steps, and the start, the end and the summary's note around them.
    expect(drawn.steps.filter((box) => !box.accessory)).toHaveLength(10);
    expect(drawn.steps.filter((box) => box.accessory)).toHaveLength(3);
  });

  it('shares the steps out over the A3 pages, not a last page of one step, the end and the summary', () => {
    const drawn = chart('eight-lanes.svg', 10);
    const { sheet, plan } = placed(drawn, 'A3');
    expect(sheet).toEqual({ paper: 'A3', landscape: true });
    // Before: two pieces, the first with nine steps, the second with the tenth (and the ninth again in the overlap),
    // the end and the summary: three boxes, which counted as a page worth printing.
    expect(plan.tiles).toHaveLength(2);
    expect(Math.min(...stepsShown(plan, drawn))).toBeGreaterThan(2);
    expect(textPoints(plan.scale)).toBeGreaterThanOrEqual(MIN_TEXT_PT - 1e-9);
    // Every step shows on a piece: the two pieces share ten steps, the one in their overlap on both.
    expect(stepsShown(plan, drawn).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(10);
  });

  it('prints a little smaller on A4, never below 7 pt, rather than end a column of lanes on a page of its end', () => {
    const drawn = chart('eight-lanes-all-down.svg', 16);
    const { sheet, plan } = placed(drawn, 'A4');
    expect(sheet).toEqual({ paper: 'A4', landscape: true });
    // Before: five pieces at 7.9 pt, the last the second column's end and summary beside a step the piece above shows.
    expect(plan.tiles).toHaveLength(4);
    expect(Math.min(...stepsShown(plan, drawn))).toBeGreaterThan(2);
    expect(textPoints(plan.scale)).toBeGreaterThanOrEqual(MIN_TEXT_PT - 1e-9);
  });
});

describe('the last piece of a chart split down', () => {
  // QT-SNNMT-MT-02 (five-lanes-end-alone.yaml beside it) as `procmap doc` draws it: five lanes, eight steps, printed
  // on three landscape A4 pages. Before: the second piece was cut between step 8 and the end, and the third showed
  // step 8 only under the lane names drawn again over its top, then the end and the summary: a page with no step.
  const svg = readFileSync(join(ROOT, 'test/fixtures/flowchart-split/five-lanes-end-alone.svg'), 'utf8');
  const origin = svgOrigin(svg);
  const band = laneBand(svg)!;
  // Steps whose middle a piece shows below the lane names drawn again over its top (tileSvg draws them on row > 0).
  const stepsSeen = (plan: ReturnType<typeof tilePlan>) =>
    plan.tiles.map((tile) => {
      const top = tile.y + (plan.band && tile.row > 0 ? plan.band.height : 0);
      return stepBoxes(svg).filter((box) => {
        if (box.accessory) return false;
        const [x, y] = [(box.left + box.right) / 2 - origin.x, (box.top + box.bottom) / 2 - origin.y];
        return x >= tile.x && x <= tile.x + tile.width && y >= top && y <= tile.y + tile.height;
      }).length;
    });

  it.each([0, 4, 8, 12])('shows a step on every page, the last too (header %d mm taller)', (extra) => {
    const { sheet, plan } = flowchartSheet(
      svgSize(svg),
      5,
      'A4',
      band,
      extra,
      stepExtents(svg),
      stepBoxes(svg),
      origin,
    );
    expect(sheet).toEqual({ paper: 'A4', landscape: true });
    expect(plan.tiles.length).toBeGreaterThan(1);
    const seen = stepsSeen(plan);
    expect(Math.min(...seen)).toBeGreaterThan(0);
    // Eight steps, each on some page.
    expect(seen.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(8);
    expect(textPoints(plan.scale)).toBeGreaterThanOrEqual(MIN_TEXT_PT - 1e-9);
  });
});

describe('pieces with nothing drawn in them', () => {
  // Two steps in the first and last lanes of a wide chart, an arrow between them along the top.
  const svg =
    '<svg viewBox="-100 -50 3000 2000"><g class="nodes"><g class="node default" id="a" transform="translate(0, 0)"><g><path d="M-50 -20 L50 -20 L50 20 L-50 20"/></g></g>' +
    '<g class="node default" id="b" transform="translate(2800, 100)"><polygon points="-30,0 0,-30 30,0 0,30"/></g></g>' +
    '<path d="M50,0L2770,100" id="e" class="edge-thickness-normal flowchart-link" style=""/></svg>';

  it('reads where steps, arrows and labels are drawn', () => {
    expect(drawnBoxes(svg)).toEqual([
      { left: -50, top: -20, right: 50, bottom: 20 },
      { left: 2770, top: 70, right: 2830, bottom: 130 },
      { left: 50, top: 0, right: 2770, bottom: 100 },
    ]);
    expect(svgOrigin(svg)).toEqual({ x: -100, y: -50 });
  });

  it('leaves out the pieces that show only empty lanes, and keeps every piece that shows anything', () => {
    const plan = tilePlan({ width: 3000, height: 2000 }, documentArea('A4', true));
    expect(plan.rows).toBeGreaterThan(1);
    const kept = withoutEmptyTiles(plan, drawnBoxes(svg), svgOrigin(svg));
    // Only the first row holds the steps and the arrow.
    expect(kept.tiles.length).toBe(plan.columns);
    expect(kept.tiles.every((tile) => tile.row === 0)).toBe(true);
    // A drawing procmap cannot read keeps every piece.
    expect(withoutEmptyTiles(plan, [], { x: 0, y: 0 })).toBe(plan);
  });
});

describe('a tile of a split flowchart', () => {
  it('draws the lane names again over the top of a piece below the first row, on white, without ids', () => {
    const svg =
      '<svg id="f" viewBox="-500 -100 1200 900"><style>#f .cluster rect{fill:#ffffde}</style><g class="root"><g class="clusters"><g class="cluster swimlane" id="L1"><rect class="swimlane-title" x="-500" y="-41" width="600" height="41"/><g class="cluster-label"><text>Sở Tư pháp</text></g></g></g><g class="nodes"><g id="n1"><rect/></g></g></g></svg>';
    const band = { top: -41, height: 41 };
    const first = tileSvg(svg, { x: 0, y: 0, width: 1200, height: 500, row: 0, column: 0 }, 0.5, band);
    expect(first.match(/Sở Tư pháp/g)).toHaveLength(1);
    const next = tileSvg(svg, { x: 100, y: 400, width: 600, height: 500, row: 1, column: 1 }, 0.5, band);
    expect(next).toContain(
      '<svg x="-400" y="300" width="600" height="41" viewBox="-400 -41 600 41" overflow="hidden"><rect x="-400" y="-41" width="600" height="41" fill="white"/><g class="clusters"><g class="cluster swimlane"><rect class="swimlane-title" x="-500" y="-41" width="600" height="41"/><g class="cluster-label"><text>Sở Tư pháp</text></g></g></g></svg></svg>',
    );
    expect(next.match(/id="L1"/g)).toHaveLength(1);
  });

  it("shows, in the HTML's window onto the drawing, only the lanes again over a piece below the first row", () => {
    // The start terminal sits on the band's lower border: its red outline, seen through the band's window, was a
    // sliver under the lane names of every continued piece.
    const svg =
      '<svg id="flowchart" viewBox="-500 -100 1200 900"><g class="root"><g class="clusters"><g class="cluster swimlane" id="L1"><rect class="swimlane-title" x="-500" y="-41" width="600" height="41"/></g></g><g class="nodes"><g class="node"><rect y="-1.5" height="30" style="stroke:#c62828"/></g></g></g></svg>';
    const band = { top: -41, height: 41 };
    const next = tileReference(svg, { x: 100, y: 400, width: 600, height: 500, row: 1, column: 1 }, 0.5, band);
    const window = /<svg x="-400" y="300" width="600" height="41"[^>]*>([\s\S]*?)<\/svg>/.exec(next)?.[1] ?? '';
    // The drawing seen through the window is hidden but for its lanes, by a rule scoped to the drawing's id.
    expect(window).toContain('<style>#flowchart .clusters { visibility: visible; }</style>');
    expect(window).toMatch(/<use href="#flowchart" [^>]*visibility="hidden"\/>/);
    // The piece itself still shows the whole drawing, and the first row has no band at all.
    expect(next).toMatch(/^<svg [^>]*><use href="#flowchart" x="-500" y="-100" width="1200" height="900"\/>/);
    const first = tileReference(svg, { x: 0, y: 0, width: 1200, height: 500, row: 0, column: 0 }, 0.5, band);
    expect(first).not.toContain('visibility');
  });

  it('narrows the viewBox to the tile and sizes it in millimetres, leaving the rest of the drawing as it was', () => {
    const svg =
      '<svg id="flowchart" width="1200" xmlns="http://www.w3.org/2000/svg" height="900" viewBox="-500 -40 1200 900" style="max-width: 1200px;"><text>viewBox="0 0 1 1"</text></svg>';
    const tile = tileSvg(svg, { x: 0, y: 400, width: 1200, height: 500, row: 1, column: 0 }, 0.5);
    expect(tile).toBe(
      '<svg width="158.75mm" height="66.15mm" viewBox="-500 360 1200 500" style="background-color: white; max-width: none; max-height: none;" id="flowchart" xmlns="http://www.w3.org/2000/svg"><text>viewBox="0 0 1 1"</text></svg>',
    );
  });
});

describe('the decision diamond', () => {
  it("asks the step's question, escaped like every label", () => {
    const p = loadFile('record.yaml', readFileSync(join(ROOT, 'test/render/document/fixtures/record.yaml')))
      .data as Procedure;
    const source = flowchartMermaid(p, analyseTime(p), { lang: 'vi', dialect: 'swimlane', title: false });
    expect(source).toContain('d2{"Hồ sơ đủ điều kiện?"}:::gate');
    const hostile = {
      ...p,
      steps: p.steps.map((step) =>
        step.id === 'appraise' ? { ...step, question: 'Đủ "điều kiện"? <b>x</b> %%{init}%%' } : step,
      ),
    };
    const line = flowchartMermaid(hostile, analyseTime(hostile), { lang: 'vi', dialect: 'swimlane', title: false })
      .split('\n')
      .find((l) => l.includes('d2{'))!;
    expect(line).not.toMatch(/<b>|"điều|%%\{/);
  });
});

describe('logo files', () => {
  const png = readFileSync(join(ROOT, 'test/render/document/fixtures/logo.png'));

  it('knows PNG, JPEG and SVG by their first bytes, and nothing else', () => {
    expect(imageType(png)).toBe('png');
    expect(imageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBe('jpg');
    expect(
      imageType(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')),
    ).toBe('svg');
    expect(imageType(Buffer.from('GIF89a'))).toBeUndefined();
    expect(imageType(Buffer.from('<html><svg></svg></html>'))).toBeUndefined();
  });

  it('reads the size of a PNG, a JPEG and an SVG, and makes a data: URI', () => {
    expect(imageSize({ type: 'png', data: png })).toEqual({ width: 96, height: 96 });
    // A JPEG's start-of-frame: height 30, width 40.
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x1e, 0x00, 0x28, 0x03,
    ]);
    expect(imageSize({ type: 'jpg', data: jpeg })).toEqual({ width: 40, height: 30 });
    expect(imageSize({ type: 'svg', data: Buffer.from('<svg viewBox="0 0 64 32"/>') })).toEqual({
      width: 64,
      height: 32,
    });
    expect(dataUri({ type: 'png', data: Buffer.from([1, 2]) })).toBe('data:image/png;base64,AQI=');
  });
});

describe('a flowchart on screen', () => {
  const column = documentArea('A4', false).width * PX_PER_MM;
  const drawing = (width: number, style = ' style="background-color: white;"') =>
    `<svg id="flowchart" width="${width}" xmlns="http://www.w3.org/2000/svg" height="800" viewBox="-400 -60 ${width} 800"${style}><text>style="x"</text></svg>`;

  it('leaves a chart that fits the text column as it is, byte for byte', () => {
    for (const svg of [drawing(600), drawing(Math.floor(column))]) expect(screenFitted(svg)).toBe(svg);
  });

  it('fits a wider chart to the column, but never below the size that keeps its text at the printed minimum', () => {
    // Four lanes with long names, 960 px wide: the column is 624 px, and 960 × MIN_SCALE is 614.
    const fitted = screenFitted(drawing(960));
    expect(fitted).toBe(
      drawing(960, ` style="background-color: white; max-width: 100%; min-width: ${Math.ceil(960 * MIN_SCALE)}px;"`),
    );
    expect(Math.ceil(960 * MIN_SCALE)).toBeLessThanOrEqual(column);
    // A drawing without a style of its own gets one.
    expect(screenFitted(drawing(1500, ''))).toContain(
      `<svg style="max-width: 100%; min-width: ${Math.ceil(1500 * MIN_SCALE)}px;" id="flowchart"`,
    );
  });
});

describe('a landscape chart page under a long title', () => {
  // Five lanes, 1200 × 600 px: one landscape A4 page holds it at 7 pt under the stylesheet's header (107 mm high) or
  // one 5 mm taller, not under the 21.2 mm taller header a long title needs on an upright page.
  const size = { width: 1200, height: 600 };

  it("is sized for the header as it prints across the landscape page, not for the upright page's", () => {
    const apart = flowchartSheet(size, 5, 'A4', undefined, { upright: 21.2, landscape: 5 });
    expect(apart.sheet).toEqual({ paper: 'A4', landscape: true });
    expect(apart.plan.tiles).toHaveLength(1);
    expect(apart.textPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    // Sized for the upright header on every page, it needed two pieces (before, always).
    expect(flowchartSheet(size, 5, 'A4', undefined, 21.2).plan.tiles.length).toBeGreaterThan(1);
  });

  it('keeps the room a landscape header needs beyond its own stylesheet margin (52 mm), not the upright one (44 mm)', () => {
    expect(headerExtraMm(57, true)).toBe(5);
    expect(headerExtraMm(57)).toBe(13);
    expect(headerExtraMm(50, true)).toBe(0);
  });
});

describe('a flowchart printed whole in the PDF', () => {
  it("is no taller than the room its page was planned for, the stylesheet's height overridden inline", () => {
    const svg = '<svg id="flowchart" viewBox="0 0 600 2000" style="max-width: 600px;"><text>x</text></svg>';
    // A4 upright under a header 21.2 mm taller than the stylesheet's: 175.8 mm, not the stylesheet's 200.
    const room = documentArea('A4', false, 21.2).height;
    expect(printFitted(svg, room)).toBe(
      '<svg id="flowchart" viewBox="0 0 600 2000" style="max-width: 600px; max-height: 175.8mm;"><text>x</text></svg>',
    );
  });
});
