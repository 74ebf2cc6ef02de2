import { withDocumentPolicy } from './policy.js';
import {
  cutPiece,
  printFitted,
  screenFitted,
  svgSize,
  tileReference,
  tileSvg,
  type Paper,
  type Sheet,
  type TilePlan,
} from '../flowchart-page.js';
import type { ImageFile } from '../image-file.js';
import { Markup, svgMarkup } from './markup.js';
import { markdownView } from './markdown.js';
import { htmlView } from './long-words.js';
import type { DocumentTemplates } from './templates.js';
import { buildDocumentView, type DocumentInput } from './view.js';

/** A procedure with its time analysis, in a language, with the agency's logo: what every document format starts from. */
export type DocumentSubject = Omit<DocumentInput, 'flowchart' | 'css' | 'logo' | 'pdf' | 'flowchartPage'> & {
  /** The logo file, embedded in the control header. */
  logo?: ImageFile;
  /** The paper of a flowchart's landscape page (A4 unless asked). */
  paper?: Paper;
  /** SOURCE_DATE_EPOCH's date, when set: the Word file's dates instead of the procedure's. */
  sourceDate?: Date;
};

/** How the HTML is laid out: for the screen or for procmap's PDF printer, and where the flowchart goes. */
export interface HtmlLayout {
  /** The logo as a data: URI. */
  logo?: string | undefined;
  pdf?: boolean;
  flowchartPage?: Sheet | null;
  /**
   * The flowchart's tiles when it is split over several pages (flowchartSheet): in the PDF each a copy of the drawing;
   * in the HTML, for the browser's print only, each a window onto the one drawing the screen shows.
   */
  flowchartTiles?: TilePlan;
  /** PDF: the height a chart printed whole may take, in millimetres: the room its placement was planned for. */
  flowchartHeightMm?: number;
}

function viewInput(subject: DocumentSubject) {
  const { logo: _logo, paper: _paper, sourceDate: _sourceDate, ...input } = subject;
  return input;
}

/** One self-contained HTML page: inline stylesheet, the flowchart as inline SVG; what the PDF printer prints too. */
export function renderHtml(
  templates: DocumentTemplates,
  subject: DocumentSubject,
  svg: string,
  layout: HtmlLayout = {},
): string {
  const { flowchartTiles: plan, flowchartHeightMm: height, ...rest } = layout;
  // On screen a chart wider than the text column is fitted to it while its text stays readable (screenFitted); the
  // PDF prints the drawing as drawn, sized by its pieces, or whole no taller than its page was planned to hold.
  const printed = height !== undefined && !(plan && plan.tiles.length > 1) ? printedWhole(svg, height, plan) : svg;
  const safe = svgMarkup(layout.pdf ? printed : screenFitted(svg));
  // Only the printed page splits a chart: on screen it scrolls. The HTML keeps the whole drawing for the screen and
  // prints windows onto it, so that a browser's print does not shrink a wide chart to the text's width.
  const tiles =
    plan && plan.tiles.length > 1
      ? plan.tiles.map(
          (tile) =>
            new Markup(
              layout.pdf
                ? tileSvg(safe.text, tile, plan.scale, plan.band)
                : tileReference(safe.text, tile, plan.scale, plan.band),
            ),
        )
      : undefined;
  return withDocumentPolicy(
    templates.html(
      htmlView(
        buildDocumentView({
          ...viewInput(subject),
          ...rest,
          flowchart: {
            svg: safe,
            ...(tiles && plan ? { tiles, overlaps: plan.tiles.map((tile) => tile.overlaps === true) } : {}),
          },
          css: new Markup(templates.css),
        }),
      ),
    ),
  );
}

// The chart as the PDF prints it on one page: the one piece its plan kept, at the plan's scale, when that piece leaves
// out an empty strip of the drawing (the lanes' empty ends below the time summary); else the whole drawing no taller
// than `heightMm`. Printed whole, QT-SNNMT-DD-07's chart shrank below the scale its one piece was planned at, its text
// to 6.95 pt and the summary's to 6.8, under the 7 pt minimum.
function printedWhole(svg: string, heightMm: number, plan: TilePlan | undefined): string {
  const piece = cutPiece(plan, svgSize(svg));
  return piece && plan ? tileSvg(svg, piece, plan.scale) : printFitted(svg, heightMm);
}

/** The control header the PDF printer puts on every page: issuer and logo, title, code, revision, dates, page x/y. */
export function renderPageHeader(templates: DocumentTemplates, subject: DocumentSubject, logo?: string): string {
  return templates.pageHeader(buildDocumentView({ ...viewInput(subject), logo }));
}

/** The footer the PDF printer puts on every page: document code and revision. */
export function renderPageFooter(templates: DocumentTemplates, subject: DocumentSubject): string {
  return templates.pageFooter(buildDocumentView(viewInput(subject)));
}

/** The document in Markdown with the flowchart as a mermaid block; needs no browser. */
export function renderMarkdown(templates: DocumentTemplates, subject: DocumentSubject, mermaid: string): string {
  return templates.markdown(
    markdownView(buildDocumentView({ ...viewInput(subject), flowchart: { mermaid: new Markup(mermaid.trimEnd()) } })),
  );
}
