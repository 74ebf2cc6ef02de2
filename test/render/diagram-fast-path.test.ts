import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFile } from '../../src/model/load.js';
import { validateProcedure } from '../../src/model/schema.js';
import type { Procedure } from '../../src/model/types.js';
import { findBrowser } from '../../src/render/browser.js';
import { BrowserSession, defaultDiagramPages, patchMermaidBundle } from '../../src/render/diagram-renderer.js';
import { flowchartMermaid } from '../../src/render/mermaid.js';
import { analyseTime } from '../../src/time/analyse.js';

// The fast path (mermaid with the patched configuration copy, the default pool) against the plain one (the bundle as
// published, one page): the same source must give the same bytes. Differential, so it holds whatever the layout of
// the charts becomes. These tests drive a real Chromium; with none installed they fail.
const ROOT = join(import.meta.dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

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

let plain: BrowserSession;
let fast: BrowserSession;
beforeAll(async () => {
  const browser = findBrowser(process.env);
  if (!browser.ok) throw new Error(`The rendering tests need a browser: ${browser.message}`);
  [plain, fast] = await Promise.all([
    BrowserSession.open({ executablePath: browser.path, pages: 1, fastConfigCopy: false }),
    BrowserSession.open({ executablePath: browser.path }),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all([plain?.close(), fast?.close()]);
});

describe('the fast flowchart path', () => {
  it('patches the pinned mermaid bundle, once in each place', () => {
    const bundle = readFileSync(join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8');
    const patched = patchMermaidBundle(bundle);
    expect(patched).not.toBe(bundle);
    expect(patched.match(/a==="__proto__"\?Object\.defineProperty/g)).toHaveLength(1);
    expect(patched.match(/a!=="__proto__"\?i\[a\]=o:Object\.defineProperty/g)).toHaveLength(1);
    // Another mermaid, without the expected text: used as it is.
    expect(patchMermaidBundle('var x=1;')).toBe('var x=1;');
  });

  it('sizes the diagram pages to the cores, leaving one', () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => defaultDiagramPages(cores))).toEqual([1, 1, 2, 3, 4, 4]);
  });

  it('covers charts with decisions and with four lanes or more', () => {
    expect(charts.length).toBeGreaterThanOrEqual(5);
    expect(charts.some((chart) => chart.source.includes(':::gate'))).toBe(true);
    expect(charts.some((chart) => (chart.source.match(/^ {2}subgraph L/gm) ?? []).length >= 4)).toBe(true);
  });

  it('renders every chart of the bundled catalog to the same bytes as the plain bundle', async () => {
    const expected: string[] = [];
    for (const [k, chart] of charts.entries())
      expected.push(await plain.renderSvg(chart.source, { svgId: `chart-${k}` }));
    // All at once, in the order of the catalog: the pool's pages and mermaid's configuration state left by the
    // previous chart must not matter.
    const actual = await Promise.all(charts.map((chart, k) => fast.renderSvg(chart.source, { svgId: `chart-${k}` })));
    actual.forEach((svg, k) => expect(svg, charts[k]!.id).toBe(expected[k]));
  }, 600_000);
});
