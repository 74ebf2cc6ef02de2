import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSIDE_STEPS, patchSwimlaneRouting } from '../../src/render/mermaid-swimlane-routing.js';

const DIST = join(import.meta.dirname, '..', '..', 'node_modules', 'mermaid', 'dist');

type Point = { x: number; y: number };
/** The page-side function, run here: the routes mermaid may choose from, given its candidates and the steps. */
const insideSteps = new Function(`${INSIDE_STEPS}\nreturn __procmapInsideSteps;`)() as (
  paths: Point[][],
  steps: { rect: { top: number; bottom: number; left: number; right: number } }[],
) => Point[][];

const route = (...points: [number, number][]): Point[] => points.map(([x, y]) => ({ x, y }));
// Two steps, one above the other: the box runs from (0, 0) to (100, 200).
const STEPS = [
  { rect: { left: 0, top: 0, right: 60, bottom: 40 } },
  { rect: { left: 40, top: 160, right: 100, bottom: 200 } },
];

describe('the swimlane routing patch', () => {
  it("patches the pinned mermaid's crossing removal once, in the module that lays out swimlanes and in the bundle", () => {
    // Fails when mermaid's code changes: the patch would no longer apply, and arrows would run round charts again.
    const chunks = join(DIST, 'chunks', 'mermaid.esm.min');
    const patched = readdirSync(chunks)
      .filter((name) => name.endsWith('.mjs'))
      .filter((name) => {
        const code = readFileSync(join(chunks, name), 'utf8');
        return patchSwimlaneRouting(code) !== code;
      });
    expect(patched).toHaveLength(1);
    expect(patched[0]).toMatch(/^swimlanes-/);
    for (const code of [
      readFileSync(join(chunks, patched[0]!), 'utf8'),
      readFileSync(join(DIST, 'mermaid.min.js'), 'utf8'),
    ]) {
      const result = patchSwimlaneRouting(code);
      expect(result.match(/,__procmapInsideSteps\(\w+,\w+\)\},"candidatePathsFor"\)/g)).toHaveLength(1);
      expect(result.match(/function __procmapInsideSteps\(/g)).toHaveLength(1);
    }
    // Another mermaid, without the expected text: used as it is.
    expect(patchSwimlaneRouting('var x=1;')).toBe('var x=1;');
  });

  it('offers only routes within the box around the steps', () => {
    const down = route([30, 40], [30, 100], [70, 100], [70, 160]);
    const roundTheTop = route([0, 20], [-20, 20], [-20, -20], [70, -20], [70, 160]);
    const roundTheRight = route([60, 20], [120, 20], [120, 180], [100, 180]);
    const chosen = insideSteps([roundTheTop, down, roundTheRight], STEPS);
    expect(chosen[0]).toEqual(down);
    expect(chosen).not.toContainEqual(roundTheTop);
    expect(chosen).not.toContainEqual(roundTheRight);
  });

  it("moves a Z's middle leg to every track 20 pixels or more from its ends, after the routes mermaid made", () => {
    const down = route([30, 40], [30, 100], [70, 100], [70, 160]);
    const across = route([60, 20], [80, 20], [80, 180], [100, 180]);
    expect(insideSteps([down], STEPS).map((path) => path[1]!.y)).toEqual([100, 60, 70, 80, 90, 110, 120, 130, 140]);
    expect(insideSteps([down], STEPS).every((path) => path[0] === down[0] && path[3] === down[3])).toBe(true);
    expect(insideSteps([across], STEPS)).toEqual([across]);
  });

  it("leaves a U, whose middle leg passes beside both ends, where it is: between them it would cross a step's own box", () => {
    const beside = route([40, 180], [20, 180], [20, 20], [90, 20]);
    expect(insideSteps([beside], STEPS)).toEqual([beside]);
  });
});
