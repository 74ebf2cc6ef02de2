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

// The smallest text mermaid draws in procmap's charts, 15 CSS px (MERMAID_CONFIG: fontSize and the lane titles).
const SMALLEST_TEXT_PX = 15;
const PX_PER_MM = 96 / 25.4;

// The document's text area (Decree 30 margins: left 30, right 15; the control header takes the top 44 mm, the
// bottom keeps 20 mm) less room for the section heading and the legend.
const MARGINS_MM = { left: 30, right: 15, top: 44, bottom: 20, captions: 36 };

/** The drawing area of a page of the document, in millimetres. */
export function documentArea(paper: Paper, landscape: boolean): { width: number; height: number } {
  const [short, long] = PAPER_MM[paper];
  const [width, height] = landscape ? [long, short] : [short, long];
  return { width: width - MARGINS_MM.left - MARGINS_MM.right, height: height - MARGINS_MM.top - MARGINS_MM.bottom - MARGINS_MM.captions };
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

/**
 * The page a document's flowchart goes on, with the size its smallest text prints at there. It stays in the text
 * (sheet null) when it has fewer than five lanes and prints its text at MIN_TEXT_PT or more there; otherwise it gets
 * a page of its own, landscape, unless the chart is so tall that an upright page prints it larger and landscape
 * would print its text below MIN_TEXT_PT.
 */
export function flowchartSheet(size: { width: number; height: number } | undefined, lanes: number, paper: Paper = 'A4'): { sheet: Sheet | null; textPt: number } {
  const at = (area: { width: number; height: number }) => (size === undefined ? MIN_TEXT_PT : textPoints(fitScale(size, area)));
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
export function chartOrientation(size: { width: number; height: number }, paper: Paper, marginMm: number): { landscape: boolean; scale: number } {
  const [short, long] = PAPER_MM[paper];
  const upright = fitScale(size, { width: short - 2 * marginMm, height: long - 2 * marginMm });
  const wide = fitScale(size, { width: long - 2 * marginMm, height: short - 2 * marginMm });
  return wide > upright ? { landscape: true, scale: wide } : { landscape: false, scale: upright };
}
