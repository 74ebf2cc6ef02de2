import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../../src/model/load.js';
import type { Procedure } from '../../../src/model/types.js';
import { renderHtml } from '../../../src/render/document/render.js';
import { readTemplates } from '../../../src/render/document/template-files.js';
import { compileTemplates } from '../../../src/render/document/templates.js';
import { analyseTime } from '../../../src/time/analyse.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"></svg>';
const builtins = compileTemplates(readTemplates());

function html(p: Procedure): string {
  return renderHtml(builtins, { procedure: p, analysis: analyseTime(p), lang: 'vi' }, SVG);
}

// Probe doc54: the records table of QT-HT-02 left its last row alone on a seventh page, the flowchart's legend split
// over two pages, 5.4's verdict stood at the top of a page away from its table.
describe('page breaks of the printed document', () => {
  const full = loadFile('full', readFileSync(new URL('full.yaml', FIXTURES))).data as Procedure;

  it('prints a table of a few rows whole, and lets a table longer than a page break between rows', () => {
    expect(html(full)).toContain('<table class="records keep">');
    const records = Array.from({ length: 40 }, (_, i) => ({
      name: `Hồ sơ lưu số ${i + 1}`,
      keeper: 'Văn thư',
      retention: '5 năm',
    }));
    const long = html({ ...full, records });
    expect(long).toContain('<table class="records">');
    expect(long).not.toContain('<table class="records keep">');
  });

  it('keeps the legend whole under its chart, 5.4’s verdicts with their table, and no last row alone', () => {
    const css = readFileSync(new URL('../../../templates/document.css', import.meta.url), 'utf8');
    expect(css).toMatch(/\.legend \{[^}]*break-inside: avoid;[^}]*break-before: avoid;/);
    expect(css).toMatch(/table\.keep \{ break-inside: avoid;/);
    expect(css).toMatch(/\.time, \.case-time \{ break-after: avoid;/);
    expect(css).toMatch(/table:not\(\.page-frame\) > tbody > tr:last-child \{ break-before: avoid;/);
    const page = html(full);
    const time = page.slice(page.indexOf('<table class="time">'), page.indexOf('<h3>5.5.'));
    expect(time).toMatch(/<\/table>\n {2}<div class="time-verdicts">\n {2}<p class="verdict ok">/);
  });
});
