import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { parseDuration } from '../../src/model/duration.js';
import { OUTPUT_RECORD } from '../../src/node/output-record.js';
import { buildFlow } from '../../src/model/flow.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { buildDocumentView, type DocumentView } from '../../src/render/document/view.js';
import { analyseTime } from '../../src/time/analyse.js';
import { encodePng } from '../../src/render/png-encode.js';
import { ROOT, type RunResult } from '../helpers/cli.js';
import { documentFields } from '../helpers/document-fields.js';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';
import { MIN_TEXT_PT, textPoints } from '../../src/render/flowchart-page.js';
import { pdfPageText } from '../render/pdf-text-size.js';

// These drive the real Chromium and LibreOffice (Debian: libreoffice-writer-nogui; .ci/run installs it): without
// them they fail, they never skip.
const RECORD = 'test/render/document/fixtures/record.yaml';
const ID = 'QT-TEST-DD-05';

/** Text as a reader sees it, for comparing formats: NFC, without any white space (line wrapping differs). */
function squeeze(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
}

function markdownText(md: string): string {
  return decodeEntities(
    md
      .replace(/```mermaid[\s\S]*?```/g, ' ')
      .replace(/<br>/g, ' ')
      .replace(/\*\*|(?<!\\)_|\|/g, ' ')
      .replace(/\\(.)/g, '$1'),
  );
}

// Parts of the view that are not text, or not printed the same way everywhere (the combined quantity of a dossier
// item stands in split columns when originals are counted).
const NOT_TEXT = new Set([
  'labels',
  'css',
  'flowchart',
  'lang',
  'logo',
  'pdf',
  'flowchartPage',
  'stepColumns',
  'withinLimit',
  'fourOnTheSpot',
  'historyColumns',
  'dossierSplit',
  'copies',
]);
const PRINTED_LABELS = [
  'purpose',
  'scope',
  'legalBasis',
  'definitions',
  'content',
  'conditions',
  'dossier',
  'dossierCount',
  'time',
  'place',
  'fee',
  'flowchart',
  'steps',
  'forms',
  'records',
  'history',
  'applicants',
  'channels',
  'legend',
  'stepTotal',
  'cutoff',
  'dossierCase',
  'dossierOriginals',
  'dossierCopiesOnly',
  'historyPages',
  'historyNote',
  'stepInputs',
  'timeLimit',
  'timeTotal',
  'timeCriticalPath',
] as const;

/** Every piece of text a document shows: the procedure's, in the words of the view, and the headings. */
function expectedTexts(view: DocumentView): string[] {
  const out = new Set<string>();
  const walk = (value: unknown, key: string) => {
    if (NOT_TEXT.has(key)) return;
    if (typeof value === 'string') out.add(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item, ''));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(view, '');
  for (const label of PRINTED_LABELS) out.add(view.labels[label]);
  for (const item of view.labels.legendItems) out.add(item);
  return [...out].filter((text) => text.trim() !== '');
}

const FIVE = 'test/render/document/fixtures/five-lanes.yaml';
const execFileAsync = promisify(execFile);

// Every document of this file is made up front, in-process with one shared Chromium (procmap doc and build, spawned,
// are tested in doc-browser.test.ts and build.test.ts), and both Word files go through one LibreOffice start: the
// start-up, not the conversion, is most of soffice's time.
const browsers = shareBrowser();
const out = mkdtempSync(join(tmpdir(), 'procmap-formats-'));
const lanes = {
  a4: mkdtempSync(join(tmpdir(), 'procmap-lanes-')),
  a3: mkdtempSync(join(tmpdir(), 'procmap-lanes-')),
  word: mkdtempSync(join(tmpdir(), 'procmap-lanes-')),
  tall: mkdtempSync(join(tmpdir(), 'procmap-tall-')),
};
const converted = join(out, 'lo', `${ID}.pdf`);
const lanesConverted = join(out, 'lo', 'QT-TEST-LT-05.pdf');
const tallConverted = join(out, 'lo', 'QT-CT-01.pdf');
let runs: Record<'formats' | 'a4' | 'a3' | 'word' | 'tall', RunResult>;

beforeAll(async () => {
  const formats = await runCli(['doc', RECORD, '--format', 'md,html,pdf,docx', '--paper', 'a3', '-o', out], {
    browsers,
  });
  const word = await runCli(['doc', FIVE, '--format', 'docx', '-o', lanes.word], { browsers });
  // A chart in the text as tall as a page allows (its picture 197 mm high before).
  const tall = await runCli(
    ['doc', join(ROOT, 'procedures/xa/chung-thuc-ban-sao.yaml'), '--format', 'docx', '-o', lanes.tall],
    { browsers },
  );
  // LibreOffice, a second reader of the Word files: it lays the pages out, headers and page fields included. It
  // converts while the browser prints the other documents.
  const converting = execFileAsync(
    'soffice',
    [
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(out, 'lo'),
      join(out, `${ID}.docx`),
      join(lanes.word, 'QT-TEST-LT-05.docx'),
      join(lanes.tall, 'QT-CT-01.docx'),
    ],
    { timeout: 170_000 },
  );
  runs = {
    formats,
    word,
    tall,
    a4: await runCli(['doc', FIVE, '--format', 'pdf', '-o', lanes.a4], { browsers }),
    a3: await runCli(['doc', FIVE, '--format', 'pdf', '--paper', 'a3', '-o', lanes.a3], { browsers }),
  };
  await converting;
}, 240_000);

/** The size the smallest text of a Word file's one chart prints at, its picture `widthMm` wide: the picture's millimetres over the drawing's own units. */
function chartTextPoints(docx: string, widthMm: number): number {
  const svg = execFileSync('unzip', ['-Z1', docx], { encoding: 'utf8' })
    .split('\n')
    .find((name) => name.endsWith('.svg'))!;
  const box = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/
    .exec(execFileSync('unzip', ['-p', docx, svg], { encoding: 'utf8' }).slice(0, 4000))!
    .slice(1)
    .map(Number);
  return textPoints(((widthMm / 25.4) * 96) / box[0]!);
}

describe('one procedure in four formats', () => {
  let texts: Record<'md' | 'html' | 'pdf' | 'docx', string>;

  beforeAll(async () => {
    const result = runs.formats;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter(Boolean).sort()).toEqual(
      ['docx', 'html', 'md', 'pdf'].map((format) => join(out, `${ID}.${format}`)),
    );
    const docx = await mammoth.extractRawText({ path: join(out, `${ID}.docx`) });
    texts = {
      md: markdownText(readFileSync(join(out, `${ID}.md`), 'utf8')),
      html: htmlText(readFileSync(join(out, `${ID}.html`), 'utf8')),
      // In the order the text was printed: in reading order, poppler puts a table's two cells on one line where their
      // first lines share a baseline ("… (nhận sau giờ 16:00 này tính …" for 5.4's cut-off hour and its label).
      pdf: execFileSync('pdftotext', ['-raw', join(out, `${ID}.pdf`), '-'], { encoding: 'utf8' }),
      // mammoth reads the body; the control header is in the page header, read from its XML.
      docx: `${docx.value}\n${htmlText(execFileSync('unzip', ['-p', join(out, `${ID}.docx`), 'word/header1.xml'], { encoding: 'utf8' }))}`,
    };
  });

  it('shows the same content in DOCX, HTML, PDF and Markdown', () => {
    const p = loadFile(RECORD, readFileSync(join(ROOT, RECORD))).data as Procedure;
    const expected = expectedTexts(buildDocumentView({ procedure: p, analysis: analyseTime(p), lang: 'vi' }));
    expect(expected.length).toBeGreaterThan(100);
    for (const [format, text] of Object.entries(texts)) {
      const haystack = squeeze(text);
      const missing = expected.filter((needle) => !haystack.includes(squeeze(needle)));
      expect(missing, `${format} lacks`).toEqual([]);
    }
  });

  it('imports back into the procedure it was written from: header, limit, flow, and each step with its body and time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-word-back-'));
    const run = await runCli(['import', '--lang', 'en', join(out, `${ID}.docx`), '-o', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const original = lint([loadFile(RECORD, readFileSync(join(ROOT, RECORD)))]).procedures[0]!.procedure;
    const file = join(dir, `${ID}.yaml`);
    const back = lint([loadFile(file, readFileSync(file))]);
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const imported = back.procedures[0]!.procedure;
    const pick = (p: Procedure) => ({
      id: p.id,
      revision: p.revision,
      effective: p.effective,
      ...documentFields(p),
      // The flow as its edges: the decision's branches, by label, from the routes the document prints under a step.
      flow: buildFlow(p.steps).edges.map(({ from, to, kind, label }) => ({ from, to, kind, label })),
      steps: p.steps.map((step) => ({
        name: step.name,
        body: p.bodies[step.body]!.name,
        duration: parseDuration(step.duration),
      })),
    });
    expect(pick(imported)).toEqual(pick(original));
  });

  it('opens in LibreOffice with the control header and page x/y on every page, page 2 included', () => {
    const text = execFileSync('pdftotext', ['-layout', converted, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain('QUY TRÌNH');
      expect(page, `page ${i + 1}`).toContain('Mã hiệu: QT-TEST-DD-05');
      expect(page, `page ${i + 1}`).toContain('Ngày ban hành: 20/12/2025');
      expect(page, `page ${i + 1}`).toMatch(new RegExp(`Trang: ${i + 1}/${pages.length}`));
    });
    expect(pages[1]).toContain('1. MỤC ĐÍCH');
    // Five lanes: the flowchart has an A3 page of its own, one upright page at 7 pt or more where landscape would
    // need two.
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages.length), converted], { encoding: 'utf8' });
    expect(sizes).toMatch(/Page +4 size: +841\.\d+ x 1190\.\d+ pts \(A3\)/);
    expect(sizes).toMatch(/Page +5 size: +595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('prints the PDF with the flowchart page, bookmarks for the sections and the metadata', () => {
    const pdf = join(out, `${ID}.pdf`);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '20', pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Title: +QT-TEST-DD-05 – Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ lữ hành nội địa$/m);
    expect(info).toMatch(/^Subject: +QT-TEST-DD-05$/m);
    expect(info).toMatch(/^Author: +Sở Văn hóa, Thể thao và Du lịch$/m);
    expect(info).toMatch(/Page +4 size: +841\.\d+ x 1191\.\d+ pts \(A3\)/);
    expect(info).toMatch(/Page +5 size: +594\.\d+ x 841\.\d+ pts \(A4\)/);
    const raw = readFileSync(pdf).toString('latin1');
    expect(raw).toMatch(/\/Type \/Outlines/);
  });
});

describe('a flowchart of five lanes', () => {
  it('prints on landscape A4 pages with no text below 7 pt, split over two pages; whole on A3', () => {
    const { a4, a3 } = lanes;
    const small = runs.a4;
    expect(small.stderr).toBe('');
    expect(small.code).toBe(0);
    const pages = pdfPageText(readFileSync(join(a4, 'QT-TEST-LT-05.pdf')));
    const landscape = pages.filter((page) => page.width > page.height);
    expect(landscape).toHaveLength(2);
    for (const page of landscape) expect(Math.min(...page.textSizes)).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    expect(Math.round(landscape[0]!.width)).toBe(842);
    const large = runs.a3;
    expect(large.stderr).toBe('');
    expect(large.code).toBe(0);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9', join(a3, 'QT-TEST-LT-05.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page +\d+ size: +1191\.\d+ x 841\.\d+ pts \(A3\)/);
    const sheets = pdfPageText(readFileSync(join(a3, 'QT-TEST-LT-05.pdf'))).filter((page) => page.width > page.height);
    expect(sheets).toHaveLength(1);
    expect(Math.min(...sheets[0]!.textSizes)).toBeGreaterThanOrEqual(MIN_TEXT_PT);
  }, 240_000);

  it('prints the Word file as the PDF: one landscape A4 page per piece, the header on each, no chart text below 7 pt', () => {
    const word = runs.word;
    expect(word.stderr).toBe('');
    expect(word.code).toBe(0);
    const docx = join(lanes.word, 'QT-TEST-LT-05.docx');
    const pdf = lanesConverted;
    const pages = pdfPageText(readFileSync(pdf));
    const landscape = pages.flatMap((page, i) => (page.width > page.height ? [i + 1] : []));
    expect(landscape).toHaveLength(2);
    expect(landscape[1]).toBe(landscape[0]! + 1);
    for (const i of landscape) expect(Math.round(pages[i - 1]!.width)).toBe(842);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    for (const i of landscape) {
      expect(text[i - 1], `page ${i}`).toContain('QUY TRÌNH');
      expect(text[i - 1], `page ${i}`).toContain('Mã hiệu: QT-TEST-LT-05');
      expect(text[i - 1], `page ${i}`).toMatch(new RegExp(`Trang: ${i}/${pages.length}`));
    }
    const [first, last] = landscape.map((i) => text[i - 1]!.replace(/\s+/g, ' '));
    expect(first).toContain('5.7. Lưu đồ');
    expect(first).toContain('Lưu đồ, phần 1/2, tiếp theo ở trang sau');
    expect(first).not.toContain('Chú giải');
    expect(last).toContain('Lưu đồ, phần 2/2');
    expect(last).toContain('Chú giải');
    // LibreOffice prints the pictures' PNG: the chart's text prints at its size in the drawing (the tile's SVG, in
    // CSS px) times the size LibreOffice lays the picture out at (pixels over pixels per inch).
    const media = execFileSync('unzip', ['-Z1', docx], { encoding: 'utf8' })
      .split('\n')
      .filter((name) => name.endsWith('.svg'));
    const boxes = media.map(
      (name) =>
        /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/
          .exec(execFileSync('unzip', ['-p', docx, name], { encoding: 'utf8' }).slice(0, 4000))!
          .slice(1)
          .map(Number) as [number, number],
    );
    expect(boxes).toHaveLength(2);
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[2] === 'image');
    expect(images.map((cols) => Number(cols[0]))).toEqual(landscape);
    for (const cols of images) {
      const [width, height, ppi] = [Number(cols[3]), Number(cols[4]), Number(cols[12])];
      const box = boxes.find(([w, h]) => Math.abs(w / h - width / height) < 0.01)!;
      expect(box, `picture on page ${cols[0]}`).toBeDefined();
      expect(textPoints(((width / ppi) * 96) / box[0])).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    }
  }, 240_000);
});

describe('a chart in the text as tall as the page', () => {
  it("leaves room above it for a short section: QT-CT-01's 5.6 shares the chart's page, where it had a page to itself", () => {
    expect(runs.tall.stderr).toBe('');
    expect(runs.tall.code).toBe(0);
    const docx = join(lanes.tall, 'QT-CT-01.docx');
    const [width, height] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/
      .exec(execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' }))!
      .slice(1)
      .map((emu) => Number(emu) / 36_000);
    // 197 mm before, the PDF's whole room; its text still at 7 pt or more (the drawing's viewBox over the picture).
    expect(height).toBeLessThanOrEqual(187.1);
    expect(chartTextPoints(docx, width!)).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    // LibreOffice: page 4 held only 5.6 (a heading and two lines), the chart on page 5, seven pages in all.
    const pages = execFileSync('pdftotext', [tallConverted, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((page) => page.trim() !== '')
      .map((page) => page.replace(/\s+/g, ' '));
    expect(pages).toHaveLength(6);
    const chart = pages.findIndex((page) => page.includes('5.7. Lưu đồ'));
    expect(pages[chart]).toMatch(/5\.6\. Phí, lệ phí.*5\.7\. Lưu đồ.*Chú giải/);
  });
});

describe('a chart kept in one piece less its empty lanes', () => {
  it("prints QT-SNNMT-DD-07's chart at 7 pt or more, as the PDF prints its piece (before: the whole drawing at 6.9 pt)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-piece-'));
    const file = join(ROOT, 'procedures/tinh/dang-ky-bien-dong-chuyen-nhuong-dat.yaml');
    const result = await runCli(['doc', file, '--format', 'docx', '-o', dir], { browsers });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const docx = join(dir, 'QT-SNNMT-DD-07.docx');
    const extents = [
      ...execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' }).matchAll(
        /<wp:extent cx="(\d+)" cy="(\d+)"\/>/g,
      ),
    ];
    expect(extents).toHaveLength(1);
    const width = Number(extents[0]![1]) / 36_000;
    expect(chartTextPoints(docx, width)).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('procmap build --docx', () => {
  it('adds the Word file to each procedure of the site, linked from its page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-site-'));
    const catalog = join(dir, 'catalog');
    mkdirSync(catalog);
    copyFileSync(join(ROOT, FIVE), join(catalog, 'five-lanes.yaml'));
    const result = await runCli(['build', catalog, '-o', join(dir, 'site'), '--docx', '--no-pdf'], { browsers });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const page = join(dir, 'site', 'p', 'QT-TEST-LT-05');
    expect(readdirSync(page).sort()).toEqual([
      'QT-TEST-LT-05.docx',
      'QT-TEST-LT-05.md',
      'citizen.html',
      'flowchart.svg',
      'index.html',
    ]);
    expect(readFileSync(join(page, 'QT-TEST-LT-05.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(page, 'index.html'), 'utf8')).toContain(
      '<a style="color:#fff;margin-right:16px;white-space:nowrap;display:inline-block" href="QT-TEST-LT-05.docx">Word</a>',
    );
  }, 120_000);
});

describe('the same Word file from one run to the next', () => {
  it("draws the chart's picture on a canvas, written with a palette: the pixels of the drawing, the same bytes each time", async () => {
    // A screenshot's text anti-aliasing changed now and then on a loaded machine, and the Word file with it; a canvas
    // draws the same pixels every time. Boxes on whole pixels and no text: the pixels are known, and so the bytes.
    const session = await browsers.session();
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20" viewBox="0 0 30 20">' +
      '<rect x="20" y="0" width="10" height="20" fill="#ffffde"/><rect x="5" y="5" width="10" height="10" fill="#c00"/></svg>';
    const uri = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
    const expected = new Uint8Array(60 * 40 * 4);
    for (let y = 0; y < 40; y++)
      for (let x = 0; x < 60; x++) {
        const colour =
          x >= 10 && x < 30 && y >= 10 && y < 30 ? [0xcc, 0, 0] : x >= 40 ? [0xff, 0xff, 0xde] : [255, 255, 255];
        expected.set([...colour, 255], (y * 60 + x) * 4);
      }
    const piece = await session.rasterize(uri, 30, 20, 2, '#fff');
    expect(piece).toEqual(encodePng({ width: 60, height: 40, data: expected }));

    // A chart with much text (the commune's certified copies, where the churn was seen), drawn between others at
    // other scales: the same bytes every time, an opaque picture with a palette (colour type 3), not Chrome's RGBA.
    const dir = mkdtempSync(join(tmpdir(), 'procmap-same-picture-'));
    expect((await runCli(['flowchart', '-f', 'mmd', 'procedures/xa/chung-thuc-ban-sao.yaml', '-o', dir])).code).toBe(0);
    const chart = readFileSync(join(dir, 'QT-CT-01.flowchart.mmd'), 'utf8');
    const other = readFileSync(join(ROOT, 'test/render/__golden__', 'decision.mmd'), 'utf8');
    const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    const pictures = new Set<string>();
    for (let i = 0; i < 3; i++) {
      await session.renderMermaid(other, 'png', { svgId: 'flowchart', pngScale: 2 + i / 4 });
      const png = await session.renderMermaid(chart, 'png', { svgId: 'flowchart', pngScale: 2.75 });
      expect(png[25]).toBe(3);
      pictures.add(digest(png));
    }
    expect(pictures.size).toBe(1);
  });

  it('doc gives the same bytes a second later; an identical file the record does not list is taken as its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-same-word-'));
    const [first, second] = [join(dir, 'first'), join(dir, 'second')];
    const doc = (folder: string, now: string) =>
      runCli(['doc', RECORD, '-f', 'docx', '-o', folder, '--lang', 'en'], { browsers, now });
    const target = join(first, `${ID}.docx`);
    expect(await doc(first, '2026-12-05T10:00:01Z')).toEqual({ code: 0, stdout: `${target}\n`, stderr: '' });
    expect((await doc(second, '2026-12-05T10:00:02Z')).code).toBe(0);
    const bytes = readFileSync(target);
    expect(readFileSync(join(second, `${ID}.docx`)).equals(bytes)).toBe(true);
    // Committed to git without the output record: the next run in a fresh checkout replaces it with no option.
    rmSync(join(first, OUTPUT_RECORD));
    expect(await doc(first, '2026-12-06T08:00:00Z')).toEqual({ code: 0, stdout: `${target}\n`, stderr: '' });
    expect(JSON.parse(readFileSync(join(first, OUTPUT_RECORD), 'utf8'))).toEqual({
      version: 1,
      files: { [`${ID}.docx`]: [createHash('sha256').update(bytes).digest('hex')] },
    });
    // procmap's properties over other content (a tool that keeps them): refused once its bytes are made, untouched.
    const zip = await JSZip.loadAsync(bytes);
    zip.file(
      'word/document.xml',
      (await zip.file('word/document.xml')!.async('string')).replace('</w:body>', '<w:p/></w:body>'),
    );
    const edited = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    writeFileSync(target, edited);
    rmSync(join(first, OUTPUT_RECORD));
    expect(await doc(first, '2026-12-06T08:00:00Z')).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: Refusing to write over "${target}": procmap did not write it (${OUTPUT_RECORD} beside it does not list it); import it first (procmap import) to keep its changes, then run again with --force to replace it; or move it away\n`,
    });
    expect(readFileSync(target).equals(edited)).toBe(true);
  }, 120_000);
});
