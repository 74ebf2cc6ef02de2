import type { BrowserSession } from '../diagram-renderer.js';
import { DiagramError } from '../diagram-renderer.js';
import {
  cutPiece,
  fitScale,
  documentArea,
  inTextHeightMm,
  stepBoxes,
  flowchartSheet,
  placedOn,
  HTML_HEADER_EXTRA_MM,
  headerExtraMm,
  laneBand,
  stepExtents,
  svgOrigin,
  pictureSheet,
  svgSize,
  tileSvg,
  type Paper,
  type Sheet,
  type TilePlan,
} from '../flowchart-page.js';
import { procedureDates, type FileDates } from '../../file-dates.js';
import { dataUri, imageSize, type ImageFile } from '../image-file.js';
import { flowchartMermaid } from '../mermaid.js';
import { pdfInfoFields, withPdfInfo, type PdfInfo } from '../pdf-info.js';
import { stampFields, withStableStamps } from '../pdf-stamps.js';
import type { DocxImage } from './docx.js';
import { wordCoreXml } from './docx-core.js';
import { renderHtml, renderMarkdown, renderPageFooter, renderPageHeader, type DocumentSubject } from './render.js';
import type { DocumentTemplates } from './templates.js';
import { buildDocumentView } from './view.js';

/** A flowchart that the browser could not draw, named by the procedure it belongs to. */
export class FlowchartError extends Error {
  override name = 'FlowchartError';
}

/** One procedure's document as Markdown, with the flowchart as a mermaid block GitHub and GitLab draw. */
export function markdownDocument(templates: DocumentTemplates, subject: DocumentSubject): string {
  const mermaid = flowchartMermaid(subject.procedure, subject.analysis, {
    lang: subject.lang,
    dialect: 'flowchart',
    title: false,
    sweep: subject.sweep,
    channelSweeps: subject.channelSweeps,
    caseSweeps: subject.caseSweeps,
    channelCaseSweeps: subject.channelCaseSweeps,
    // The chart is printed in the signed document: how open hours are counted, without the tool's name.
    reader: 'document',
  });
  return renderMarkdown(templates, subject, mermaid);
}

/** The dates of a procedure's Word file and PDF: the procedure's own, or SOURCE_DATE_EPOCH's when set. */
function fileDates(subject: DocumentSubject): FileDates {
  return procedureDates([subject.procedure], subject.sourceDate);
}

/** The properties (docProps/core.xml) procmap writes in a procedure's Word file: known before anything is rendered. */
export function wordCore(subject: DocumentSubject): string {
  return wordCoreXml(buildDocumentView({ ...subject, logo: undefined }).header, fileDates(subject));
}

/**
 * The title, subject and author procmap gives a procedure's PDF: the document's own header, so a control character in
 * the title is printed in the properties as on the page and in the Word file (as a space, a quote, or as nothing).
 */
function pdfInfo(subject: DocumentSubject): PdfInfo {
  const { header } = buildDocumentView({ ...subject, logo: undefined });
  // A property is one line in a reader's dialog: a new line in the title reads there as the space the page shows.
  const line = (text: string) => text.replace(/\s+/g, ' ').trim();
  return {
    title: line(`${header.code} – ${header.title}`),
    subject: header.code,
    ...(header.issuer ? { author: line(header.issuer) } : {}),
  };
}

/** The properties procmap writes in a procedure's PDF, as they appear in the file: known before anything is printed. */
export function pdfProperties(subject: DocumentSubject): string[] {
  return [...pdfInfoFields(pdfInfo(subject)), ...stampFields(fileDates(subject))];
}

/** The browser-made formats of one document. */
export interface BrowserFormats {
  html: boolean;
  pdf: boolean;
  docx: boolean;
}

/** What the browser makes of one procedure: the flowchart SVG and, as asked, the document's HTML, PDF and Word file. */
export interface BrowserDocuments {
  svg: string;
  html?: string;
  pdf?: Buffer;
  docx?: Buffer;
}

// Resolution of pictures in a printed document: 300 dots per inch at the size they print.
const PRINT_DPI = 300;

/** Millimetres between the bottom of the PDF's page header and the page's first line, at the least. */
const HEADER_GAP_MM = 10;

/** The mermaid text of a document's swimlane chart: with procmap's version, all that decides the chart's SVG. */
export function flowchartSource(subject: DocumentSubject): string {
  return flowchartMermaid(subject.procedure, subject.analysis, {
    lang: subject.lang,
    dialect: 'swimlane',
    title: false,
    sweep: subject.sweep,
    channelSweeps: subject.channelSweeps,
    caseSweeps: subject.caseSweeps,
    channelCaseSweeps: subject.channelCaseSweeps,
    // The chart is printed in the signed document: how open hours are counted, without the tool's name.
    reader: 'document',
  });
}

async function drawFlowchart(session: BrowserSession, subject: DocumentSubject): Promise<string> {
  try {
    return await session.renderSvg(flowchartSource(subject), { svgId: 'flowchart' });
  } catch (error) {
    if (error instanceof DiagramError)
      throw new FlowchartError(
        subject.lang === 'vi'
          ? `Không vẽ được lưu đồ của "${subject.procedure.id}": ${error.message}`
          : `The flowchart of "${subject.procedure.id}" could not be drawn: ${error.message}`,
      );
    throw error;
  }
}

/** The flowchart for Word: SVG with a PNG fallback at print resolution for the size it prints at. */
async function flowchartImage(
  session: BrowserSession,
  subject: DocumentSubject,
  svg: string,
  sheet: Sheet | null,
): Promise<DocxImage> {
  const size = svgSize(svg) ?? { width: 800, height: 600 };
  const scale = fitScale(size, documentArea(sheet?.paper ?? 'A4', sheet?.landscape ?? false));
  const pngScale = Math.max(1, Math.ceil((PRINT_DPI / 96) * scale * 4) / 4);
  const png = await session.renderMermaid(flowchartSource(subject), 'png', { svgId: 'flowchart', pngScale });
  return { type: 'svg', data: Buffer.from(svg, 'utf8'), fallback: png, width: size.width, height: size.height };
}

/**
 * The flowchart for Word split as the PDF splits it: one picture per tile, each the tile's SVG with a PNG fallback
 * at print resolution, sized as the tile prints (the plan's scale), so Word never shrinks it.
 */
async function flowchartTiles(session: BrowserSession, svg: string, plan: TilePlan): Promise<DocxImage[]> {
  const images: DocxImage[] = [];
  for (const tile of plan.tiles) {
    const piece = tileSvg(svg, tile, plan.scale, plan.band);
    const [width, height] = [tile.width * plan.scale, tile.height * plan.scale];
    // Drawn at the size the tile prints, in CSS pixels: PRINT_DPI / 96 device pixels to each reaches print resolution.
    const png = await session.rasterize(
      dataUri({ type: 'svg', data: Buffer.from(piece, 'utf8') }),
      width,
      height,
      PRINT_DPI / 96,
      // Opaque, as the whole chart's picture is: a PNG without alpha, a quarter smaller.
      '#fff',
    );
    images.push({
      type: 'svg',
      data: Buffer.from(piece, 'utf8'),
      fallback: png,
      width,
      height,
      overlaps: tile.overlaps === true,
    });
  }
  return images;
}

/** The logo for Word: PNG or JPEG as it is; SVG with a PNG fallback drawn by the browser. */
async function logoImage(session: BrowserSession, logo: ImageFile): Promise<DocxImage | undefined> {
  const size = imageSize(logo);
  if (!size) return undefined;
  if (logo.type !== 'svg') return { type: logo.type, data: logo.data, width: size.width, height: size.height };
  return {
    type: 'svg',
    data: logo.data,
    fallback: await session.rasterize(dataUri(logo), size.width, size.height),
    width: size.width,
    height: size.height,
  };
}

/** A browser session, or how to get one the first time a document needs it. */
export type SessionOnDemand = BrowserSession | (() => Promise<BrowserSession>);

/**
 * Draws the flowchart (unless `drawn` is its SVG from an earlier run of the same chart source), then fills the
 * documents asked for with it, all in one shared browser session: the HTML page, the PDF (the control header with
 * page x/y printed on every page) and the Word file. A chart with many lanes or too wide to read upright gets a
 * landscape page (A4, or the subject's paper). The session is asked for only when the browser has work to do.
 */
export async function browserDocuments(
  browser: SessionOnDemand,
  templates: DocumentTemplates,
  subject: DocumentSubject,
  formats: BrowserFormats,
  drawn?: string,
): Promise<BrowserDocuments> {
  const session = typeof browser === 'function' ? browser : () => Promise.resolve(browser);
  const svg = drawn ?? (await drawFlowchart(await session(), subject));
  const lanes = new Set(subject.procedure.steps.map((step) => step.body)).size;
  const size = svgSize(svg);
  const band = laneBand(svg);
  // Where the steps are drawn: pieces of a split chart are cut between them, not through one.
  const extents = stepExtents(svg);
  const logo = subject.logo && dataUri(subject.logo);
  const headerTemplate = renderPageHeader(templates, subject, logo);
  // The PDF's control header measured as Chromium prints it: a long title or issuer makes it taller than the
  // stylesheet's 44 mm, and its pages then have that much less room for the flowchart. The Word file prints the
  // chart's pieces as the PDF does, so both are sized for the room really left; the HTML turns its chart as the PDF
  // does, so it is measured for the HTML too whenever the browser is at work anyway. A chart reused from the last
  // build, for the HTML alone, needs no browser: its header is then taken as the stylesheet's (its margin holds it).
  const measure = async (landscape?: Paper) =>
    Math.ceil((await (await session()).headerRoomMm(headerTemplate, HEADER_GAP_MM, landscape)) * 10) / 10;
  const measured = formats.pdf || formats.docx || (formats.html && drawn === undefined);
  const topMarginMm = measured ? await measure() : undefined;
  // A landscape chart page's header, across the wider page: a long title wraps over fewer lines there, and the chart
  // gets the height it leaves rather than the upright header's.
  const landscapeTopMarginMm = measured ? await measure(subject.paper ?? 'A4') : undefined;
  // The PDF and the Word file split a chart over pages rather than print its text below the minimum; pieces that
  // would show only empty lanes are left out of both alike.
  const [steps, origin] = [stepBoxes(svg), svgOrigin(svg)];
  const extraTopMm = {
    upright: topMarginMm === undefined ? 0 : headerExtraMm(topMarginMm),
    landscape: landscapeTopMarginMm === undefined ? 0 : headerExtraMm(landscapeTopMarginMm, true),
  };
  const { sheet, plan } = flowchartSheet(size, lanes, subject.paper, band, extraTopMm, extents, steps, origin);
  const out: BrowserDocuments = { svg };
  if (formats.html) {
    // A browser prints the HTML's control header inside the page, taller than the PDF's: the chart is turned as the
    // PDF turns it (a sheet chosen for a header of no height turned a long title's chart landscape where the PDF's is
    // upright), and its pieces are cut for the room the HTML's header leaves on that sheet, in one placement.
    const printed = sheet ? placedOn(sheet, size, band, HTML_HEADER_EXTRA_MM, extents, steps, origin) : { sheet, plan };
    const htmlPlan = printed.sheet && size && printed.plan.tiles.length > 1 ? printed.plan : undefined;
    out.html = renderHtml(templates, subject, svg, {
      logo,
      flowchartPage: printed.sheet,
      ...(htmlPlan ? { flowchartTiles: htmlPlan } : {}),
    });
  }
  if (formats.pdf) {
    // A chart printed whole is no taller than the room it was placed for, so that its legend stays on its page.
    const turned = sheet?.landscape ?? false;
    const room = documentArea(sheet?.paper ?? 'A4', turned, turned ? extraTopMm.landscape : extraTopMm.upright).height;
    // A chart in the text, as the Word file draws it: a little lower than the page, so that a short section before it
    // shares its page (a 300-character step left "5.6. Phí, lệ phí" and one line alone on page 3).
    const whole = sheet === null && size ? inTextHeightMm(room, size.height) : room;
    const html = renderHtml(templates, subject, svg, {
      logo,
      flowchartPage: sheet,
      pdf: true,
      flowchartTiles: plan,
      flowchartHeightMm: whole,
    });
    const footerTemplate = renderPageFooter(templates, subject);
    // Tagged, so that Chromium writes the section headings as bookmarks (the PDF outline).
    const printer = await session();
    const pdf = await printer.printPdf(html, {
      displayHeaderFooter: true,
      headerTemplate,
      footerTemplate,
      tagged: true,
      outline: true,
      // The margin the flowchart's pieces were sized for: the stylesheet's 44 mm, more for a taller header.
      ...(topMarginMm !== undefined ? { topMarginMm } : {}),
      ...(landscapeTopMarginMm !== undefined ? { landscapeTopMarginMm } : {}),
    });
    out.pdf = withPdfInfo(withStableStamps(pdf, fileDates(subject)), pdfInfo(subject));
  }
  if (formats.docx) {
    // A chart that fits one page stays one picture, placed as pictureSheet says (the same page as flowchartSheet's).
    const tiled = plan.tiles.length > 1;
    const page = tiled ? sheet : pictureSheet(size, lanes, subject.paper).sheet;
    const view = buildDocumentView({ ...subject, logo, flowchartPage: page });
    const pictures = await session();
    const logoPicture = subject.logo && (await logoImage(pictures, subject.logo));
    // The one piece the PDF prints (cutPiece), at its planned scale: the whole picture shrank to the page, its summary
    // under 7 pt (QT-SNNMT-DD-07, 6.9 pt).
    const flowchart = tiled
      ? { flowchartTiles: await flowchartTiles(pictures, svg, plan) }
      : cutPiece(plan, size)
        ? { flowchart: (await flowchartTiles(pictures, svg, plan))[0]! }
        : { flowchart: await flowchartImage(pictures, subject, svg, page) };
    // The Word writer (the docx package, ≈ 85 ms to load) only for builds and runs that make Word files.
    const { renderDocx } = await import('./docx.js');
    const images = { ...flowchart, ...(logoPicture ? { logo: logoPicture } : {}) };
    out.docx = await renderDocx(view, images, page, fileDates(subject));
  }
  return out;
}
