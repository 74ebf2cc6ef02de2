import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFile } from '../../src/model/load.js';
import { validateProcedure } from '../../src/model/schema.js';
import type { Procedure } from '../../src/model/types.js';
import { type BrowserSession, defaultDiagramPages } from '../../src/render/diagram-renderer.js';
import { MermaidModules, patchConfigCopy } from '../../src/render/mermaid-modules.js';
import { patchTextWidth } from '../../src/render/mermaid-text-width.js';
import { flowchartMermaid } from '../../src/render/mermaid.js';
import { analyseTime } from '../../src/time/analyse.js';
import { defaultBrowserPath, shareBrowser } from '../helpers/shared-browser.js';
import { yamlFiles } from '../helpers/yaml-files.js';

// The fast path (mermaid's module build with the patched configuration copy, the default pool) against the reference
// (the one-file bundle as published, which mermaid-cli loads, one page): the same source must give the same bytes. Differential, so it holds whatever the layout of
// the charts becomes. These tests drive a real Chromium; with none installed they fail.
const ROOT = join(import.meta.dirname, '..', '..');

/** The bundled catalog's procedures that pass the schema, as the swimlane sources procmap renders. */
const charts = yamlFiles(join(ROOT, 'procedures'))
  .map((path) => loadFile(path, readFileSync(path)).data)
  .filter(
    (data): data is Procedure => data !== null && typeof data === 'object' && validateProcedure(data).length === 0,
  )
  .map((procedure) => ({
    id: procedure.id,
    source: flowchartMermaid(procedure, analyseTime(procedure), { lang: 'vi', dialect: 'swimlane', title: true }),
  }));

/**
 * What a chart's source is made of, for choosing which charts to compare: each line with its quoted text, numbers and
 * lists of ids blanked (a node of each shape, an arrow of each kind, a branch label, a class line…), and its number of
 * lanes.
 */
function features(source: string): Set<string> {
  const lines = source.split('\n').map((line) =>
    line
      .replace(/"[^"]*"/g, '"…"')
      .replace(/\d+/g, '0')
      .replace(/\b(\w+),[\w,]+/g, '$1,…'),
  );
  return new Set([...lines, `lanes:${(source.match(/^ {2}subgraph L/gm) ?? []).length}`]);
}

/**
 * The fewest charts (greedily) that together use every feature the catalog's charts use. Drawing all 17 charts with
 * both bundles took 11 s, mostly the plain bundle redrawing charts made of the same constructs; what could differ
 * between the bundles is how mermaid copies its configuration for each kind of element, so each construct, lane
 * count and shape drawn once by both is the test. The choice follows the catalog as it changes.
 */
function coveringCharts<T extends { source: string }>(all: readonly T[]): T[] {
  const left = new Set(all.flatMap((chart) => [...features(chart.source)]));
  const chosen: T[] = [];
  while (left.size > 0) {
    const gain = (chart: T) => [...features(chart.source)].filter((feature) => left.has(feature)).length;
    const best = all.reduce((a, b) => (gain(b) > gain(a) ? b : a));
    chosen.push(best);
    for (const feature of features(best.source)) left.delete(feature);
  }
  return all.filter((chart) => chosen.includes(chart));
}
const compared = coveringCharts(charts);

// Both sessions in one Chromium: each loads its own mermaid into its own pages.
const browsers = shareBrowser();
let plain: BrowserSession;
let fast: BrowserSession;
/** The fast path in one page, so that every chart meets the widths the ones before it measured. */
let fastOnePage: BrowserSession;
beforeAll(async () => {
  const executablePath = defaultBrowserPath();
  [plain, fast, fastOnePage] = await Promise.all([
    browsers.session({ executablePath, pages: 1, referenceBundle: true }),
    browsers.session({ executablePath }),
    browsers.session({ executablePath, pages: 1 }),
  ]);
}, 120_000);

describe('the fast flowchart path', () => {
  it('patches the pinned mermaid, once in each place, in the bundle and in the modules that copy the configuration and measure text', async () => {
    const bundle = readFileSync(join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8');
    const patched = patchConfigCopy(bundle);
    expect(patched).not.toBe(bundle);
    expect(patched.match(/a==="__proto__"\?Object\.defineProperty\(e,a,/g)).toHaveLength(1);
    expect(patched.match(/a!=="__proto__"\?i\[a\]=o:Object\.defineProperty\(e,a,\{value:o,/g)).toHaveLength(1);
    expect(
      patched.match(
        /for\(const a of Object\.keys\(t\)\)\{const o=t\[a\];if\(typeof o=="object"\)\{if\(o===null\)continue;/g,
      ),
    ).toHaveLength(1);
    expect(patched).not.toContain('Object.entries(t).forEach(([a,o])=>');
    const chunks = join(ROOT, 'node_modules/mermaid/dist/chunks/mermaid.esm.min');
    const modules = new MermaidModules();
    const changed: string[] = [];
    for (const name of readdirSync(chunks).filter((file) => file.endsWith('.mjs'))) {
      const path = `chunks/mermaid.esm.min/${name}`;
      if ((await modules.read(path)) !== readFileSync(join(chunks, name), 'utf8')) changed.push(name);
    }
    // The two that copy the configuration and measure text, and the swimlane layout (mermaid-swimlane-routing.test.ts).
    expect(changed).toHaveLength(3);
    expect(changed.filter((name) => name.startsWith('swimlanes-'))).toHaveLength(1);
    const measuring = changed
      .map((name) => readFileSync(join(chunks, name), 'utf8'))
      .find((code) => code.includes('"computeWidthOfText"'))!;
    expect(patchTextWidth(measuring).match(/return __procmapTextWidth\(\w+\.node\(\),/g)).toHaveLength(1);
    // Another mermaid, without the expected text: used as it is.
    expect(patchConfigCopy('var x=1;')).toBe('var x=1;');
    expect(patchTextWidth('var x=1;')).toBe('var x=1;');
  });

  it('serves a page only the module files of mermaid', async () => {
    const modules = new MermaidModules();
    expect(await modules.read('mermaid.esm.min.mjs')).toContain('export');
    for (const path of [
      '../package.json',
      'chunks/mermaid.esm.min/../../mermaid.min.js',
      'mermaid.min.js',
      '/etc/passwd',
    ])
      expect(await modules.read(path), path).toBeUndefined();
  });

  it('sizes the diagram pages to the cores: two on 2 cores, else one per core but one', () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => defaultDiagramPages(cores))).toEqual([1, 2, 2, 3, 4, 4]);
  });

  it('covers charts with decisions and with four lanes or more', () => {
    expect(charts.length).toBeGreaterThanOrEqual(5);
    expect(charts.some((chart) => chart.source.includes(':::gate'))).toBe(true);
    expect(charts.some((chart) => (chart.source.match(/^ {2}subgraph L/gm) ?? []).length >= 4)).toBe(true);
  });

  it('compares charts that together use every feature of the catalog, some of them alone', () => {
    const used = new Set(compared.flatMap((chart) => [...features(chart.source)]));
    expect(used).toEqual(new Set(charts.flatMap((chart) => [...features(chart.source)])));
    expect(compared.length).toBeGreaterThanOrEqual(2);
    expect(compared.length).toBeLessThan(charts.length);
  });

  it("renders the bundled catalog's charts to the same bytes as mermaid's published bundle", async () => {
    // The reference one after another in its one page, while the fast path draws them all at once, in the order of
    // the catalog: the pool's pages and mermaid's configuration state left by the previous chart must not matter. The
    // two sessions have pages of their own, so drawing both at the same time changes neither (one after the other,
    // one core stayed idle).
    const reference = async () => {
      const svgs: string[] = [];
      for (const [k, chart] of compared.entries())
        svgs.push(await plain.renderSvg(chart.source, { svgId: `chart-${k}` }));
      return svgs;
    };
    const [expected, actual] = await Promise.all([
      reference(),
      Promise.all(compared.map((chart, k) => fast.renderSvg(chart.source, { svgId: `chart-${k}` }))),
    ]);
    actual.forEach((svg, k) => expect(svg, compared[k]!.id).toBe(expected[k]));
  }, 600_000);

  it('reuses a measured width only where the label is drawn in the same font', async () => {
    // One long label, measured first as it is, then in charts where a class, a class's definition, a node style, bold or
    // letter spacing changes its font:
    // none of them may take the first chart's widths; the last chart repeats the first and may.
    const label = 'Tiếp nhận hồ sơ, kiểm tra thành phần và tính hợp lệ của hồ sơ theo quy định';
    const sources = [
      `flowchart LR\n  a["${label}"] --> b["Trả kết quả"]`,
      `flowchart LR\n  classDef big font-size:24px\n  a["${label}"]:::big --> b["Trả kết quả"]`,
      // The same class, defined otherwise: mermaid writes the definition into the label's style, and the sheet.
      `flowchart LR\n  classDef big font-size:18px\n  a["${label}"]:::big --> b["Trả kết quả"]`,
      `flowchart LR\n  a["${label}"] --> b["Trả kết quả"]\n  style a font-size:11px`,
      `flowchart LR\n  a["\`**${label}**\`"] --> b["Trả kết quả"]`,
      `flowchart LR\n  classDef wide letter-spacing:2px\n  a["${label}"]:::wide --> b["Trả kết quả"]`,
      `flowchart LR\n  a["${label}"] --> b["Trả kết quả"]`,
    ];
    // Each session draws the charts in order, in its one page; the two sessions at the same time.
    const inOrder = async (session: BrowserSession) => {
      const svgs: string[] = [];
      for (const source of sources) svgs.push(await session.renderSvg(source));
      return svgs;
    };
    const [expected, actual] = await Promise.all([inOrder(plain), inOrder(fastOnePage)]);
    actual.forEach((svg, k) => expect(svg, sources[k]).toBe(expected[k]));
    // Each style really changes the drawing: the comparison above is between different widths.
    const firstRect = (svg: string) => /<g class="node[^]*?<rect[^>]*width="([\d.]+)"/.exec(svg)?.[1];
    expect(new Set(expected.slice(0, 6).map(firstRect)).size).toBe(6);
    expect(expected[6]).toBe(expected[0]);
  }, 120_000);
});
