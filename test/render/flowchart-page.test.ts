import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { chartOrientation, flowchartSheet, MIN_TEXT_PT, svgSize, textPoints } from '../../src/render/flowchart-page.js';
import { dataUri, imageSize, imageType } from '../../src/render/image-file.js';
import { flowchartMermaid } from '../../src/render/mermaid.js';
import { analyseTime } from '../../src/time/analyse.js';

describe('the page a flowchart prints on', () => {
  it('reads the size of a drawing from its viewBox, or its width and height', () => {
    expect(svgSize('<svg id="f" width="1718.09" viewBox="-739.04 -45 1718.09 1169.5" xmlns="http://www.w3.org/2000/svg">')).toEqual({ width: 1718.09, height: 1169.5 });
    expect(svgSize('<svg width="120" height="40"><text/></svg>')).toEqual({ width: 120, height: 40 });
    expect(svgSize('<svg><text/></svg>')).toBeUndefined();
  });

  it('keeps a small chart of few lanes upright in the text', () => {
    // 600 × 700 px fits the 165 × 197 mm drawing area at 100 %: 15 px text prints at 11.25 pt.
    expect(flowchartSheet({ width: 600, height: 700 }, 3)).toEqual({ sheet: null, textPt: 11.25 });
  });

  it('gives five lanes a landscape page, A4 unless A3 is asked for', () => {
    expect(flowchartSheet({ width: 600, height: 400 }, 5).sheet).toEqual({ paper: 'A4', landscape: true });
    expect(flowchartSheet({ width: 600, height: 400 }, 5, 'A3').sheet).toEqual({ paper: 'A3', landscape: true });
  });

  it('keeps a tall chart upright on its own page when landscape would print its text too small', () => {
    // 900 × 1100 px: landscape A4 leaves 110 mm of height (scale 0.38, 4.3 pt); upright, 165 × 197 mm (0.68, 7.6 pt).
    const { sheet, textPt } = flowchartSheet({ width: 900, height: 1100 }, 5);
    expect(sheet).toEqual({ paper: 'A4', landscape: false });
    expect(textPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
  });

  it('turns a chart whose text would print below 7 pt upright, and says how large it prints there', () => {
    const wide = { width: 1500, height: 500 };
    const upright = textPoints(623.6 / 1500);
    expect(upright).toBeLessThan(MIN_TEXT_PT);
    const { sheet, textPt } = flowchartSheet(wide, 2);
    expect(sheet).toEqual({ paper: 'A4', landscape: true });
    // Landscape A4: 252 mm of width, so 952 px of the 1500.
    expect(textPt).toBeCloseTo(textPoints(952.4 / 1500), 1);
    expect(textPt).toBeGreaterThan(upright);
  });

  it('turns a standalone chart page whichever way shows the chart larger, never enlarging it', () => {
    expect(chartOrientation({ width: 2000, height: 800 }, 'A4', 10).landscape).toBe(true);
    expect(chartOrientation({ width: 800, height: 2000 }, 'A4', 10).landscape).toBe(false);
    expect(chartOrientation({ width: 100, height: 100 }, 'A3', 10).scale).toBe(1);
  });
});

describe('the decision diamond', () => {
  it('asks the step\'s question, escaped like every label', () => {
    const p = loadFile('record.yaml', readFileSync('test/render/document/fixtures/record.yaml')).data as Procedure;
    const source = flowchartMermaid(p, analyseTime(p), { lang: 'vi', dialect: 'swimlane', title: false });
    expect(source).toContain('d2{"Hồ sơ đủ điều kiện?"}:::gate');
    const hostile = { ...p, steps: p.steps.map((step) => (step.id === 'appraise' ? { ...step, question: 'Đủ "điều kiện"? <b>x</b> %%{init}%%' } : step)) };
    const line = flowchartMermaid(hostile, analyseTime(hostile), { lang: 'vi', dialect: 'swimlane', title: false }).split('\n').find((l) => l.includes('d2{'))!;
    expect(line).not.toMatch(/<b>|"điều|%%\{/);
  });
});

describe('logo files', () => {
  const png = readFileSync('test/render/document/fixtures/logo.png');

  it('knows PNG, JPEG and SVG by their first bytes, and nothing else', () => {
    expect(imageType(png)).toBe('png');
    expect(imageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBe('jpg');
    expect(imageType(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'))).toBe('svg');
    expect(imageType(Buffer.from('GIF89a'))).toBeUndefined();
    expect(imageType(Buffer.from('<html><svg></svg></html>'))).toBeUndefined();
  });

  it('reads the size of a PNG, a JPEG and an SVG, and makes a data: URI', () => {
    expect(imageSize({ type: 'png', data: png })).toEqual({ width: 96, height: 96 });
    // A JPEG's start-of-frame: height 30, width 40.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x1e, 0x00, 0x28, 0x03]);
    expect(imageSize({ type: 'jpg', data: jpeg })).toEqual({ width: 40, height: 30 });
    expect(imageSize({ type: 'svg', data: Buffer.from('<svg viewBox="0 0 64 32"/>') })).toEqual({ width: 64, height: 32 });
    expect(dataUri({ type: 'png', data: Buffer.from([1, 2]) })).toBe('data:image/png;base64,AQI=');
  });
});
