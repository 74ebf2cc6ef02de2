import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { Browser, HTTPRequest, Page, PDFOptions } from 'puppeteer-core';
import { launchBrowser } from './browser.js';
import { DOCUMENT_POLICY } from './document/policy.js';
import { chartOrientation, type Paper } from './flowchart-page.js';
import { Pool } from './page-pool.js';

/** Image formats rendered in the browser. */
export type DiagramFormat = 'svg' | 'png' | 'pdf';

/** Fonts that carry Vietnamese diacritics, stacked ones included; Noto Sans comes with fonts-noto-core. */
export const DIAGRAM_FONT_FAMILY = '"Noto Sans", "DejaVu Sans", Arial, sans-serif';

/** How to open a browser session. */
export interface BrowserSessionOptions {
  /** The browser to start (see findBrowser). */
  executablePath: string;
  /**
   * Pages rendering diagrams at the same time; each loads its own copy of mermaid (0.6–1.4 s). Default: one per core
   * but one, which leaves a core to Node and the browser's own processes (on 2 cores a second page did not pay).
   */
  pages?: number;
  /**
   * Load mermaid with the faster copy of its configuration (see patchMermaidBundle); the SVGs are byte-identical
   * (test/render/diagram-renderer.test.ts compares them). Off only to compare against the plain bundle.
   */
  fastConfigCopy?: boolean;
  /** PNG pixels per diagram pixel. */
  pngScale?: number;
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
  // linkStyle paints an edge's label text with the edge's stroke, which smears it. Lane titles keep the size of the
  // other text: it is the smallest text of a chart that decides whether it can be read on paper.
  themeCSS:
    '.edgeLabel .label { stroke: none !important; } .swimlane-label text { font-size: 15px; font-weight: bold; }',
  flowchart: { htmlLabels: false, useMaxWidth: false, padding: 12 },
  swimlane: { useMaxWidth: false },
  maxTextSize: 200_000,
  // Above procmap's own limit on arrows (LIMITS.maxArrows) plus the start, end and join arrows it adds.
  maxEdges: 1000,
};

const PAGE_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}#host{display:inline-block}#host>svg{display:block}</style></head><body><div id="host"></div></body></html>';

const SVG_ID = /^[A-Za-z][\w-]*$/;

/** mermaid's browser bundle (the package procmap pins, the one mermaid-cli would load too), read once per session. */
function readMermaidBundle(): Promise<string> {
  return readFile(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), 'utf8');
}

// mermaid's assignWithDepth, as minified in mermaid 11.17's mermaid.min.js: it creates each new key of the copy with
// Object.defineProperty. getConfig() copies the whole configuration (every diagram type's settings and the theme's
// variables) with it, many times per diagram: about a third of a flowchart's render time in a profile.
const DEFINE_NEW_OBJECT_KEY =
  'Object.hasOwn(e,a)||Object.defineProperty(e,a,{value:void 0,writable:!0,enumerable:!0,configurable:!0})';
const DEFINE_NEW_VALUE_KEY =
  'Object.hasOwn(e,a)?i[a]=o:Object.defineProperty(e,a,{value:o,writable:!0,enumerable:!0,configurable:!0})';

/**
 * mermaid's bundle with plain assignment instead of Object.defineProperty for new keys in assignWithDepth. For a key
 * the object does not have, both create the same writable, enumerable, configurable own property at the end of the
 * key order, unless an inherited accessor or read-only property of that name exists: on the plain objects and arrays
 * mermaid copies its configuration into, that is only `__proto__`, which keeps defineProperty. The output is the same
 * by construction (and by test); only the time differs. A bundle that does not have the expected text (another mermaid
 * version) is used as it is. Upstream: mermaid's getConfig() (packages/mermaid/src/config.ts) deep-copies the whole
 * configuration on every call; no mermaid issue about its cost was found (December 2026): one is to be filed with this
 * profile, and this patch removed once mermaid copies less.
 */
export function patchMermaidBundle(bundle: string): string {
  if (bundle.split(DEFINE_NEW_OBJECT_KEY).length !== 2 || bundle.split(DEFINE_NEW_VALUE_KEY).length !== 2)
    return bundle;
  return bundle
    .replace(
      DEFINE_NEW_OBJECT_KEY,
      () =>
        `Object.hasOwn(e,a)||(a==="__proto__"?${DEFINE_NEW_OBJECT_KEY.slice('Object.hasOwn(e,a)||'.length)}:e[a]=void 0)`,
    )
    .replace(
      DEFINE_NEW_VALUE_KEY,
      () =>
        `Object.hasOwn(e,a)||a!=="__proto__"?i[a]=o:${DEFINE_NEW_VALUE_KEY.slice('Object.hasOwn(e,a)?i[a]=o:'.length)}`,
    );
}

/** The default number of pages that render diagrams: one per core but one, at least one, at most four. */
export function defaultDiagramPages(cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores - 1));
}

// Documents are served to their page from this address (never resolved: procmap answers the request itself), so
// the policy arrives as a response header, which no markup in the document can loosen.
const DOCUMENT_URL = 'https://document.procmap.invalid/';

/**
 * Pages only ever see what procmap puts in them: any request that would leave the page (an <img>, a font, a link)
 * is refused; the document address is answered with `document()` and the policy header.
 */
async function sealPage(page: Page, document: () => string = () => ''): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (url === DOCUMENT_URL && request.isNavigationRequest()) {
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': DOCUMENT_POLICY },
        body: document(),
      });
    } else if (url.startsWith('data:') || url.startsWith('about:')) void request.continue();
    else void request.abort('blockedbyclient');
  });
}

/** A diagram as the page rendered it (its size when asked for), or mermaid's reason for refusing the source. */
type RenderedInPage = { svg: string; width: number; height: number } | { error: string };

/**
 * Runs in the page: renders one diagram with the mermaid loaded there and leaves it in #host for screenshots. The size
 * is measured only for PNG and PDF (it forces a layout of the whole drawing); an SVG's bytes do not depend on it.
 */
async function renderInPage(id: string, source: string, measure: boolean): Promise<RenderedInPage> {
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
  const box = measure ? element.getBoundingClientRect() : { width: 0, height: 0 };
  return { svg: new XMLSerializer().serializeToString(element), width: box.width, height: box.height };
}

function checkSvgId(options: DiagramOptions): string {
  const id = options.svgId ?? 'procmap-diagram';
  if (!SVG_ID.test(id))
    throw new RangeError(`SVG id "${id}" must start with a letter and use only letters, digits, "-" and "_"`);
  return id;
}

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

  private constructor(
    private readonly browser: Browser,
    bundle: string,
    options: BrowserSessionOptions,
    /** Whether closing the session closes the browser (it launched it) or only the session's own pages. */
    private readonly ownsBrowser: boolean,
  ) {
    this.pngScale = options.pngScale ?? 2;
    const destroy = (page: Page) => page.close();
    this.mermaidPages = new Pool(() => this.openMermaidPage(bundle), destroy, options.pages ?? defaultDiagramPages());
    this.printPages = new Pool(() => this.openPrintPage(), destroy, options.pages ?? 2);
  }

  /**
   * Starts the browser (while the mermaid bundle is read) and starts loading mermaid into the first page without
   * waiting for it, so that the caller's own work (loading a catalog) overlaps it; more pages load when needed.
   */
  static async open(options: BrowserSessionOptions): Promise<BrowserSession> {
    const [read, launched] = await Promise.allSettled([readMermaidBundle(), launchBrowser(options.executablePath)]);
    if (launched.status === 'rejected') throw launched.reason;
    const browser = launched.value;
    if (read.status === 'rejected') {
      await browser.close();
      throw read.reason;
    }
    return BrowserSession.start(browser, read.value, options, true);
  }

  /**
   * A session in a browser that someone else started and will close (a test harness sharing one Chromium between
   * sessions): closing the session closes only its own pages. `executablePath` is not used.
   */
  static async over(browser: Browser, options: BrowserSessionOptions): Promise<BrowserSession> {
    return BrowserSession.start(browser, await readMermaidBundle(), options, false);
  }

  private static start(
    browser: Browser,
    bundle: string,
    options: BrowserSessionOptions,
    ownsBrowser: boolean,
  ): BrowserSession {
    const session = new BrowserSession(
      browser,
      options.fastConfigCopy === false ? bundle : patchMermaidBundle(bundle),
      options,
      ownsBrowser,
    );
    // A page that fails to load here is simply made again by the first render, which then reports the error.
    session.mermaidPages.use(async () => undefined).catch(() => undefined);
    return session;
  }

  private async openMermaidPage(bundle: string): Promise<Page> {
    const page = await this.browser.newPage();
    await sealPage(page);
    await page.setContent(PAGE_HTML);
    await page.addScriptTag({ content: bundle });
    await page.evaluate((config) => {
      (window as unknown as { mermaid: { initialize(config: unknown): void } }).mermaid.initialize(config);
    }, MERMAID_CONFIG);
    return page;
  }

  private async openPrintPage(): Promise<Page> {
    const page = await this.browser.newPage();
    // A document needs no script: none runs, whatever the template holds.
    await page.setJavaScriptEnabled(false);
    await sealPage(page, () => this.printing.get(page) ?? '');
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
        await page.setViewport({ width, height, deviceScaleFactor: options.pngScale ?? this.pngScale });
        return Buffer.from(await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width, height } }));
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

  /** Draws an image (a data: URI) to PNG at `scale` pixels per CSS pixel: the fallback Word needs beside an SVG. */
  async rasterize(uri: string, width: number, height: number, scale = 3): Promise<Buffer> {
    return this.printPages.use(async (page) => {
      await page.setViewport({ width: Math.ceil(width), height: Math.ceil(height), deviceScaleFactor: scale });
      await page.setContent(
        `<!doctype html><html><body style="margin:0"><img src="${uri}" style="display:block;width:${width}px;height:${height}px"></body></html>`,
        { waitUntil: 'load' },
      );
      return Buffer.from(
        await page.screenshot({
          type: 'png',
          clip: { x: 0, y: 0, width: Math.ceil(width), height: Math.ceil(height) },
          omitBackground: true,
        }),
      );
    });
  }

  /** Prints an HTML document to PDF (A4 and CSS @page sizes honoured); it can only use inline or data: resources. */
  async printPdf(html: string, options: Omit<PDFOptions, 'path'> = {}): Promise<Buffer> {
    return this.printPages.use(async (page) => {
      this.printing.set(page, html);
      await page.goto(DOCUMENT_URL, { waitUntil: 'load' });
      this.printing.delete(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return Buffer.from(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, ...options }));
    });
  }

  /** Closes the browser, or only the session's pages in a browser it did not launch; safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.ownsBrowser) await this.browser.close();
    else await Promise.all([this.mermaidPages.drain(), this.printPages.drain()]);
  }
}
