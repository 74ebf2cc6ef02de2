import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { findBrowser } from '../../src/render/browser.js';
import { BrowserSession } from '../../src/render/diagram-renderer.js';
import { flowchartMermaid } from '../../src/render/mermaid.js';
import { analyseTime } from '../../src/time/analyse.js';

/** The branch labels of a swimlane SVG that straddle a lane's left or right border (1 px of slack). */
function labelsOnBorders(svg: string): { labels: number; onBorder: string[] } {
  const borders = [
    ...svg.matchAll(/<rect class="swimlane-body"[^>]*?\sx="([-\d.]+)"[^>]*?\swidth="([-\d.]+)"/g),
  ].flatMap(([, x, width]) => [Number(x), Number(x) + Number(width)]);
  const labels = [
    ...svg.matchAll(
      /<g class="[^"]*\bedgeLabel\b[^"]*" id="([^"]*)" transform="translate\(([-\d.]+),\s*[-\d.]+\)"><rect[^>]*\/><g class="label"[^>]*transform="translate\(([-\d.]+),/g,
    ),
  ];
  const onBorder = labels
    .filter(([, , centre, left]) =>
      borders.some((x) => Number(centre) + Number(left) + 1 < x && x < Number(centre) - Number(left) - 1),
    )
    .map(([, id]) => id!);
  return { labels: labels.length, onBorder };
}

function catalog(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? catalog(path) : path.endsWith('.yaml') ? [path] : [];
  });
}

describe('branch labels and lane borders', () => {
  it('finds a label that straddles a border, and passes one inside its lane', () => {
    const lane = '<rect class="swimlane-body" style="" x="0" y="0" width="200" height="500" fill="none"/>';
    const label = (centre: number) =>
      `<g class="label edgeLabel" id="e${centre}" transform="translate(${centre}, 90)"><rect width="0.1" height="0.1"/><g class="label" transform="translate(-40, -17)">`;
    expect(labelsOnBorders(`<svg>${lane}${label(100)}${label(190)}</svg>`)).toEqual({ labels: 2, onBorder: ['e190'] });
  });

  describe('in the bundled catalog', () => {
    // A real Chromium: with none installed this fails, never skips.
    let session: BrowserSession;
    beforeAll(async () => {
      const browser = findBrowser(process.env);
      if (!browser.ok) throw new Error(`The rendering tests need a browser: ${browser.message}`);
      session = await BrowserSession.open({ executablePath: browser.path, pages: 1 });
    });
    afterAll(async () => {
      await session?.close();
    });

    it('keeps every branch label inside a lane (the layout leaves lanes wide enough: nodeSpacing 20)', async () => {
      let labels = 0;
      const onBorder: string[] = [];
      for (const file of catalog('procedures')) {
        const procedure = loadFile(file, readFileSync(file)).data as Procedure;
        const source = flowchartMermaid(procedure, analyseTime(procedure), {
          lang: 'vi',
          dialect: 'swimlane',
          title: false,
        });
        if (!source.includes('-->|')) continue;
        const found = labelsOnBorders(await session.renderSvg(source, { svgId: 'flowchart' }));
        labels += found.labels;
        onBorder.push(...found.onBorder.map((id) => `${procedure.id} ${id}`));
      }
      expect(labels).toBeGreaterThanOrEqual(20);
      expect(onBorder).toEqual([]);
    }, 300_000);
  });
});
