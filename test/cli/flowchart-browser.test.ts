import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procmapAsync, type RunResult } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';
import { OUTPUT_RECORD } from '../../src/node/output-record.js';
import { laneBand } from '../../src/render/flowchart-page.js';

// The binary itself, spawned: it launches Chromium, draws, closes it and exits (the formats that need no browser run
// in-process in flowchart.test.ts). What the charts look like is checked in-process, in the e2e project's Chromium:
// each spawned run launched a browser of its own and loaded mermaid in it again. The binary's run is started with the
// file and awaited in its test, the last: it draws in its own process and browser while the in-process tests draw in
// the shared one, instead of the file waiting for one and then the other.
const DECISION = 'test/render/fixtures/flowchart/decision.yaml';

function outDir(): string {
  return mkdtempSync(join(tmpdir(), 'procmap-flowchart-'));
}

/** The box around every step of a swimlane SVG: each step's outline (rect, polygon or path) placed by its translate. */
function stepsBox(svg: string): { left: number; top: number; right: number; bottom: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  const place =
    /<g class="node\b[^"]*"[^>]*\stransform="translate\(([-\d.e]+),\s*([-\d.e]+)\)"[^>]*>(<[^>]*>(?:<[^>]*>)?)/g;
  for (const [, x, y, outline] of svg.matchAll(place)) {
    const shift = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(outline!) ?? [];
    const [dx, dy] = [Number(x) + Number(shift[1] ?? 0), Number(y) + Number(shift[2] ?? 0)];
    const rect = /<rect\b[^>]*\sx="([-\d.e]+)" y="([-\d.e]+)" width="([\d.e]+)" height="([\d.e]+)"/.exec(outline!);
    const numbers = rect
      ? [rect[1], rect[2], Number(rect[1]) + Number(rect[3]), Number(rect[2]) + Number(rect[4])].map(Number)
      : (/\s(?:d|points)="([^"]*)"/.exec(outline!)?.[1]?.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/gi) ?? []).map(Number);
    numbers.forEach((n, i) => (i % 2 === 0 ? xs : ys).push(n + (i % 2 === 0 ? dx : dy)));
  }
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

/** Each arrow of a swimlane SVG by its id, with the points mermaid routed it through. */
function arrows(svg: string): Map<string, { x: number; y: number }[]> {
  const found = new Map<string, { x: number; y: number }[]>();
  for (const [tag] of svg.matchAll(/<path\b[^>]*\sdata-points="[^"]*"[^>]*>/g)) {
    const id = /\sdata-id="([^"]*)"/.exec(tag)![1]!;
    found.set(id, JSON.parse(Buffer.from(/\sdata-points="([^"]*)"/.exec(tag)![1]!, 'base64').toString('utf8')));
  }
  return found;
}

let binary: { out: string; run: Promise<RunResult> };
beforeAll(() => {
  const out = outDir();
  binary = {
    out,
    run: procmapAsync([
      'flowchart',
      'test/render/fixtures/flowchart/parallel-join.yaml',
      DECISION,
      '--format',
      'svg,png',
      '--format',
      'pdf',
      '-o',
      out,
    ]),
  };
});
// Nothing of the file outlives it, even when its test is left out (-t).
afterAll(() => binary.run);

describe('procmap flowchart in the shared Chromium', () => {
  const browsers = shareBrowser();

  // In-process: what is said and the exit code are main()'s; the run launches its own browser, as the binary does.
  it('exits 2 when the browser named cannot start', async () => {
    const result = await runCli(['flowchart', DECISION, '--format', 'svg', '-o', outDir()], {
      env: { PROCMAP_CHROME: '/bin/false' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^procmap: Trình duyệt "\/bin\/false" dừng ngay khi khởi động\. Hãy kiểm tra nó chạy được: lệnh "\/bin\/false" --version phải in ra phiên bản\. /,
    );
  });

  it('keeps every arrow inside the chart: none runs round its border or through the lane names', async () => {
    // Charts where mermaid 11.17 took a crossing out by routing an arrow round the whole chart, under or through the
    // lane names (one and two lines high): 7 → 8, 23 → 24, 3 → 4 (mermaid-js/mermaid#7822, #7964).
    const out = outDir();
    const dir = 'test/fixtures/flowchart-routes';
    const result = await runCli(['flowchart', dir, '--format', 'svg', '-o', out], { browsers });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const charts = ['QT-LD-01', 'QT-WRAP-01', 'QT-XD-99'];
    expect(result.stdout).toBe(charts.map((id) => `${join(out, `${id}.flowchart.svg`)}\n`).join(''));
    for (const id of charts) {
      const svg = readFileSync(join(out, `${id}.flowchart.svg`), 'utf8');
      const band = laneBand(svg)!;
      const box = stepsBox(svg);
      expect(box.top).toBeGreaterThanOrEqual(band.top + band.height);
      const routes = arrows(svg);
      expect(routes.size).toBeGreaterThan(5);
      for (const [arrow, points] of routes)
        for (const { x, y } of points) {
          const where = `${id} ${arrow} (${x}, ${y})`;
          expect(y, where).toBeGreaterThan(band.top + band.height);
          expect(x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1, where).toBe(true);
        }
    }
  });

  it('prints a chart too large for a page in pieces that each name the chart, leaving out pieces of empty lanes, titled', async () => {
    const out = outDir();
    const result = await runCli(['flowchart', 'test/fixtures/flowchart-wide/wide.yaml', '--format', 'pdf', '-o', out], {
      browsers,
    });
    expect(result.code).toBe(0);
    const pdf = join(out, 'QT-WIDE-01.flowchart.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    // 3 columns of lanes, each cut down on its own from its first box to its last: one piece each, the diagonal's
    // empty lanes above and below left out (cut in rows across the whole chart, it took 4 pages).
    expect(pages).toBe(3);
    // The title once, on the first page; the others name the chart by its code (a 300-character title took three
    // lines on every page).
    for (let page = 1; page <= pages; page++) {
      const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
      const head = page === 1 ? 'QT-WIDE-01 · Quy trình rộng' : 'QT-WIDE-01 (tiếp theo)';
      expect(text.replace(/\s+/g, ' ')).toContain(`${head} — Lưu đồ, phần ${page}/3`);
      if (page > 1) expect(text).not.toContain('Quy trình rộng');
      expect(text).toMatch(/Bước \d+ xử lý/);
    }
    // The PDF's Title property, as the document's PDF has one.
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
      /^Title:\s+QT-WIDE-01 – Quy trình rộng – Lưu đồ$/m,
    );
  });

  it('leaves each piece room for a caption that a long title wraps over several lines', async () => {
    const out = outDir();
    const fixture = 'test/render/document/fixtures/long-title-chart.yaml';
    const result = await runCli(['flowchart', fixture, '--format', 'pdf', '-o', out], { browsers });
    expect(result.code).toBe(0);
    const pdf = join(out, 'QT-SNNMT-DD-21.flowchart.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(1);
    // Each page holds its piece and the piece's caption, none a caption alone.
    for (let page = 1; page <= pages; page++) {
      const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
      expect(text.replace(/\s+/g, ' ')).toContain(`Lưu đồ, phần ${page}/${pages}`);
      expect(text).toContain('Bộ phận Một cửa');
    }
  });
});

describe('procmap flowchart with Chromium (the binary)', () => {
  // Drives the real browser: fails, never skips, when there is none.
  it('renders SVG, PNG and PDF in one browser', async () => {
    const { out } = binary;
    const result = await binary.run;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      OUTPUT_RECORD,
      'FX-DECISION.flowchart.pdf',
      'FX-DECISION.flowchart.png',
      'FX-DECISION.flowchart.svg',
      'FX-PARALLEL.flowchart.pdf',
      'FX-PARALLEL.flowchart.png',
      'FX-PARALLEL.flowchart.svg',
    ]);
    const svg = readFileSync(join(out, 'FX-PARALLEL.flowchart.svg'), 'utf8');
    expect(svg).toMatch(/^<svg\b/);
    expect(svg).not.toContain('foreignObject');
    expect(svg.replace(/<[^>]+>/g, '')).toContain('Bảo hiểm xã hội');
    expect(readFileSync(join(out, 'FX-PARALLEL.flowchart.png')).subarray(1, 4).toString()).toBe('PNG');
    // Boxes wrap long names onto several lines; the page is A4, turned to fit.
    expect(
      execFileSync('pdftotext', [join(out, 'FX-DECISION.flowchart.pdf'), '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      ),
    ).toContain('Xác minh tình trạng hôn nhân');
    expect(execFileSync('pdfinfo', [join(out, 'FX-DECISION.flowchart.pdf')], { encoding: 'utf8' })).toMatch(
      /Page size:\s+(595\.\d+ x 841|841\.\d+ x 595)\.\d+ pts \(A4\)/,
    );
  });
});
