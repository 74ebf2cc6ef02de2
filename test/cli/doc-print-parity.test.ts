import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type RunResult } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';

// The PDF and the Word file of the same procedures, the Word file laid out by LibreOffice (a second reader, as an
// agency's office prints it). These drive the real Chromium and LibreOffice: without them they fail, never skip.

const execFileAsync = promisify(execFile);
const browsers = shareBrowser();
const out = mkdtempSync(join(tmpdir(), 'procmap-parity-'));

/**
 * Bundled procedures of different sizes (a chart in the text, one on landscape pages in pieces, a long step table) and
 * a step named in 300 characters, whose chart in the text is as tall as a page allows.
 */
const PROCEDURES = {
  'QT-TEST-CT-300': 'test/render/document/fixtures/long-step-name.yaml',
  'QT-HT-05': 'procedures/xa/cap-giay-xac-nhan-tinh-trang-hon-nhan.yaml',
  'QT-HT-09': 'procedures/xa/cap-ban-sao-trich-luc-ho-tich.yaml',
  'QT-XD-GP-01': 'procedures/xa/cap-giay-phep-xay-dung-nha-o-rieng-le.yaml',
  'QT-SNNMT-DD-07': 'procedures/tinh/dang-ky-bien-dong-chuyen-nhuong-dat.yaml',
} as const;
type Code = keyof typeof PROCEDURES;
const CODES = Object.keys(PROCEDURES) as Code[];

let run: RunResult;

beforeAll(async () => {
  run = await runCli(
    ['doc', ...Object.values(PROCEDURES).map((file) => join(ROOT, file)), '--format', 'pdf,docx', '-o', out],
    { browsers },
  );
  await execFileAsync(
    'soffice',
    [
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(out, 'lo'),
      ...CODES.map((code) => join(out, `${code}.docx`)),
    ],
    { timeout: 170_000 },
  );
}, 240_000);

interface PrintedPage {
  heightMm: number;
  landscape: boolean;
  words: { word: string; topMm: number; bottomMm: number }[];
}

/** A PDF's pages as poppler reads them: each word with its top and bottom in millimetres from the paper's top edge. */
function printedPages(pdf: string): PrintedPage[] {
  const mm = 25.4 / 72;
  const boxes = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...boxes.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
    ([, width, height, text]) => ({
      heightMm: Number(height) * mm,
      landscape: Number(width) > Number(height),
      words: [...text!.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map(
        ([, top, bottom, word]) => ({ word: word!, topMm: Number(top) * mm, bottomMm: Number(bottom) * mm }),
      ),
    }),
  );
}

const formats = {
  pdf: (code: Code) => join(out, `${code}.pdf`),
  word: (code: Code) => join(out, 'lo', `${code}.pdf`),
};

describe('the page footer, in the PDF and in the Word file', () => {
  it("ends 10 mm or more above the paper's edge and inside the bottom margin (before, in the PDF: 5.6 mm)", () => {
    expect(run).toMatchObject({ code: 0, stderr: '' });
    for (const [format, file] of Object.entries(formats)) {
      for (const code of CODES) {
        for (const [index, page] of printedPages(file(code)).entries()) {
          // The footer's line "Mã hiệu: … · Lần ban hành: 01" is the page's lowest; the header has the same words.
          const footer = page.words.filter(({ word }) => word === 'hành:').sort((a, b) => b.bottomMm - a.bottomMm)[0];
          const where = `${format} ${code} page ${index + 1}`;
          expect(footer, where).toBeDefined();
          const fromEdge = page.heightMm - footer!.bottomMm;
          expect(fromEdge, where).toBeGreaterThanOrEqual(9.5);
          // Decree 30/2020: a bottom margin of 20 mm upright; 15 mm on a landscape page, the sheet turned.
          expect(page.heightMm - footer!.topMm, where).toBeLessThanOrEqual(page.landscape ? 15 : 20);
        }
      }
    }
  });
});

describe('the page count, in the PDF and in the Word file', () => {
  it('is the same in both for procedures of different sizes (before: QT-HT-05 6 and 5, QT-XD-GP-01 9 and 7, QT-SNNMT-DD-07 8 and 6)', () => {
    expect(run).toMatchObject({ code: 0, stderr: '' });
    // The PDF's tables printed at 12 pt with roomier cells than the Word file's 11 pt, and its header stood 2 mm lower
    // than the Word file's, so that its text started 3 mm lower on every page.
    const counts = (file: (code: Code) => string) =>
      Object.fromEntries(CODES.map((code) => [code, printedPages(file(code)).length]));
    expect(counts(formats.pdf)).toEqual(counts(formats.word));
  });
});

describe('a chart in the text as tall as the page, in the PDF', () => {
  it("leaves room above it for a short section, as the Word file: 5.6 shares the chart's page (before: alone on page 3)", () => {
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const pages = execFileSync('pdftotext', [formats.pdf('QT-TEST-CT-300'), '-'], { encoding: 'utf8' })
      .split('\f')
      .map((page) => page.replace(/\s+/g, ' '));
    const chart = pages.findIndex((page) => page.includes('5.7. Lưu đồ'));
    expect(pages[chart]).toMatch(/5\.6\. Phí, lệ phí.*5\.7\. Lưu đồ.*Chú giải/);
  });
});
