import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { buildDocumentView } from '../../src/render/document/view.js';
import { citizenPage } from '../../src/render/site/citizen-page.js';
import { buildCitizenView } from '../../src/render/site/citizen-view.js';
import { analyseTime } from '../../src/time/analyse.js';
import { createCalendar } from '../../src/time/calendar.js';
import { dayFromParts } from '../../src/time/moment.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A fee by case written as a list, the procedure's and a way of filing's: items with a colon and no quotes (maps of
// one entry to YAML), in quotes, and amounts as Vietnamese writes thousands (`40.000`, which YAML reads as 40).
const FOLDER = join(ROOT, 'test/model/fixtures/fee-list');
const FILE = join(FOLDER, 'thang.yaml');
const LINES = 'Trường hợp cá nhân: 50.000 đồng\nTrường hợp tổ chức: 100.000 đồng';
// A case's amount as the same amount alone: `40.000` (read by YAML as 40) is 40.000 đồng.
const ONLINE = 'Cá nhân: 40.000 đồng\n80.000 đồng';

const procedureOf = (file: string) => {
  const result = lint([loadFile(file, readFileSync(file))]);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.procedures[0]!.procedure;
};

describe('a fee written as a list of lines', () => {
  it('is accepted by lint, with no error', async () => {
    const run = await runCli(['lint', '--lang', 'en', FILE]);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('schema');
    expect(run.code).toBe(0);
  });

  it('is read as its lines, each amount as written, the procedure’s and the channel’s', () => {
    const procedure = procedureOf(FILE);
    expect(procedure.fee).toBe(LINES);
    expect(procedure.channels?.map((c) => c.fee)).toEqual([undefined, ONLINE]);
  });

  it('prints as lines in the document and on the citizen page', () => {
    const procedure = procedureOf(FILE);
    const view = buildDocumentView({ procedure, analysis: analyseTime(procedure), lang: 'vi', flowchartPage: null });
    expect(view.fee).toBe(LINES);
    // A channel without a fee of its own refers to the fee above (5.6) rather than print its lines again.
    expect(view.channels.map((c) => c.fee)).toEqual(['Như phí, lệ phí chung', ONLINE]);
    const calendar = createCalendar({});
    const analysis = analyseTime(procedure, calendar);
    const today = dayFromParts(2026, 3, 2)!;
    const page = citizenPage(buildCitizenView({ procedure, analysis, calendar, lang: 'vi', today }), { pdf: false });
    expect(page).toContain(`<dd class="lines">${LINES}</dd>`);
    expect(page).toContain(`<p class="lines">${LINES}</p>`);
  });

  it('comes back as the same lines through the workbook', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-fee-list-'));
    const catalog = join(dir, 'catalog');
    cpSync(FOLDER, catalog, { recursive: true });
    const book = join(dir, 'book.xlsx');
    expect((await runCli(['export', catalog, '-o', book])).code).toBe(0);
    const back = join(dir, 'back');
    const run = await runCli(['import', '--lang', 'en', book, '-o', back]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const imported = procedureOf(join(back, 'QT-DD-07.yaml'));
    expect(imported.fee).toBe(LINES);
    expect(imported.channels?.map((c) => c.fee)).toEqual([undefined, ONLINE]);
  });
});
