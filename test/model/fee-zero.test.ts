import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { renderDocx } from '../../src/render/document/docx.js';
import { buildDocumentView } from '../../src/render/document/view.js';
import { citizenPage } from '../../src/render/site/citizen-page.js';
import { buildCitizenView } from '../../src/render/site/citizen-view.js';
import { analyseTime } from '../../src/time/analyse.js';
import { createCalendar } from '../../src/time/calendar.js';
import { dayFromParts } from '../../src/time/moment.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A fee of 0 đồng, as the national portal writes one ("0 đồng", "Phí: 0 đồng", "0đ"): the document printed "0 đồng"
// for the procedure and a channel while a channel's 0 printed "Miễn phí", and the site printed a channel's 0 as
// "0 đồng" / "0 VND".
const FILE = join(ROOT, 'test/model/fixtures/fee-zero/qt-mien-phi.yaml');

const procedure = () => {
  const result = lint([loadFile(FILE, readFileSync(FILE))]);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.procedures[0]!.procedure;
};

describe('a fee of 0 đồng', () => {
  it('is read as free: the procedure\'s "Miễn phí", a channel\'s 0 after the charge it names', () => {
    const p = procedure();
    expect(p.fee).toBe('Miễn phí');
    expect(p.channels!.map((c) => c.fee)).toEqual(['Phí: Miễn phí', 0]);
  });

  it("prints as free in the reader's language in the document and on the citizen page", () => {
    const p = procedure();
    const document = (lang: 'vi' | 'en') =>
      buildDocumentView({ procedure: p, analysis: analyseTime(p), lang, flowchartPage: null });
    expect([document('vi').fee, ...document('vi').channels.map((c) => c.fee)]).toEqual([
      'Miễn phí',
      'Phí: Miễn phí',
      'Miễn phí',
    ]);
    expect([document('en').fee, ...document('en').channels.map((c) => c.fee)]).toEqual([
      'Free of charge',
      'Phí: Miễn phí',
      'Free of charge',
    ]);
    const calendar = createCalendar({});
    const analysis = analyseTime(p, calendar);
    const today = dayFromParts(2026, 3, 2)!;
    const page = (lang: 'vi' | 'en') =>
      citizenPage(buildCitizenView({ procedure: p, analysis, calendar, lang, today }), { pdf: false });
    expect(page('vi')).toContain('<p class="lines">Miễn phí</p>');
    expect(page('en')).toContain('Free of charge</p>');
    for (const lang of ['vi', 'en'] as const) expect(page(lang)).not.toMatch(/0 đồng|0 VND/u);
  });

  it('comes back unchanged from its Word document, where the procedure and a channel both print "Miễn phí"', async () => {
    // It said: would remove: Fee (In person): 0 — the channel's 0 read as the procedure's fee, and skipped the file.
    const p = procedure();
    const dir = mkdtempSync(join(tmpdir(), 'procmap-fee-zero-'));
    const catalog = join(dir, 'catalog');
    cpSync(join(ROOT, 'test/model/fixtures/fee-zero'), catalog, { recursive: true });
    const view = buildDocumentView({ procedure: p, analysis: analyseTime(p), lang: 'vi', flowchartPage: null });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"></svg>');
    const logo = readFileSync(join(ROOT, 'test/render/document/fixtures/logo.png'));
    const docx = join(dir, 'QT-HT-09.docx');
    writeFileSync(
      docx,
      await renderDocx(view, { flowchart: { type: 'svg', data: svg, fallback: logo, width: 40, height: 30 } }),
    );
    const run = await runCli(['import', '--lang', 'en', docx, '-o', catalog]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^unchanged {4}${join(catalog, 'qt-mien-phi.yaml')}  ← ${docx} `, 'u'));
    expect(run.stdout).not.toContain('would');
    expect(run.stdout.endsWith('\n0 imported, 1 unchanged, 0 skipped\n')).toBe(true);
    expect(run.code).toBe(0);
    expect(readFileSync(join(catalog, 'qt-mien-phi.yaml'), 'utf8')).toBe(readFileSync(FILE, 'utf8'));
  });
});
