import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { OUTPUT_RECORD } from '../../src/node/output-record.js';
import { MIN_SCALE, MIN_TEXT_PT } from '../../src/render/flowchart-page.js';
import { procmap, ROOT, type RunResult } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { pdfOutlineTitles } from '../helpers/pdf-outline.js';
import { shareBrowser } from '../helpers/shared-browser.js';
import { pdfPageText } from '../render/pdf-text-size.js';

const FIXTURES = 'test/render/document/fixtures';
const FULL = `${FIXTURES}/full.yaml`;

function outDir(): string {
  return mkdtempSync(join(tmpdir(), 'procmap-doc-'));
}

// One Chromium for the in-process runs of this file; the PDF test spawns the binary, which launches and closes its own.
const browsers = shareBrowser();

// These drive the real Chromium: without one they fail (exit 2), they never skip.

/** The five-lane fixture (landscape chart pages) under a title long enough to wrap over several header lines, ending "Zanzibar". */
function fiveLanesWithLongTitle(out: string): string {
  const source = join(out, 'five-lanes.yaml');
  const title = `${'Liên thông đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới sáu tuổi '.repeat(3)}Zanzibar`;
  writeFileSync(
    source,
    readFileSync(join(ROOT, FIXTURES, 'five-lanes.yaml'), 'utf8').replace(/^title: .*$/m, `title: ${title}`),
  );
  return source;
}

/**
 * The PDF of fiveLanesWithLongTitle, printed once for the tests that read it (each only reads the file): the run's
 * result, and the PDF's path.
 */
let fiveLanesPdf: Promise<{ result: RunResult; pdf: string }> | undefined;
function fiveLanesWithLongTitlePdf(): Promise<{ result: RunResult; pdf: string }> {
  fiveLanesPdf ??= (async () => {
    const out = outDir();
    const result = await runCli(['doc', fiveLanesWithLongTitle(out), '--format', 'pdf', '-o', out], { browsers });
    return { result, pdf: join(out, 'QT-TEST-LT-05.pdf') };
  })();
  return fiveLanesPdf;
}

/**
 * QT-XD-GP-01 (its chart on landscape pages, in pieces) and QT-SNV-LD-01 (its chart in the text) from procedures/,
 * printed once for the tests that read them (each only reads the files): the run's result, and the output folder.
 */
let twoBundledPrinted: Promise<{ result: RunResult; out: string }> | undefined;
function twoBundledPdfs(): Promise<{ result: RunResult; out: string }> {
  twoBundledPrinted ??= (async () => {
    const out = outDir();
    const files = [
      'procedures/xa/cap-giay-phep-xay-dung-nha-o-rieng-le.yaml',
      'procedures/tinh/cap-giay-phep-lao-dong.yaml',
    ];
    const result = await runCli(['doc', ...files.map((file) => join(ROOT, file)), '--format', 'pdf', '-o', out], {
      browsers,
    });
    return { result, out };
  })();
  return twoBundledPrinted;
}

/** The pages of a PDF as grey pixels at 72 dpi (one pixel a point), from one run of poppler: PGM files, read here. */
function greyPages(pdf: string): { width: number; height: number; data: Buffer }[] {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-doc-pages-'));
  try {
    execFileSync('pdftoppm', ['-r', '72', '-gray', pdf, join(dir, 'page')]);
    // pdftoppm numbers the files with as many digits as the last page needs: their names sort in page order.
    return readdirSync(dir)
      .sort()
      .map((name) => {
        const pgm = readFileSync(join(dir, name));
        const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'))!;
        const [width, height] = [Number(header[1]), Number(header[2])];
        const data = pgm.subarray(header[0].length);
        expect(data.length).toBe(width * height);
        return { width, height, data };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('procmap doc with Chromium', () => {
  it('writes a self-contained HTML page with the flowchart as inline SVG text', async () => {
    const out = outDir();
    const result = await runCli(['doc', FULL, '--format', 'html', '--lang', 'en', '-o', out], { browsers });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const html = readFileSync(join(out, 'QT-TEST-HKD-01.html'), 'utf8');
    expect(html).toMatch(/<figure class="flowchart" tabindex="0"><svg [^>]*id="flowchart"/);
    expect(html).toMatch(/<text[^>]*>[\s\S]*?Thẩm định hồ sơ/);
    expect(html).not.toMatch(/<script|<foreignObject|<link |src="http/i);
    expect(html).toContain('<h2>1. PURPOSE</h2>');
  });

  it('keeps hostile text inert through the real flowchart renderer', async () => {
    const out = outDir();
    const result = await runCli(['doc', `${FIXTURES}/hostile.yaml`, '--format', 'html,pdf', '-o', out], { browsers });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const html = readFileSync(join(out, 'QT-TEST-XSS-01.html'), 'utf8');
    expect(html).not.toMatch(/<script|<iframe|<img|<svg onload|<h1>injected/i);
    expect(html).toContain('&lt;iframe');
    const text = execFileSync('pdftotext', [join(out, 'QT-TEST-XSS-01.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('<script>alert(1)</script> {{constructor}}');
  });

  it("gives a landscape chart page the height its header leaves across the page, not the upright header's", async () => {
    // Five lanes: landscape chart pages. A long title wraps over fewer lines across a landscape page than upright.
    const { result, pdf } = await fiveLanesWithLongTitlePdf();
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const boxes = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const mm = 25.4 / 72;
    const pages = [...boxes.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
      ([, width, height, text]) => ({
        landscape: Number(width) > Number(height),
        words: [...text!.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map(
          ([, top, bottom, word]) => ({ top: Number(top) * mm, bottom: Number(bottom) * mm, word }),
        ),
      }),
    );
    const first = pages.find((page) => page.landscape)!;
    const upright = pages.find((page) => !page.landscape)!;
    const headerBottom = (page: typeof first) => page.words.find(({ word }) => word === 'Zanzibar')!.bottom;
    // Across the landscape page the header is shorter than upright …
    expect(headerBottom(first)).toBeLessThan(headerBottom(upright) - 3);
    // … and the chart's heading follows it at the gap the header keeps (10 mm), not as far down as the upright
    // header would need (before: 20 mm lower).
    const heading = first.words.find(({ word }) => word === '5.7.')!;
    expect(heading.top - headerBottom(first)).toBeLessThan(16);
    expect(heading.top - headerBottom(first)).toBeGreaterThan(8);
  });

  it('makes room for the page header of a long title, so that it covers no line of the page', async () => {
    const out = outDir();
    // 270 characters, as some published procedures are named; the header wraps the title over seven lines or more.
    const title =
      'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam trong các doanh nghiệp, cơ quan, ' +
      'tổ chức, hộ kinh doanh, cá nhân trên địa bàn tỉnh, trừ trường hợp thuộc thẩm quyền của Bộ Nội vụ và các ' +
      'trường hợp được miễn theo quy định Zanzibar';
    const source = join(out, 'long-title.yaml');
    writeFileSync(source, readFileSync(join(ROOT, FULL), 'utf8').replace(/^title: .*$/m, `title: ${title}`));
    const result = await runCli(['doc', source, '--format', 'pdf', '-o', out], { browsers });
    expect(result.code).toBe(0);
    const boxes = execFileSync('pdftotext', ['-bbox', join(out, 'QT-TEST-HKD-01.pdf'), '-'], { encoding: 'utf8' });
    const pages = boxes.split('<page ').slice(1);
    expect(pages.length).toBeGreaterThan(1);
    const mm = 72 / 25.4;
    for (const page of pages) {
      const words = [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)];
      const headerBottom = Number(words.find(([, , , word]) => word === 'Zanzibar')![2]);
      // The page's first line starts well below the header's last one (the title's last word), none in between.
      const between = words.filter(([, top]) => Number(top) > headerBottom - 2 && Number(top) < headerBottom + 6 * mm);
      expect(between.map(([, , , word]) => word)).toEqual([]);
    }
  });

  it("turns a landscape flowchart page's margins with the sheet: the binding's 30 mm at its top, as in the Word file", async () => {
    // Five lanes: the flowchart gets landscape A4 pages between upright ones. A long title makes the header taller
    // than the stylesheet's margin: the landscape pages, whose header stands lower, keep that much more room too.
    const { result, pdf } = await fiveLanesWithLongTitlePdf();
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const boxes = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const printed = greyPages(pdf);
    const pages = [...boxes.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
    const mm = 25.4 / 72;
    const landscape = pages.flatMap(([, width, height], index) => (Number(width) > Number(height) ? [index + 1] : []));
    expect(landscape.length).toBeGreaterThan(0);
    expect(landscape.length).toBeLessThan(pages.length);
    expect(printed).toHaveLength(pages.length);
    for (const [index, [, , height, text]] of pages.entries()) {
      const turned = landscape.includes(index + 1);
      // What is printed on the page, from its pixels: the header's frame (its lines reach the side margins) and text.
      const png = printed[index]!;
      const inked = { left: png.width, right: 0, top: png.height };
      for (let y = 0; y < png.height; y++) {
        for (let x = 0; x < png.width; x++) {
          if (png.data[y * png.width + x]! > 128) continue;
          inked.left = Math.min(inked.left, x);
          inked.right = Math.max(inked.right, x + 1);
          inked.top = Math.min(inked.top, y);
        }
      }
      const margins = {
        left: inked.left * mm,
        right: (png.width - inked.right) * mm,
        top: inked.top * mm,
      };
      // Upright: left 30 (the bound edge), right 15, the header's frame 10 mm below the top edge as the Word file's
      // (its lines drawn a millimetre lower). Landscape, the sheet turned a quarter: 20 at the sides, the header 10 mm
      // lower, 20 mm from the bound top edge, clear of the punch holes.
      const expected = turned ? { left: 20, right: 20, top: 21 } : { left: 30, right: 15, top: 11 };
      for (const side of ['left', 'right', 'top'] as const) {
        expect(Math.abs(margins[side] - expected[side]), `page ${index + 1} ${side}: ${margins[side]}`).toBeLessThan(1);
      }
      const words = [
        ...text!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g),
      ].map(([, left, top, bottom, word]) => ({
        left: Number(left) * mm,
        top: Number(top) * mm,
        bottom: Number(bottom) * mm,
        word,
      }));
      // The page's first line starts well below the header's last one (the title's last word), none in between.
      const headerBottom = words.find(({ word }) => word === 'Zanzibar')!.bottom;
      const between = words.filter(({ top }) => top > headerBottom - 2 && top < headerBottom + 6);
      expect(
        between.map(({ word }) => word),
        `page ${index + 1}`,
      ).toEqual([]);
      if (index + 1 === landscape[0]) {
        // The section's heading ("5.7. Lưu đồ") opens the first landscape page, below the 52 mm the stylesheet keeps
        // there for the header (42 upright), at the 20 mm left margin.
        const heading = words.find(({ word }) => word === '5.7.')!;
        expect(heading.top).toBeGreaterThanOrEqual(52);
        expect(Math.abs(heading.left - 20)).toBeLessThan(1);
      }
      // The footer's first word at the page's left margin, inside the bottom margin (doc-print-parity.test.ts).
      const footer = words.filter(({ top }) => Number(height) * mm - top < 18);
      expect(footer.length, `page ${index + 1}`).toBeGreaterThan(0);
      expect(Math.abs(Math.min(...footer.map(({ left }) => left)) - expected.left)).toBeLessThan(1);
    }
  });

  it("lets section 1 follow a cover taller than a page on its second page, which the cover's last row left nearly empty", async () => {
    const out = outDir();
    // A long title (a tall page header) and three amendments: the cover's last history row spills onto page 2.
    const result = await runCli(['doc', `${FIXTURES}/cover-spills.yaml`, '--format', 'pdf', '-o', out], { browsers });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const text = execFileSync('pdftotext', [join(out, 'QT-XD-LT-25.pdf'), '-'], { encoding: 'utf8' });
    const second = text.split('\f')[1]!.replace(/\s+/g, ' ');
    expect(second).toContain('Bổ sung liên thông PCCC và môi trường');
    expect(second).toContain('1. MỤC ĐÍCH');
  });

  it('fits a wide flowchart to the column on screen while its text stays readable, scrolling sideways beyond, and to the page in print', async () => {
    const out = outDir();
    // A chart 960 px wide, on one piece: wider than the 624 px column. At 1280 px it was drawn at its own size, its
    // third lane cut off at the column's edge; squeezed to a phone's column its labels were 4.5 px high.
    const result = await runCli(['doc', FULL, '--format', 'html', '-o', out], { browsers });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const page = await (await browsers.browser()).newPage();
    try {
      const chart = () =>
        page.evaluate(() => {
          const svg = document.querySelector('figure.flowchart svg') as SVGSVGElement;
          const figure = svg.closest('figure')!;
          const right = figure.getBoundingClientRect().left + figure.clientWidth;
          return {
            // The chart's scale against its own drawing: 1 is its labels at the size the SVG file draws them.
            scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
            fits: svg.getBoundingClientRect().width <= figure.clientWidth + 1,
            lanesShown: [...svg.querySelectorAll('rect.swimlane-title')].every(
              (lane) => lane.getBoundingClientRect().right <= right + 1,
            ),
            scrolls: figure.scrollWidth > figure.clientWidth,
            focusable: figure.tabIndex === 0,
            pageFits: document.documentElement.scrollWidth <= window.innerWidth,
          };
        });
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(pathToFileURL(join(out, 'QT-TEST-HKD-01.html')).href);
      expect(await chart()).toEqual({
        scale: expect.closeTo(((165 / 25.4) * 96) / 960, 2),
        fits: true,
        lanesShown: true,
        scrolls: false,
        focusable: true,
        pageFits: true,
      });
      // A phone's column is narrower than the chart at its smallest readable size (7 pt text): it scrolls there.
      await page.setViewport({ width: 390, height: 900 });
      await page.goto(pathToFileURL(join(out, 'QT-TEST-HKD-01.html')).href);
      expect(await chart()).toEqual({
        scale: expect.closeTo(MIN_SCALE, 2),
        fits: false,
        lanesShown: false,
        scrolls: true,
        focusable: true,
        pageFits: true,
      });
      // Print keeps the chart fitted to the paper's text width (165 mm).
      await page.setViewport({ width: Math.floor((165 / 25.4) * 96), height: 1000 });
      await page.emulateMediaType('print');
      expect(await chart()).toMatchObject({ fits: true, lanesShown: true, scrolls: false });
    } finally {
      await page.close();
    }
  });

  it('shows every lane of a four-lane chart with long names at 1280 px, and prints its continued piece with the lane names alone over it', async () => {
    const out = outDir();
    const result = await runCli(['doc', `${FIXTURES}/four-long-lanes.yaml`, '--format', 'html', '-o', out], {
      browsers,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const file = pathToFileURL(join(out, 'QT-TEST-LANES-04.html')).href;
    const page = await (await browsers.browser()).newPage();
    try {
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(file);
      // Each lane's right edge inside what the figure shows: the third and fourth were past it.
      const lanes = await page.$eval('figure.flowchart-whole', (figure) => {
        const right = figure.getBoundingClientRect().left + figure.clientWidth;
        return [...figure.querySelectorAll('svg rect.swimlane-title')].map(
          (lane) => lane.getBoundingClientRect().right <= right + 1,
        );
      });
      expect(lanes).toEqual([true, true, true, true]);
      // Printed, the chart is cut into pieces; a continued piece shows the lane names again over its top. The whole
      // drawing seen through that band showed the start terminal's red outline as a sliver under the names.
      await page.setViewport({ width: Math.floor((165 / 25.4) * 96), height: 1000, deviceScaleFactor: 2 });
      await page.goto(file);
      // Print media set on the document being measured: set before a navigation, it was sometimes gone after it.
      await page.emulateMediaType('print');
      await page.waitForFunction(() => matchMedia('print').matches, { timeout: 20_000 });
      // The band's window, as large as it prints: its own box is that of all it holds, the hidden drawing included.
      const band = await page.$eval('figure.tile-next > svg', (piece) => {
        const box = piece.getBoundingClientRect();
        const scale = box.width / (piece as SVGSVGElement).viewBox.baseVal.width;
        const height = Number(piece.querySelector(':scope > svg')?.getAttribute('height')) * scale;
        return { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height };
      });
      expect(band.height).toBeGreaterThan(10);
      const png = PNG.sync.read(Buffer.from(await page.screenshot({ clip: band, captureBeyondViewport: true })));
      // The widest run of red in any row of the band: an arrow running on through the cut below it is its stroke's
      // width (3 px, 6 at this scale); the terminal's outline ran along it, 60 px and more.
      let widest = 0;
      for (let y = 0; y < png.height; y++) {
        let run = 0;
        for (let x = 0; x < png.width; x++) {
          const i = (y * png.width + x) * 4;
          run = png.data[i]! > 150 && png.data[i + 1]! < 90 && png.data[i + 2]! < 90 ? run + 1 : 0;
          widest = Math.max(widest, run);
        }
      }
      expect(widest).toBeLessThanOrEqual(8);
    } finally {
      await page.close();
    }
  }, 60_000);

  it("bookmarks the document's title as it reads, with the spaces where the heading wraps", async () => {
    const out = outDir();
    // Wide enough to wrap over three lines of the cover's 16 pt heading: Chromium's bookmark is the text it draws,
    // and it ran "QUY TRÌNH" into the title and joined the words either side of each wrap ("tổchức").
    const title =
      'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc ' +
      'chứng nhận, và do cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận';
    const source = join(out, 'wrapped-title.yaml');
    writeFileSync(source, readFileSync(join(ROOT, FULL), 'utf8').replace(/^title: .*$/m, `title: ${title}`));
    const result = await runCli(['doc', source, '--format', 'pdf', '-o', out], { browsers });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const titles = pdfOutlineTitles(readFileSync(join(out, 'QT-TEST-HKD-01.pdf')));
    expect(titles).toContain(`QUY TRÌNH ${title}`);
    expect(titles).toContain('1. MỤC ĐÍCH');
  });

  it('sizes a split flowchart for the header of a long title: the heading with the first piece, the legend with the last', async () => {
    const out = outDir();
    const result = await runCli(['doc', `${FIXTURES}/long-title-chart.yaml`, '--format', 'pdf', '-o', out], {
      browsers,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = execFileSync('pdftotext', [join(out, 'QT-SNNMT-DD-21.pdf'), '-'], { encoding: 'utf8' });
    const pages = text.split('\f').map((page) => page.replace(/\s+/g, ' '));
    const pieces = pages.filter((page) => page.includes('Lưu đồ, phần'));
    expect(pieces.length).toBeGreaterThan(1);
    // No page holds only the heading or only the legend: each is on a page with a piece.
    expect(pages.find((page) => page.includes('5.7. Lưu đồ'))).toContain('Lưu đồ, phần 1/');
    expect(pages.find((page) => page.includes('Chú giải:'))).toContain(
      `Lưu đồ, phần ${pieces.length}/${pieces.length}`,
    );
  });

  it("turns the HTML's printed chart as the PDF's under a long title: its own pages, in the PDF's pieces", async () => {
    const out = outDir();
    // QT-SNNMT-DD-07 fits the text under a short title; a long title's header leaves too little room, and the PDF
    // prints the chart on upright pages of its own, in pieces. The HTML kept it in the text (a sheet chosen for a
    // header of no height) and printed its heading alone at the foot of a page.
    const title =
      'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam trong các doanh nghiệp, cơ quan, ' +
      'tổ chức, hộ kinh doanh, cá nhân trên địa bàn tỉnh, trừ trường hợp thuộc thẩm quyền của Bộ Nội vụ và các ' +
      'trường hợp được miễn theo quy định';
    const source = join(out, 'long-title-dd07.yaml');
    writeFileSync(
      source,
      readFileSync(join(ROOT, 'procedures/tinh/dang-ky-bien-dong-chuyen-nhuong-dat.yaml'), 'utf8').replace(
        /^title: .*$/m,
        `title: ${title}`,
      ),
    );
    const result = await runCli(['doc', source, '--format', 'pdf,html', '-o', out], { browsers });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const pdf = execFileSync('pdftotext', [join(out, 'QT-SNNMT-DD-07.pdf'), '-'], { encoding: 'utf8' });
    const pieces = pdf.match(/Lưu đồ, phần \d+\/\d+/g) ?? [];
    expect(pieces.length).toBeGreaterThan(1);
    // The chart's pages, each piece's page turned as the others. (Upright while every page kept the heading's and the
    // legend's room; planned with each page's own, landscape prints it in as many pieces, with fewer cuts across.)
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', '99', join(out, 'QT-SNNMT-DD-07.pdf')], {
      encoding: 'utf8',
    });
    const turned = pdf
      .split('\f')
      .map((page, i) => (/Lưu đồ, phần \d+\/\d+/.test(page) ? i + 1 : 0))
      .filter((page) => page > 0)
      .map((page) => new RegExp(`Page\\s+${page} size:\\s+841\\.\\d+ x 59\\d`).test(sizes));
    expect(turned).toHaveLength(pieces.length);
    expect(new Set(turned).size).toBe(1);
    const html = readFileSync(join(out, 'QT-SNNMT-DD-07.html'), 'utf8');
    // The HTML prints the chart on pages of its own turned as the PDF's, in as many pieces or more (their room is its
    // header's, 30 mm taller).
    expect(html).toContain(`class="flowchart-section sheet-A4-${turned[0] ? 'landscape' : 'portrait'}"`);
    const printed = html.match(/Lưu đồ, phần \d+\/\d+/g) ?? [];
    expect(printed.length).toBeGreaterThanOrEqual(pieces.length);
  });

  it("keeps the legend of QT-SNNMT-DD-07's chart whole on the chart's page (before: its last line on the next page)", async () => {
    const out = outDir();
    const file = 'procedures/tinh/dang-ky-bien-dong-chuyen-nhuong-dat.yaml';
    const result = await runCli(['doc', join(ROOT, file), '--format', 'pdf', '-o', out], { browsers });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = execFileSync('pdftotext', [join(out, 'QT-SNNMT-DD-07.pdf'), '-'], { encoding: 'utf8' });
    const pages = text.split('\f').map((page) => page.replace(/\s+/g, ' '));
    const legend = pages.filter((page) => page.includes('Chú giải:'));
    expect(legend).toHaveLength(1);
    // The chart in the text, its heading, the whole legend to its last words, on one page.
    expect(legend[0]).toContain('5.7. Lưu đồ');
    expect(legend[0]).toMatch(/Chú giải:.*Mỗi làn dọc: một đơn vị thực hiện\./);
  });

  it("prints QT-SNNMT-DD-07's chart in the text at 7 pt or more, as its one piece was planned (before: 6.95 pt, its summary 6.8)", async () => {
    const out = outDir();
    const file = 'procedures/tinh/dang-ky-bien-dong-chuyen-nhuong-dat.yaml';
    const result = await runCli(['doc', join(ROOT, file), '--format', 'pdf', '-o', out], { browsers });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = join(out, 'QT-SNNMT-DD-07.pdf');
    const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f');
    const chart = pages.findIndex((page) => page.includes('5.7. Lưu đồ'));
    expect(chart).toBeGreaterThanOrEqual(0);
    // The plan kept one piece, the drawing less the lanes' empty ends; printed whole instead, it shrank to the room.
    const sizes = pdfPageText(readFileSync(pdf))[chart]!.textSizes;
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_TEXT_PT - 0.01);
  });

  it('wraps a web address or a long file name inside its cell: the PDF prints at the stylesheet sizes, every character on the page', async () => {
    const out = outDir();
    // Both documents from one run: the chart is drawn once for the two.
    const result = await runCli(['doc', `${FIXTURES}/long-words.yaml`, '--format', 'pdf,html', '-o', out], {
      browsers,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = join(out, 'QT-TEST-WRAP-01.pdf');
    // A table wider than the paper made Chromium scale every page down (13 pt body text came out at 8.7 pt): the
    // title's 18 pt, the body's 13 pt and the tables' 12 pt must all be there as the stylesheet sets them.
    const sizes = new Set(
      pdfPageText(readFileSync(pdf)).flatMap((page) => page.textSizes.map((size) => size.toFixed(1))),
    );
    expect([...sizes].filter((size) => ['18.0', '13.0', '12.0'].includes(size)).sort()).toEqual([
      '12.0',
      '13.0',
      '18.0',
    ]);
    // And nothing runs past the page's edge, where it was cut off (pdftotext drops a hyphen that ends a line).
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/[\s-]+/g, '');
    for (const word of [
      'https://dichvucong.bacninh.gov.vn/bieu-mau/phieu-kiem-soat-qua-trinh-giai-quyet-ho-so.docx',
      'https://dichvucong.bacninh.gov.vn/bieu-mau/don-de-nghi-cap-giay-phep.docx',
      'PhiếuKiểmSoátQuáTrìnhGiảiQuyếtHồSơ_Mẫu06_TTPVHCC_BắcNinh_2026',
    ]) {
      expect(text).toContain(word.replace(/-/g, ''));
    }
    // Every table of the printed page, laid out at the paper's text width (165 mm), stays within it.
    const page = await (await browsers.browser()).newPage();
    try {
      await page.setViewport({ width: Math.floor((165 / 25.4) * 96), height: 1000 });
      await page.emulateMediaType('print');
      await page.goto(pathToFileURL(join(out, 'QT-TEST-WRAP-01.html')).href);
      const wide = await page.$$eval('table', (tables) =>
        tables.filter((table) => table.scrollWidth > table.clientWidth + 1).map((table) => table.className),
      );
      expect(wide).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('keeps short words whole in narrow columns on a phone, and every word on a wide screen', async () => {
    // "anywhere" on the body let a table shrink a column below its longest word: on a 390 px phone "TTPVHCC",
    // "KT-HT-ĐT", "54/2017/NĐ-CP" and the step table's heading "TT" were split across lines.
    const out = outDir();
    const html = await runCli(['doc', `${FIXTURES}/narrow-columns.yaml`, '--format', 'html', '-o', out], { browsers });
    expect(html.code).toBe(0);
    const page = await (await browsers.browser()).newPage();
    try {
      for (const width of [390, 1280]) {
        await page.setViewport({ width, height: 900 });
        await page.goto(pathToFileURL(join(out, 'QT-TEST-NARROW-01.html')).href);
        // Each word of a table's cell whose pieces are drawn on more than one line.
        const split = await page.$$eval('td, th', (cells) =>
          cells.flatMap((cell) => {
            const found: string[] = [];
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(node, word.index);
                range.setEnd(node, word.index + word[0].length);
                const lines = new Set(
                  [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
                );
                if (lines.size > 1) found.push(word[0]);
              }
            }
            return found;
          }),
        );
        expect({ width, split }).toEqual({ width, split: [] });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      }
    } finally {
      await page.close();
    }
  }, 60_000);

  // The binary, spawned: it launches Chromium, prints and closes it.
  it("puts each catalog's own logo in its documents, in either order of the catalogs", async () => {
    // doc took the configuration of its first path for every file: the commune's documents lost its logo when the
    // ward's catalog came first, and the ward's got it when the commune's did.
    const dir = 'test/fixtures/catalogs-own-calendar';
    const logo = `<img class="logo" src="data:image/svg+xml;base64,${readFileSync(`${ROOT}/${dir}/xa-tay/logo.svg`).toString('base64')}"`;
    for (const paths of [
      [`${dir}/phuong-dong`, `${dir}/xa-tay`],
      [`${dir}/xa-tay`, `${dir}/phuong-dong`],
    ]) {
      const out = outDir();
      const result = await runCli(['doc', '--lang', 'en', ...paths, '--format', 'html', '-o', out], { browsers });
      expect(result).toEqual({
        code: 0,
        stdout: `${join(out, 'QT-PHUONG-DONG.html')}\n${join(out, 'QT-XA-TAY.html')}\n`,
        stderr: '',
      });
      expect(readFileSync(join(out, 'QT-XA-TAY.html'), 'utf8')).toContain(logo);
      expect(readFileSync(join(out, 'QT-PHUONG-DONG.html'), 'utf8')).not.toContain('<img class="logo"');
    }
  });

  it('prints a PDF whose text keeps the Vietnamese diacritics, with the header and page numbers on every page', () => {
    const out = outDir();
    const result = procmap(['doc', FULL, '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = join(out, 'QT-TEST-HKD-01.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const phrase of [
      'Thẩm định hồ sơ',
      'Bộ phận Tiếp nhận và Trả kết quả',
      'Đăng ký thành lập hộ kinh doanh',
      'THEO DÕI SỬA ĐỔI TÀI LIỆU',
      'Người phê duyệt',
      'Trần Thị Bình',
      '2,75 ngày làm việc',
    ]) {
      expect(text).toContain(phrase);
    }
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    // The control header as agencies print it, on every page, with page x/y in it.
    pages.forEach((page, i) => {
      expect(page).toContain('QUY TRÌNH');
      expect(page).toContain('Mã hiệu: QT-TEST-HKD-01');
      expect(page).toContain('Lần ban hành: 02');
      expect(page).toContain('Ngày hiệu lực: 01/07/2025');
      expect(page).toContain(`Trang: ${i + 1}/${pages.length}`);
    });
  });
  it("keeps 5.4's verdict on its table's page: the page before the chart held only the verdict, 5.5 and 5.6", async () => {
    // QT-XD-GP-01 (its chart on landscape pages) and QT-SNV-LD-01 (its chart in the text, too tall for what page 4
    // left): the verdict went alone atop page 4, its figures on page 3, and the chart to page 5, leaving page 4 five
    // lines long. 5.4 now starts page 4 whole; neither document gets longer.
    const { result, out } = await twoBundledPdfs();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const [code, count] of [
      // QT-XD-GP-01: 10 pages while every chart page kept the heading's and the legend's room; its chart now takes 2.
      // 9 and 7 while the tables printed at 12 pt and the header 2 mm lower than the Word file's, which has 7 and 6.
      ['QT-XD-GP-01', 7],
      ['QT-SNV-LD-01', 6],
    ] as const) {
      const pdf = join(out, `${code}.pdf`);
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(new RegExp(`^Pages:\\s+${count}$`, 'm'));
      const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
        .split('\f')
        .map((page) => page.replace(/\s+/g, ' '));
      const verdict = pages.findIndex((page) => page.includes('Đạt: còn dư'));
      expect(pages[verdict]).toContain('5.4. Thời gian xử lý');
      expect(pages[verdict]).toContain('Các bước trên đường găng');
      // The page before the chart's: 5.4 to 5.6, not a stray verdict line.
      expect(pages.findIndex((page) => page.includes('5.7. Lưu đồ'))).toBe(verdict + 1);
      expect(pages[verdict]).toMatch(/5\.4\. Thời gian xử lý.*5\.5\..*5\.6\./);
    }
  });

  it("prints the channels table's title on the page of its first row, as Word keeps it: a fee by 12 cases left it alone at a page's foot", async () => {
    const out = outDir();
    const result = await runCli(['doc', `${FIXTURES}/channel-fee-cases.yaml`, '--format', 'pdf', '-o', out], {
      browsers,
    });
    expect([result.code, result.stderr]).toEqual([0, '']);
    const pages = execFileSync('pdftotext', [join(out, 'QT-TEST-PL-12.pdf'), '-'], { encoding: 'utf8' }).split('\f');
    const title = pages.findIndex((page) => page.includes('Cách thức thực hiện'));
    // Before: the title on page 2 under 5.5, the table from page 3.
    expect(title).toBeGreaterThan(0);
    expect(pages.findIndex((page) => page.includes('Trực tiếp'))).toBe(title);
  });

  it("embeds every font of a chart, whole or in pieces, as TrueType with its Vietnamese letters: no Type 3 for an arrow's label", async () => {
    // The labels on arrows ("Không đủ điều kiện") were stroked in the lane's colour under their letters, a halo that
    // Chromium prints as Type 3 fonts: two per document with such a label, which print badly and copy twice.
    const { result, out } = await twoBundledPdfs();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const code of ['QT-XD-GP-01', 'QT-SNV-LD-01']) {
      const pdf = join(out, `${code}.pdf`);
      const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fonts.some((font) => /NotoSans/.test(font))).toBe(true);
      for (const font of fonts) expect(font).toMatch(/^\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\b/);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      expect(text).toMatch(/Không đủ\s+điều kiện/);
    }
  });

  it("starts QT-HT-LT-02's 5.4 on page 4 with 5.5 and 5.6, where 5.6 alone (a heading and two lines) made page 4 before the chart's", async () => {
    // Page 3 ran from 5.1 to 5.5 and was full; 5.6 went alone to page 4, the chart's landscape pages after it.
    const out = outDir();
    const result = await runCli(
      ['doc', join(ROOT, 'procedures/xa/lien-thong-khai-tu.yaml'), '--format', 'pdf', '-o', out],
      { browsers },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = join(out, 'QT-HT-LT-02.pdf');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+8$/m);
    const page = (n: number) =>
      execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(page(3)).toMatch(/5\.1\. Điều kiện thực hiện.*5\.3\. Số lượng hồ sơ/);
    expect(page(3)).not.toContain('5.4.');
    expect(page(4)).toMatch(
      /5\.4\. Thời gian xử lý.*Đạt: còn dư.*5\.5\..*5\.6\. Phí, lệ phí.*giải quyết chế độ tử tuất/,
    );
    expect(page(5)).toContain('5.7. Lưu đồ');
    rmSync(out, { recursive: true, force: true });
  });

  it('prints QT-CT-04 with 5.4, its verdict, 5.5 and 5.6 on page 3 and its chart and legend whole on page 4', async () => {
    // Six pages once, the verdict alone atop page 4 and the chart under 5.6: 5.4's table now goes with its verdict,
    // and the chart with its legend no longer fits under 5.6. Knowing whether letting 5.4 break would spare the page
    // cost a second print of every PDF. Seven pages, 5.4 to 5.6 on page 4, while the tables printed at 12 pt: six, as
    // the Word file.
    const out = outDir();
    const result = await runCli(
      ['doc', 'procedures/xa/chung-thuc-hop-dong-giao-dich.yaml', '--format', 'pdf', '-o', out],
      {
        browsers,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = join(out, 'QT-CT-04.pdf');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+6$/m);
    const page = (n: number) => execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, pdf, '-'], { encoding: 'utf8' });
    expect(page(3)).toMatch(/5\.4\. Thời gian xử lý[^]*Đạt: còn dư[^]*5\.5\.[^]*5\.6\./);
    expect(page(4)).toContain('5.7.');
    expect(page(4)).toContain('Chú giải');
    rmSync(out, { recursive: true, force: true });
  });
});

// Chromium stamps a PDF with the time it prints and numbers its tagged structure by every node the page ever made.
describe('the same PDF from one run to the next', () => {
  const dates = (pdf: string) =>
    execFileSync('pdfinfo', ['-isodates', pdf], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => /^(CreationDate|ModDate):/.test(line))
      .map((line) => line.replace(/\s+/g, ' '));

  it('doc and flowchart give the same bytes in a browser that printed other pages, dated from the procedure', async () => {
    const [first, second] = [outDir(), outDir()];
    for (const out of [first, second]) {
      // A second's step of the clock and a page that printed before: each changed the bytes. The second run comes
      // more than a second after the first (the first, after the other tests' pages).
      if (out === second) await new Promise((resolve) => setTimeout(resolve, 1100));
      const doc = await runCli(['doc', FULL, '-f', 'pdf', '-o', out, '--lang', 'en'], { browsers });
      expect(doc).toEqual({ code: 0, stdout: `${join(out, 'QT-TEST-HKD-01.pdf')}\n`, stderr: '' });
      const chart = await runCli(['flowchart', FULL, '-f', 'pdf', '-o', out, '--lang', 'en'], { browsers });
      expect(chart.code).toBe(0);
    }
    for (const name of ['QT-TEST-HKD-01.pdf', 'QT-TEST-HKD-01.flowchart.pdf']) {
      const bytes = readFileSync(join(first, name));
      expect(readFileSync(join(second, name)).equals(bytes)).toBe(true);
      // Effective 2025-07-01, amended last on 2025-10-15, as the Word file is dated.
      expect(dates(join(first, name))).toEqual(['CreationDate: 2025-07-01T00:00:00Z', 'ModDate: 2025-10-15T00:00:00Z']);
    }
    // Committed to git without the output record: the next run in a fresh checkout replaces it with no option.
    const target = join(first, 'QT-TEST-HKD-01.pdf');
    const bytes = readFileSync(target);
    rmSync(join(first, OUTPUT_RECORD));
    const again = () => runCli(['doc', FULL, '-f', 'pdf', '-o', first, '--lang', 'en'], { browsers });
    expect(await again()).toEqual({ code: 0, stdout: `${target}\n`, stderr: '' });
    // procmap's properties over other content (a tool that keeps them): refused once its bytes are made, untouched.
    const edited = Buffer.concat([bytes, Buffer.from('% signed\n')]);
    writeFileSync(target, edited);
    rmSync(join(first, OUTPUT_RECORD));
    expect(await again()).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: Refusing to write over "${target}": procmap did not write it (${OUTPUT_RECORD} beside it does not list it); move it away, or run again with --force to replace it\n`,
    });
    expect(readFileSync(target).equals(edited)).toBe(true);
  }, 120_000);

  it('SOURCE_DATE_EPOCH dates the PDF when it is set', async () => {
    const out = outDir();
    const env = { SOURCE_DATE_EPOCH: '1751328000' };
    expect((await runCli(['doc', FULL, '-f', 'pdf', '-o', out], { browsers, env })).code).toBe(0);
    expect(dates(join(out, 'QT-TEST-HKD-01.pdf'))).toEqual([
      'CreationDate: 2025-07-01T00:00:00Z',
      'ModDate: 2025-07-01T00:00:00Z',
    ]);
  }, 60_000);
});

// `-o d1.pdf` made a folder named d1.pdf: the Markdown cases are in doc-one-file.test.ts.
describe('procmap doc -o <file> in the formats Chromium draws', () => {
  it.each([
    ['pdf', 'd1.pdf', '%PDF-'],
    ['docx', 'd1.docx', 'PK'],
    ['html', 'd1.html', '<!DOCTYPE html>'],
    ['htm', 'd1.HTM', '<!DOCTYPE html>'],
  ])('writes the one %s file -o names (%s)', async (_, output, start) => {
    const cwd = outDir();
    copyFileSync(join(ROOT, FULL), join(cwd, 'full.yaml'));
    const result = await runCli(['doc', 'full.yaml', '-o', output], { cwd, browsers });
    expect([result.code, result.stderr, result.stdout]).toEqual([0, '', `${output}\n`]);
    expect(readFileSync(join(cwd, output)).subarray(0, start.length).toString('latin1')).toBe(start);
    expect(readdirSync(cwd).sort()).toEqual([OUTPUT_RECORD, output, 'full.yaml'].sort());
  });
});
