import { availableParallelism } from 'node:os';
import type { Browser, HTTPRequest, Page, PDFOptions } from 'puppeteer-core';
import { ToolError } from '../errors.js';
import { newBrowserProfile, removeBrowserProfile } from '../node/browser-profile.js';
import { browserStartProblem, launchBrowser } from './browser.js';
import { DOCUMENT_POLICY } from './document/policy.js';
import { headerFrame, HEADER_WIDTH_MM, markupHeightMm, raiseTopMargins } from './header-room.js';
import { letLongCoverFlow } from './cover-room.js';
import { startPageBeforeChartSheet } from './chart-sheet-room.js';
import { uprightPageArea } from './page-area.js';
import { chartOrientation, PAPER_MM, type Paper } from './flowchart-page.js';
import { MERMAID_ENTRY, MermaidModules, readMermaidBundle } from './mermaid-modules.js';
import { Pool } from './page-pool.js';
import { encodePng } from './png-encode.js';
import { decodeRgbaPng } from './png-decode.js';

/** Image formats rendered in the browser. */
export type DiagramFormat = 'svg' | 'png' | 'pdf';

/** Fonts that carry Vietnamese diacritics, stacked ones included; Noto Sans comes with fonts-noto-core. */
export const DIAGRAM_FONT_FAMILY = '"Noto Sans", "DejaVu Sans", Arial, sans-serif';

/** How to open a browser session. */
export interface BrowserSessionOptions {
  /** The browser to start (see findBrowser). */
  executablePath: string;
  /**
   * Pages rendering diagrams at the same time; each loads its own copy of mermaid (about 0.5 s). Default:
   * defaultDiagramPages (two on 2–3 cores, else one per core but one, at most four).
   */
  pages?: number;
  /**
   * Load mermaid as mermaid-cli does, its one-file bundle (with the same layout fix, readMermaidBundle), instead of
   * its module build with the faster configuration copy and cached text widths (see MermaidModules, patchConfigCopy,
   * patchGetConfig and patchTextWidth). The SVGs are byte-identical (test/render/diagram-fast-path.test.ts compares
   * them); only to compare against.
   */
  referenceBundle?: boolean;
  /** PNG pixels per diagram pixel. */
  pngScale?: number;
  /**
   * The browser's profile folder, made and removed by the caller (see newBrowserProfile); without it, the launcher
   * makes one of its own and removes it when the browser closes.
   */
  profile?: string;
}

/** How to print a PDF: puppeteer's options, and room for a header that wraps (see raiseTopMargins). */
export interface PrintOptions extends Omit<PDFOptions, 'path'> {
  /** Grow the pages' top margins to hold `headerTemplate` with this many millimetres below it. */
  headerGapMm?: number;
  /** Grow the pages' top margins to this many millimetres (headerRoomMm's answer, which the layout was sized for). */
  topMarginMm?: number;
  /** With topMarginMm: the landscape pages' top margin instead (headerRoomMm's answer for a landscape page). */
  landscapeTopMarginMm?: number;
}

/** Per-diagram choices. */
export interface DiagramOptions {
  /**
   * The id of the SVG element, which also prefixes the ids and style rules inside it: give each SVG inlined in the
   * same HTML document its own. Letters, digits, `-` and `_`, starting with a letter.
   */
  svgId?: string;
  /** PNG pixels per diagram pixel, instead of the session's. */
  pngScale?: number;
  /** PDF: print on this paper, upright or landscape, whichever shows the diagram larger (default A4). */
  paper?: Paper;
}

// Margin all round a standalone flowchart page, in millimetres.
const CHART_PAGE_MARGIN_MM = 10;

/** A diagram mermaid refused: the generated source is wrong, not the browser. */
export class DiagramError extends Error {
  override name = 'DiagramError';
}

/**
 * Mermaid's settings for every diagram: security, text and fonts. `secure` keys cannot be changed from inside a
 * diagram (front matter or a directive); layout settings can, and procmap's sources carry their own.
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  secure: [
    'secure',
    'securityLevel',
    'startOnLoad',
    'maxTextSize',
    'suppressErrorRendering',
    'maxEdges',
    'htmlLabels',
    'fontFamily',
    'themeCSS',
    'themeVariables',
    'theme',
    'deterministicIds',
  ],
  suppressErrorRendering: true,
  deterministicIds: true,
  // Some shapes get random control points even in the classic look; a fixed seed makes a chart the same bytes every time.
  handDrawnSeed: 1,
  theme: 'default',
  // Real SVG <text>, not HTML in <foreignObject>: other SVG tools, printers and PDF converters draw it.
  htmlLabels: false,
  fontFamily: DIAGRAM_FONT_FAMILY,
  themeVariables: { fontFamily: DIAGRAM_FONT_FAMILY, fontSize: '15px' },
  // linkStyle paints an edge's label text with the edge's stroke, which smears it. An edge's label is often drawn across
  // a line (the swimlane layout gives it no background): renderInPage puts a patch of the lane's colour under its
  // letters (backEdgeLabels). Lane titles keep the size of the other text: it is the smallest text of a chart that
  // decides whether it can be read on paper.
  themeCSS:
    '.edgeLabel .label { stroke: none !important; } .edgeLabel text { stroke: none !important; } .swimlane-label text { font-size: 15px; font-weight: bold; }',
  flowchart: { htmlLabels: false, useMaxWidth: false, padding: 12 },
  swimlane: { useMaxWidth: false },
  maxTextSize: 200_000,
  // Above procmap's own limit on arrows (LIMITS.maxArrows) plus the start, end and join arrows it adds.
  maxEdges: 1000,
};

const PAGE_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}#host{display:inline-block}#host>svg{display:block}</style></head><body><div id="host"></div></body></html>';

const SVG_ID = /^[A-Za-z][\w-]*$/;

/** Where a session's pages get mermaid: its module build (procmap's way) or its one-file bundle (the reference). */
type MermaidSource = { modules: MermaidModules } | { bundle: string };

async function mermaidSource(options: BrowserSessionOptions): Promise<MermaidSource> {
  return options.referenceBundle ? { bundle: await readMermaidBundle() } : { modules: new MermaidModules() };
}

/** The default number of pages that render diagrams: two on 2–3 cores, else one per core but one, at most four. */
export function defaultDiagramPages(cores: number = availableParallelism()): number {
  // On 2 cores a second page pays now that mermaid loads in ≈ 0.5 s: 197 against 257 ms per chart cold, 153 against
  // 209 warm (docs/performance.md, flowcharts fourth round). Node's own share of the work is small beside a page's.
  return Math.max(Math.min(2, cores), Math.min(4, cores - 1));
}

// Documents are served to their page from this address, mermaid's modules to its pages from the other (never
// resolved: procmap answers the requests itself), so a document's policy arrives as a response header, which no markup
// in the document can loosen.
const DOCUMENT_URL = 'https://document.procmap.invalid/';
const MERMAID_URL = 'https://mermaid.procmap.invalid/';

/** What procmap answers to a page's request for one of its own addresses. */
interface Answer {
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

/** What procmap answers a page's request with, at once or once read; undefined refuses it. */
type PageAnswer = (request: HTTPRequest) => Answer | undefined | Promise<Answer | undefined>;

/**
 * Pages only ever see what procmap puts in them: any request that would leave the page (an <img>, a font, a link)
 * is refused; `answer` gives what procmap serves at its own addresses, undefined for what it refuses.
 */
async function sealPage(page: Page, answer: PageAnswer = () => undefined): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('about:')) return void request.continue();
    void Promise.resolve(answer(request))
      .then((reply) => (reply ? request.respond({ status: 200, ...reply }) : request.abort('blockedbyclient')))
      // The page may be gone (closed while a module was read): nothing is waiting for the answer then.
      .catch(() => undefined);
  });
}

/** The print page's answer: the document it is loading, under its policy. */
function documentAnswer(document: () => string): PageAnswer {
  return (request) =>
    request.url() === DOCUMENT_URL && request.isNavigationRequest()
      ? {
          contentType: 'text/html; charset=utf-8',
          headers: { 'Content-Security-Policy': DOCUMENT_POLICY },
          body: document(),
        }
      : undefined;
}

/** A mermaid page's answer: the empty page, then mermaid's modules as it imports them. */
function mermaidAnswer(modules: MermaidModules): PageAnswer {
  return (request) => {
    const url = request.url();
    if (url === MERMAID_URL && request.isNavigationRequest())
      return { contentType: 'text/html; charset=utf-8', body: PAGE_HTML };
    if (!url.startsWith(MERMAID_URL)) return undefined;
    return modules
      .read(url.slice(MERMAID_URL.length))
      .then((body) => (body === undefined ? undefined : { contentType: 'text/javascript; charset=utf-8', body }));
  };
}

/**
 * Runs in the page: draws an image (a data: URI) `width` × `height` CSS pixels, `scale` device pixels to each, on a
 * canvas of `box` whole CSS pixels over `background` (transparent when null) and gives back its PNG in base64. A
 * screenshot came from the compositor, whose text anti-aliasing changed from run to run on a loaded machine (Word's
 * picture not the same bytes twice); a software canvas draws the same pixels every time. Chrome writes a canvas's PNG
 * RGBA whatever the canvas, a third larger than the screenshot was: pngOf writes it again, far smaller.
 */
async function drawOnCanvas(
  uri: string,
  width: number,
  height: number,
  box: { width: number; height: number },
  scale: number,
  background: string | null,
): Promise<string> {
  const image = new Image();
  image.src = uri;
  await image.decode();
  const canvas = document.createElement('canvas');
  // As many pixels as the screenshot of the box had, so that the PNG keeps its size.
  canvas.width = Math.round(box.width * scale);
  canvas.height = Math.round(box.height * scale);
  // Read back, never shown: a canvas in memory, drawn by the CPU, not the GPU's (which --disable-gpu turns off anyway).
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas');
  if (background !== null) {
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(image, 0, 0, width * scale, height * scale);
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}

/** The PNG to embed for the RGBA PNG drawOnCanvas gave back (in base64): see encodePng. */
function pngOf(drawn: string): Buffer {
  return encodePng(decodeRgbaPng(Buffer.from(drawn, 'base64')));
}

/** A diagram as the page rendered it (its size when asked for), or mermaid's reason for refusing the source. */
type RenderedInPage = { svg: string; width: number; height: number } | { error: string };

/**
 * Runs in the page: renders one diagram with the mermaid loaded there and leaves it in #host for screenshots. The size
 * is measured only for PNG and PDF (it forces a layout of the whole drawing); an SVG's bytes do not depend on it.
 */
async function renderInPage(id: string, source: string, measure: boolean): Promise<RenderedInPage> {
  // The room a lane's name keeps from its title band's borders, in pixels.
  const NAME_MARGIN = 8;
  /**
   * mermaid wraps a lane's name to a width of its own, not the lane's: a name could run past its lane's borders into
   * the next lane's name. A name with a line wider than its lane (less a margin each side) is wrapped again, word by
   * word, to that width, as many lines as it needs, each centred in the lane; a name that fits is left as drawn.
   */
  function fitLaneName(title: Element, label: SVGGElement): boolean {
    const text = label.querySelector('text');
    const rows = text ? [...text.querySelectorAll<SVGTSpanElement>(':scope > tspan.text-outer-tspan')] : [];
    const room = Number(title.getAttribute('width')) - 2 * NAME_MARGIN;
    if (!text || rows.length === 0 || !(room > 0) || rows.every((row) => row.getComputedTextLength() <= room))
      return false;
    const words = rows.flatMap((row) => (row.textContent ?? '').split(/\s+/)).filter(Boolean);
    const shift = /^translate\(([-\d.e]+),/.exec(label.getAttribute('transform') ?? '');
    const middle = Number(title.getAttribute('x')) + Number(title.getAttribute('width')) / 2 - Number(shift?.[1] ?? 0);
    const row = (index: number) => {
      const outer = document.createElementNS('http://www.w3.org/2000/svg', 'tspan');
      outer.setAttribute('class', 'text-outer-tspan row');
      outer.setAttribute('x', String(middle));
      // mermaid's own line spacing: each row 1.1 em below the one before.
      outer.setAttribute('y', `${Math.round((index * 1.1 - 0.1) * 10) / 10}em`);
      outer.setAttribute('dy', '1.1em');
      const inner = document.createElementNS('http://www.w3.org/2000/svg', 'tspan');
      inner.setAttribute('class', 'text-inner-tspan');
      inner.setAttribute('font-style', 'normal');
      inner.setAttribute('font-weight', 'normal');
      outer.append(inner);
      text.append(outer);
      return inner;
    };
    for (const old of rows) old.remove();
    text.setAttribute('text-anchor', 'middle');
    let line = row(0);
    for (const word of words) {
      if (!line.textContent) {
        line.textContent = word;
        continue;
      }
      const before = line.textContent;
      line.textContent = `${before} ${word}`;
      if ((line.parentNode as SVGTSpanElement).getComputedTextLength() <= room) continue;
      line.textContent = before;
      line = row(text.querySelectorAll(':scope > tspan.text-outer-tspan').length);
      line.textContent = word;
    }
    return true;
  }
  /**
   * mermaid's swimlane layout gives each lane's title band the height of its own label, at most 36 px above where the
   * content starts: a lane whose name wraps had a deeper band than its neighbours, and a name of three lines or more
   * ran out of its band over the chart. Lanes side by side (their bodies start below their titles) get one band, as
   * deep as the deepest name needs (with a margin above and below when a name takes several lines), grown upwards
   * (the chart's title and edge move up with it), each name centred, line by line.
   */
  function alignLaneTitles(element: SVGSVGElement): void {
    const lanes = [...element.querySelectorAll('g.swimlane')].map((lane) => ({
      title: lane.querySelector(':scope > rect.swimlane-title'),
      body: lane.querySelector(':scope > rect.swimlane-body'),
      label: lane.querySelector(':scope > g.swimlane-label'),
    }));
    const number = (node: Element | null, name: string) => Number(node?.getAttribute(name));
    const top = number(lanes[0]?.title ?? null, 'y');
    const sideBySide = lanes.every(
      ({ title, body, label }) =>
        title && body && label && number(title, 'y') === top && number(body, 'y') > number(title, 'y'),
    );
    if (lanes.length === 0 || !sideBySide || !Number.isFinite(top)) return;
    const rewrapped = new Set(
      lanes.filter(({ title, label }) => fitLaneName(title!, label as SVGGElement)).map(({ label }) => label),
    );
    const deepest = Math.max(...lanes.map(({ title }) => number(title, 'height')));
    const names = lanes.map(({ label }) => (label!.querySelector('text') ?? (label as SVGGElement)).getBBox().height);
    // A name of several lines keeps the margin it keeps from its lane's sides above and below it too: mermaid's band
    // left it about 1 px, its first line touching the top border. Names of one line keep mermaid's band as it is.
    const lines = (label: Element | null) => label?.querySelectorAll('text > tspan.text-outer-tspan').length ?? 0;
    const margin = lanes.some(({ label }) => lines(label) > 1) ? NAME_MARGIN : 2;
    const band = Math.max(deepest, Math.ceil(Math.max(...names)) + 2 * margin);
    const grow = band - deepest;
    // A name of several lines is drawn left-aligned in its block; each line is centred, as a name of one line is.
    for (const { label } of lanes) {
      const text = label!.querySelector('text');
      const lines = text ? [...text.querySelectorAll(':scope > tspan.text-outer-tspan')] : [];
      if (!text || lines.length < 2 || rewrapped.has(label)) continue;
      const middle = String(text.getBBox().width / 2);
      text.setAttribute('text-anchor', 'middle');
      for (const line of lines) line.setAttribute('x', middle);
    }
    lanes.forEach(({ title, body, label }, i) => {
      const shift = /^translate\(([-\d.e]+),\s*[-\d.e]+\)$/.exec(label!.getAttribute('transform') ?? '');
      const lowered = top + deepest - number(body, 'y');
      title!.setAttribute('y', String(top - grow));
      title!.setAttribute('height', String(band));
      body!.setAttribute('y', String(top + deepest));
      body!.setAttribute('height', String(Math.max(0, number(body, 'height') - lowered)));
      if (shift) label!.setAttribute('transform', `translate(${shift[1]}, ${top - grow + (band - names[i]!) / 2})`);
    });
    if (grow > 0) {
      const chartTitle = element.querySelector(':scope > text.flowchartTitleText');
      if (chartTitle) chartTitle.setAttribute('y', String(number(chartTitle, 'y') - grow));
      const view = (element.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
      if (view.length === 4 && view.every(Number.isFinite)) {
        element.setAttribute('viewBox', `${view[0]} ${view[1]! - grow} ${view[2]} ${view[3]! + grow}`);
        if (element.hasAttribute('height')) element.setAttribute('height', String(number(element, 'height') + grow));
      }
    }
  }
  /**
   * mermaid strips whatever looks like a tag from the chart's title, so the title's `<` and `>` arrive as look-alikes
   * marked with a word joiner (TITLE_BRACKETS in escape-mermaid.ts): they show again as the officer typed them.
   */
  function restoreTitleBrackets(element: SVGSVGElement): void {
    const title = element.querySelector<SVGTextElement>(':scope > text.flowchartTitleText');
    if (title?.textContent?.includes('\u2060'))
      title.textContent = title.textContent.replace(/([‹›])\u2060/g, (_, c: string) => (c === '‹' ? '<' : '>'));
  }
  /**
   * mermaid writes the chart's title on one line and widens the drawing to hold it: a title of 300 characters made a
   * chart 2,700 px wide, its lanes printed at a third of their size. A title wider than the chart is wrapped to the
   * chart's width, each line centred over it, and the drawing grows upwards by the lines added; a title that fits is
   * left exactly as mermaid drew it.
   */
  function wrapTitle(element: SVGSVGElement): void {
    const title = element.querySelector<SVGTextElement>(':scope > text.flowchartTitleText');
    const view = (element.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
    if (!title || view.length !== 4 || !view.every(Number.isFinite)) return;
    const parts = [...element.children].filter(
      (child): child is SVGGraphicsElement => child !== title && child instanceof SVGGraphicsElement,
    );
    const boxes = parts.map((part) => part.getBBox()).filter((box) => box.width > 0);
    if (boxes.length === 0) return;
    const left = Math.min(...boxes.map((box) => box.x));
    const right = Math.max(...boxes.map((box) => box.x + box.width));
    const width = right - left;
    if (title.getComputedTextLength() <= width) return;
    const before = element.getBBox();
    const padding = before.x - view[0]!;
    const words = (title.textContent ?? '').split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    for (const word of words) {
      const line = lines.length > 0 ? `${lines[lines.length - 1]} ${word}` : word;
      title.textContent = line;
      if (lines.length > 0 && title.getComputedTextLength() <= width) lines[lines.length - 1] = line;
      else if (lines.length === 0) lines.push(word);
      else lines.push(word);
    }
    const middle = String(left + width / 2);
    const lineHeight = parseFloat(getComputedStyle(title).fontSize) * 1.2;
    title.textContent = '';
    title.setAttribute('x', middle);
    title.setAttribute('y', String(Number(title.getAttribute('y')) - (lines.length - 1) * lineHeight));
    lines.forEach((line, i) => {
      const span = document.createElementNS('http://www.w3.org/2000/svg', 'tspan');
      span.setAttribute('x', middle);
      if (i > 0) span.setAttribute('dy', String(lineHeight));
      span.textContent = line;
      title.append(span);
    });
    const after = element.getBBox();
    const [x, y, w, h] = [after.x - padding, after.y - padding, after.width + 2 * padding, after.height + 2 * padding];
    element.setAttribute('viewBox', `${x} ${y} ${w} ${h}`);
    if (element.hasAttribute('width')) element.setAttribute('width', String(w));
    if (element.hasAttribute('height')) element.setAttribute('height', String(h));
    if (element.style.maxWidth) element.style.maxWidth = `${w}px`;
  }
  /**
   * An edge's label is often drawn across a line. It was kept readable by a halo, the letters stroked in the lane's
   * colour under their fill, but Chromium prints stroked text as Type 3 fonts (a second, unsearchable copy of every
   * label that prints badly) and LibreOffice ignores paint-order. A rectangle of the lane's colour, 4 px round the
   * text (the halo's reach), does the same with plain text: mermaid's empty background rectangle is given its size.
   */
  function backEdgeLabels(element: SVGSVGElement): void {
    const HALO = 4;
    for (const text of element.querySelectorAll<SVGTextElement>('g.edgeLabel text')) {
      const box = text.getBBox();
      if (!(box.width > 0 && box.height > 0)) continue;
      let patch = text.parentElement?.querySelector<SVGRectElement>(':scope > rect.background') ?? null;
      if (!patch) {
        patch = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        patch.setAttribute('class', 'background');
        text.before(patch);
      }
      patch.setAttribute('x', String(box.x - HALO));
      patch.setAttribute('y', String(box.y - HALO));
      patch.setAttribute('width', String(box.width + 2 * HALO));
      patch.setAttribute('height', String(box.height + 2 * HALO));
      patch.setAttribute('rx', String(HALO));
      // Inline, over mermaid's `.edgeLabel rect` rule (half-transparent grey).
      patch.setAttribute('style', 'stroke: none; fill: #ffffde; opacity: 1');
    }
  }
  const api = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } })
    .mermaid;
  const host = document.getElementById('host')!;
  host.replaceChildren();
  try {
    host.innerHTML = (await api.render(id, source)).svg;
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    // mermaid leaves its scratch element behind when it fails.
    document.getElementById(`d${id}`)?.remove();
  }
  const element = host.querySelector('svg')!;
  element.style.backgroundColor = 'white';
  alignLaneTitles(element);
  backEdgeLabels(element);
  restoreTitleBrackets(element);
  wrapTitle(element);
  const box = measure ? element.getBoundingClientRect() : { width: 0, height: 0 };
  return { svg: new XMLSerializer().serializeToString(element), width: box.width, height: box.height };
}

function checkSvgId(options: DiagramOptions): string {
  const id = options.svgId ?? 'procmap-diagram';
  if (!SVG_ID.test(id))
    throw new RangeError(`SVG id "${id}" must start with a letter and use only letters, digits, "-" and "_"`);
  return id;
}

// Puppeteer gives up on loading a page after 30 s. Loading mermaid's 3.5 MB into a page, or a large document, can take
// longer on a machine loaded many times over (a CI host, a shared server): the user then waits rather than gets an error.
const PAGE_LOAD_TIMEOUT = 180_000;

/**
 * One browser for a whole run, with a small pool of pages that each load mermaid once and then render many
 * diagrams, and a pool of pages that print HTML to PDF. Open it once, render everything, close it.
 */
export class BrowserSession {
  private readonly mermaidPages: Pool<Page>;
  private readonly printPages: Pool<Page>;
  private readonly pngScale: number;
  /** The document each print page is loading. */
  private readonly printing = new WeakMap<Page, string>();
  private closed = false;
  /** Pages the browser is still opening: closing waits for them (openPage). */
  private readonly opening = new Set<Promise<unknown>>();
  /** The profile folder the session made for its browser, removed when it closes. */
  private ownProfile: string | undefined;

  private constructor(
    private readonly browser: Browser,
    mermaid: MermaidSource,
    options: BrowserSessionOptions,
    /** Whether closing the session closes the browser (it launched it) or only the session's own pages. */
    private readonly ownsBrowser: boolean,
  ) {
    this.pngScale = options.pngScale ?? 2;
    const destroy = (page: Page) => page.close();
    this.mermaidPages = new Pool(() => this.openMermaidPage(mermaid), destroy, options.pages ?? defaultDiagramPages());
    this.printPages = new Pool(() => this.openPrintPage(), destroy, options.pages ?? 2);
  }

  /**
   * Starts the browser and starts loading mermaid into the first page without waiting for it, so that the caller's
   * own work (loading a catalog) overlaps it; more pages load when needed.
   */
  static async open(options: BrowserSessionOptions): Promise<BrowserSession> {
    // A profile folder of the session's own unless the caller made one: the launcher's own was left behind when the
    // browser did not start.
    const ownProfile = options.profile === undefined ? newBrowserProfile() : undefined;
    const [source, launched] = await Promise.allSettled([
      mermaidSource(options),
      launchBrowser(options.executablePath, { userDataDir: options.profile ?? ownProfile }),
    ]);
    if (launched.status === 'rejected') {
      if (ownProfile !== undefined) removeBrowserProfile(ownProfile);
      // Starting the browser fails on the user's system (a wrong path, a program that is no browser, a missing
      // library), never in procmap's code: an environment error for every command, not "internal error, report it",
      // said without the launcher's protocol words ("Target.setDiscoverTargets: Target closed").
      const error: unknown = launched.reason;
      throw new ToolError(browserStartProblem(options.executablePath, error), { cause: error });
    }
    const browser = launched.value;
    if (source.status === 'rejected') {
      await browser.close();
      if (ownProfile !== undefined) removeBrowserProfile(ownProfile);
      throw source.reason;
    }
    const session = BrowserSession.start(browser, source.value, options, true);
    session.ownProfile = ownProfile;
    return session;
  }

  /**
   * A session in a browser that someone else started and will close (a test harness sharing one Chromium between
   * sessions): closing the session closes only its own pages. `executablePath` is not used.
   */
  static async over(browser: Browser, options: BrowserSessionOptions): Promise<BrowserSession> {
    return BrowserSession.start(browser, await mermaidSource(options), options, false);
  }

  private static start(
    browser: Browser,
    mermaid: MermaidSource,
    options: BrowserSessionOptions,
    ownsBrowser: boolean,
  ): BrowserSession {
    const session = new BrowserSession(browser, mermaid, options, ownsBrowser);
    // A page that fails to load here is simply made again by the first render, which then reports the error.
    session.mermaidPages.use(async () => undefined).catch(() => undefined);
    return session;
  }

  /**
   * A new page, counted until it is open. puppeteer's newPage waits for the page's target with a 30-second timer that
   * closing the browser does not stop: a run that failed while its first page was opening (a build refusing to write
   * its record) then sat for 30 seconds before exiting. Closing waits for these instead (at most a moment).
   */
  private openPage(): Promise<Page> {
    const page = this.browser.newPage();
    const settled = page.then(
      () => undefined,
      () => undefined,
    );
    this.opening.add(settled);
    void settled.then(() => this.opening.delete(settled));
    return page;
  }

  private async openMermaidPage(mermaid: MermaidSource): Promise<Page> {
    const page = await this.openPage();
    page.setDefaultNavigationTimeout(PAGE_LOAD_TIMEOUT);
    if ('bundle' in mermaid) {
      await sealPage(page);
      await page.setContent(PAGE_HTML);
      await page.addScriptTag({ content: mermaid.bundle });
      await page.evaluate((config) => {
        (window as unknown as { mermaid: { initialize(config: unknown): void } }).mermaid.initialize(config);
      }, MERMAID_CONFIG);
      return page;
    }
    await sealPage(page, mermaidAnswer(mermaid.modules));
    await page.goto(MERMAID_URL, { waitUntil: 'load' });
    // Source text, not a function: a function's import() would be rewritten by whatever bundles procmap (vitest does).
    await page.evaluate(
      `import(${JSON.stringify(MERMAID_URL + MERMAID_ENTRY)}).then(({ default: api }) => {
        api.initialize(${JSON.stringify(MERMAID_CONFIG)});
        window.mermaid = api;
      })`,
    );
    return page;
  }

  private async openPrintPage(): Promise<Page> {
    const page = await this.openPage();
    page.setDefaultNavigationTimeout(PAGE_LOAD_TIMEOUT);
    // A document needs no script: none runs, whatever the template holds.
    await page.setJavaScriptEnabled(false);
    await sealPage(
      page,
      documentAnswer(() => this.printing.get(page) ?? ''),
    );
    return page;
  }

  /** Renders Mermaid source to a standalone SVG document (text as SVG text, white background). */
  async renderSvg(source: string, options: DiagramOptions = {}): Promise<string> {
    return (await this.renderMermaid(source, 'svg', options)).toString('utf8');
  }

  /** Renders Mermaid source to SVG, PNG (at the session's scale) or PDF (one page the size of the diagram). */
  async renderMermaid(source: string, format: DiagramFormat, options: DiagramOptions = {}): Promise<Buffer> {
    const id = checkSvgId(options);
    // A source mermaid refuses leaves the page usable, so it comes out of the pool as a value, not an error.
    const result = await this.mermaidPages.use(async (page): Promise<Buffer | { error: string }> => {
      const rendered = await page.evaluate(renderInPage, id, source, format !== 'svg');
      if ('error' in rendered) return rendered;
      if (format === 'svg') return Buffer.from(rendered.svg, 'utf8');
      const width = Math.ceil(rendered.width);
      const height = Math.ceil(rendered.height);
      if (format === 'png') {
        const uri = `data:image/svg+xml;base64,${Buffer.from(rendered.svg, 'utf8').toString('base64')}`;
        const scale = options.pngScale ?? this.pngScale;
        // The drawing at its own size on the page's white, the picture's whole CSS pixels wide and high.
        const box = { width, height };
        return pngOf(await page.evaluate(drawOnCanvas, uri, rendered.width, rendered.height, box, scale, '#fff'));
      }
      // A sheet of paper, turned to show the drawing larger, the drawing shrunk to fit inside the margins.
      const paper = options.paper ?? 'A4';
      const { landscape, scale } = chartOrientation({ width, height }, paper, CHART_PAGE_MARGIN_MM);
      await page.evaluate(
        (w: number) => {
          const svg = document.querySelector('#host > svg') as SVGSVGElement;
          svg.style.width = `${w}px`;
          svg.style.height = 'auto';
        },
        Math.floor(width * scale),
      );
      const margin = `${CHART_PAGE_MARGIN_MM}mm`;
      return Buffer.from(
        await page.pdf({
          format: paper,
          landscape,
          margin: { top: margin, bottom: margin, left: margin, right: margin },
          printBackground: true,
          pageRanges: '1',
        }),
      );
    });
    if (!Buffer.isBuffer(result)) throw new DiagramError(result.error.trim());
    return result;
  }

  /**
   * Draws an image (a data: URI) to PNG at `scale` pixels per CSS pixel, over `background` (a CSS colour; transparent
   * when null): the fallback Word needs beside an SVG.
   */
  async rasterize(
    uri: string,
    width: number,
    height: number,
    scale = 3,
    background: string | null = null,
  ): Promise<Buffer> {
    return this.printPages.use(async (page) => {
      // The picture's own size drawn on a canvas of its whole CSS pixels: a wider box, each side rounded up apart,
      // skews a wide picture's proportions (a 3-pixel taller PNG under a 1152 × 354 drawing), which Word then stretches.
      const box = { width: Math.round(width), height: Math.round(height) };
      return pngOf(await page.evaluate(drawOnCanvas, uri, width, height, box, scale, background));
    });
  }

  /**
   * Prints an HTML document to PDF (A4 and CSS @page sizes honoured); it can only use inline or data: resources.
   * With `topMarginMm`, or `headerGapMm` (the header template measured in the page), the pages' top margins grow to
   * hold the header.
   */
  async printPdf(html: string, options: PrintOptions = {}): Promise<Buffer> {
    const { headerGapMm, topMarginMm, landscapeTopMarginMm, ...pdfOptions } = options;
    return this.printPages.use(async (page) => {
      await this.openDocument(page, html);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const header = pdfOptions.headerTemplate;
      const top =
        topMarginMm ??
        (headerGapMm !== undefined && header
          ? (await page.evaluate(markupHeightMm, headerFrame(header), HEADER_WIDTH_MM)) + headerGapMm
          : undefined);
      if (top !== undefined) await page.evaluate(raiseTopMargins, top, landscapeTopMarginMm);
      const area = await page.evaluate(uprightPageArea);
      await page.evaluate(letLongCoverFlow, area);
      await page.evaluate(startPageBeforeChartSheet, area);
      return Buffer.from(
        await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, ...pdfOptions }),
      );
    });
  }

  /**
   * The top margin, in millimetres, that a PDF's pages need to hold the page header `header` (a header template)
   * with `gapMm` below it, measured as Chromium lays the header out: what a layout must leave when the header of a
   * long title is taller than the stylesheet's margin. Give it to printPdf as `topMarginMm`; with `landscape` (the
   * paper), on that paper's landscape page, as `landscapeTopMarginMm`.
   */
  async headerRoomMm(header: string, gapMm: number, landscape?: Paper): Promise<number> {
    if (landscape === undefined) return (await this.markupHeightMm(headerFrame(header), HEADER_WIDTH_MM)) + gapMm;
    // On a landscape page the header is laid out across the turned sheet, its template told the page's shape.
    const [short, long] = PAPER_MM[landscape];
    return (await this.markupHeightMm(headerFrame(header), long, short)) + gapMm;
  }

  /**
   * The height in millimetres that `markup` (inline styles only) takes laid out `widthMm` wide in a print page; with
   * `pageHeightMm`, in a container of the page's size, for a container query on the page's shape.
   */
  async markupHeightMm(markup: string, widthMm: number, pageHeightMm?: number): Promise<number> {
    return this.printPages.use(async (page) => {
      await this.openDocument(page, '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
      return page.evaluate(markupHeightMm, markup, widthMm, pageHeightMm);
    });
  }

  // Loads `html` into a print page as the document it prints, under the document's policy.
  private async openDocument(page: Page, html: string): Promise<void> {
    this.printing.set(page, html);
    await page.goto(DOCUMENT_URL, { waitUntil: 'load' });
    this.printing.delete(page);
  }

  /**
   * Ends a browser this session launched at once, and removes its profile folder: for a process about to exit on a
   * second Ctrl-C, which cannot wait for close() (the launcher removes the profile only when it sees the browser exit).
   */
  kill(): void {
    if (!this.ownsBrowser) return;
    this.closed = true;
    const browser = this.browser.process();
    if (!browser) return;
    // The whole process group (the launcher starts the browser as its leader): a helper process left alive a moment
    // longer wrote into the profile folder after it was removed, and the folder was left behind.
    try {
      if (process.platform === 'win32' || browser.pid === undefined) throw new Error('no process group');
      process.kill(-browser.pid, 'SIGKILL');
    } catch {
      browser.kill('SIGKILL');
    }
    const profile = browser.spawnargs
      .find((arg) => arg.startsWith('--user-data-dir='))
      ?.slice('--user-data-dir='.length);
    if (profile) removeBrowserProfile(profile);
  }

  /**
   * Closes the browser and removes the profile folder the session made, or only the session's pages in a browser it
   * did not launch; safe to call twice.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.ownsBrowser) return void (await Promise.all([this.mermaidPages.drain(), this.printPages.drain()]));
    try {
      await Promise.all(this.opening);
      await this.browser.close();
    } finally {
      if (this.ownProfile !== undefined) removeBrowserProfile(this.ownProfile);
    }
  }
}
