#!/usr/bin/env node
// Benchmark of flowchart rendering: 50 charts (the bundled catalog's, repeated) as SVG through procmap's browser
// session (one browser, a pool of pages with mermaid loaded once each) against `mmdc` run once per file (a browser
// and a mermaid load per chart), side by side in one run, interleaved over rounds. The session runs twice: as procmap
// does now, and with the previous settings (two pages, mermaid's bundle as published) for the before/after. Also the
// session's PNG and PDF cost. Uses dist/: run `npm run build` first.
// Usage: node bench/flowchart.js [rounds] [charts] [pages]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFile } from '../dist/model/load.js';
import { validateProcedure } from '../dist/model/schema.js';
import { findBrowser } from '../dist/render/browser.js';
import { BrowserSession, defaultDiagramPages, MERMAID_CONFIG } from '../dist/render/diagram-renderer.js';
import { flowchartMermaid } from '../dist/render/mermaid.js';
import { analyseTime } from '../dist/time/analyse.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.argv[2] ?? 2);
const COUNT = Number(process.argv[3] ?? 50);
// Default: the session's own choice (defaultDiagramPages: two on 2 cores).
const PAGES = process.argv[4] === undefined ? undefined : Number(process.argv[4]);
const MMDC = join(ROOT, 'node_modules', '.bin', 'mmdc');

function yamlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

/** The bundled procedures that load and pass the schema (the catalog may be mid-edit), as swimlane sources. */
function catalogSources() {
  return yamlFiles(join(ROOT, 'procedures'))
    .map((path) => loadFile(path, readFileSync(path)).data)
    .filter((data) => data && typeof data === 'object' && validateProcedure(data).length === 0)
    .map((procedure) => ({
      id: procedure.id,
      source: flowchartMermaid(procedure, analyseTime(procedure), { lang: 'vi', dialect: 'swimlane', title: true }),
    }));
}

/** `count` charts: the catalog's, repeated in order, each with its own file name. */
function benchCharts(catalog, count) {
  return Array.from({ length: count }, (_, k) => ({
    id: `${catalog[k % catalog.length].id}-${k}`,
    source: catalog[k % catalog.length].source,
  }));
}

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One browser for all charts: total including the browser's start, and the warm cost of each format. */
async function session(executablePath, charts, settings, formats = ['svg', 'png', 'pdf']) {
  const start = process.hrtime.bigint();
  const browser = await BrowserSession.open({ executablePath, ...settings });
  try {
    await Promise.all(charts.map((chart) => browser.renderMermaid(chart.source, 'svg')));
    const total = seconds(start);
    const warm = {};
    for (const format of formats) {
      const t = process.hrtime.bigint();
      await Promise.all(charts.map((chart) => browser.renderMermaid(chart.source, format)));
      warm[format] = seconds(t) / charts.length;
    }
    return { total, warm };
  } finally {
    await browser.close();
  }
}

/** `mmdc` once per chart, as a shell loop over files would run it, with the same mermaid settings. */
function mmdcPerFile(dir, charts) {
  const start = process.hrtime.bigint();
  for (const chart of charts) {
    const input = join(dir, `${chart.id}.mmd`);
    const result = spawnSync(
      MMDC,
      [
        '-q',
        '-p',
        join(dir, 'puppeteer.json'),
        '-c',
        join(dir, 'mermaid.json'),
        '-i',
        input,
        '-o',
        join(dir, `${chart.id}.svg`),
      ],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`mmdc failed on ${chart.id}: ${result.stderr}`);
  }
  return seconds(start);
}

async function run() {
  const browser = findBrowser(process.env);
  if (!browser.ok) throw new Error(browser.message);
  const catalog = catalogSources();
  if (catalog.length === 0) throw new Error('No procedure in procedures/ passes the schema');
  const charts = benchCharts(catalog, COUNT);
  const now = PAGES === undefined ? {} : { pages: PAGES };
  const before = { pages: 2, referenceBundle: true };
  const dir = mkdtempSync(join(tmpdir(), 'procmap-bench-flowchart-'));
  try {
    for (const chart of charts) writeFileSync(join(dir, `${chart.id}.mmd`), chart.source);
    writeFileSync(join(dir, 'mermaid.json'), JSON.stringify(MERMAID_CONFIG));
    writeFileSync(
      join(dir, 'puppeteer.json'),
      JSON.stringify({ executablePath: browser.path, headless: 'shell', args: ['--no-sandbox', '--disable-gpu'] }),
    );
    const pool = [];
    const old = [];
    const mmdc = [];
    for (let round = 0; round < ROUNDS; round++) {
      pool.push(await session(browser.path, charts, now));
      mmdc.push(mmdcPerFile(dir, charts));
      old.push(await session(browser.path, charts, before, ['svg']));
    }
    const n = charts.length;
    const poolTotal = median(pool.map((r) => r.total));
    const oldTotal = median(old.map((r) => r.total));
    const mmdcTotal = median(mmdc);
    const row = (name, total, per) =>
      `${name.padEnd(52)} ${total === undefined ? '' : total.toFixed(2).padStart(8)} ${per.toFixed(3).padStart(10)}`;
    console.log(
      `flowchart: ${n} charts (${catalog.length} of the bundled catalog, repeated), ${browser.path}, ${availableParallelism()} CPUs, ${PAGES ?? defaultDiagramPages()} page(s), median of ${ROUNDS} round(s)`,
    );
    console.log(`${'method'.padEnd(52)} ${'total s'.padStart(8)} ${'s/chart'.padStart(10)}`);
    console.log(row('SVG, mmdc once per file', mmdcTotal, mmdcTotal / n));
    console.log(row('SVG, procmap session (browser start included)', poolTotal, poolTotal / n));
    console.log(row('SVG, same, previous settings (2 pages, plain mermaid)', oldTotal, oldTotal / n));
    for (const format of ['svg', 'png', 'pdf'])
      console.log(
        row(`${format.toUpperCase()}, procmap session, warm pages`, undefined, median(pool.map((r) => r.warm[format]))),
      );
    console.log(row('SVG, previous settings, warm pages', undefined, median(old.map((r) => r.warm.svg))));
    console.log(
      `ratio mmdc/session per chart: ${(mmdcTotal / poolTotal).toFixed(1)}x (warm SVG: ${(mmdcTotal / n / median(pool.map((r) => r.warm.svg))).toFixed(1)}x); previous settings: ${(mmdcTotal / oldTotal).toFixed(1)}x (warm SVG: ${(mmdcTotal / n / median(old.map((r) => r.warm.svg))).toFixed(1)}x)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await run();
