import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { documentHtml } from '../helpers/cli-doc-html.js';
import { canonicalProcedure } from '../../src/model/lenient.js';
import { loadFile } from '../../src/model/load.js';
import { renderDocx } from '../../src/render/document/docx.js';
import { buildDocumentView } from '../../src/render/document/view.js';
import { analyseTime } from '../../src/time/analyse.js';

// Six steps of 60 to 100 characters: the path with every name is 524 characters. Until probe look65 5.4 printed it as
// one run-on cell (40 such names ran over 3½ pages); a path that long is said by the step table's numbers.
const FILE = 'test/cli/fixtures/doc-long-path/long-names.yaml';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"></svg>';

describe('5.4 of a procedure whose critical path has long step names', () => {
  it('lists the path by the step numbers in Markdown and HTML, the names once, in the step table', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-long-path-'));
    // The Markdown as the command writes it; the HTML's text from the same templates, without the Chromium that draws
    // its chart (cli-doc-html.ts).
    const result = await runCli(['doc', FILE, '--format', 'md', '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const md = readFileSync(join(out, 'QT-DD-PATH-01.md'), 'utf8');
    expect(md).toContain('\n- Các bước trên đường găng: 1 → 2 → 3 → 4 → 5 → 6\n');
    const html = await documentHtml(FILE);
    const section = html.slice(html.indexOf('<h3>5.4.'), html.indexOf('<h3>5.5.'));
    expect(section).toContain('1 → 2 → 3 → 4 → 5 → 6');
    expect(section).not.toContain('Niêm yết công khai');
  });

  it('lists it the same way in Word', async () => {
    const procedure = canonicalProcedure(loadFile(FILE, readFileSync(join(ROOT, FILE))).data as never);
    const view = buildDocumentView({ procedure, analysis: analyseTime(procedure), lang: 'vi', flowchartPage: null });
    const png = { type: 'svg' as const, data: Buffer.from(SVG), fallback: Buffer.from(SVG), width: 10, height: 10 };
    const buffer = await renderDocx(view, { flowchart: png }, null);
    const word = (await mammoth.extractRawText({ buffer })).value;
    expect(word).toContain('1 → 2 → 3 → 4 → 5 → 6');
    // The names are in the step table only.
    expect(word.split('Niêm yết công khai kết quả')).toHaveLength(2);
  });
});
