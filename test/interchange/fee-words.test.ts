import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS, TEXT_HEADINGS } from '../../src/interchange/field-labels.js';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { renderDocx } from '../../src/render/document/docx.js';
import { buildDocumentView } from '../../src/render/document/view.js';
import { analyseTime } from '../../src/time/analyse.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A fee that names its charge, "Lệ phí: 600.000 đồng/giấy phép": a phí and a lệ phí are different charges in law, so
// the words are the fee's, not a label to take off; the ways of filing share it and print it in each row.
const FOLDER = join(ROOT, 'test/interchange/fixtures/fee-words');
const FILE = join(FOLDER, 'giay-phep-lao-dong.yaml');
const FEE = 'Lệ phí: 600.000 đồng/giấy phép';
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 40 30"></svg>');
const LOGO = readFileSync(join(ROOT, 'test/render/document/fixtures/logo.png'));

const procedureOf = (file: string) => lint([loadFile(file, readFileSync(file))]).procedures[0]!.procedure;

/** A copy of the fixture's folder, with the Word document procmap writes of its procedure beside it. */
async function catalogAndDocument() {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-fee-words-'));
  const catalog = join(dir, 'catalog');
  cpSync(FOLDER, catalog, { recursive: true });
  const procedure = procedureOf(FILE);
  const view = buildDocumentView({ procedure, analysis: analyseTime(procedure), lang: 'vi', flowchartPage: null });
  const docx = join(dir, 'QT-LD-01.docx');
  writeFileSync(
    docx,
    await renderDocx(view, { flowchart: { type: 'svg', data: SVG, fallback: LOGO, width: 40, height: 30 } }),
  );
  return { dir, catalog, docx };
}

describe('a fee line in a document', () => {
  const label = (line: string) => LABELS.find(([header]) => header === 'Phí, lệ phí')![1].exec(line)?.[1];
  const heading = (line: string) => TEXT_HEADINGS.find(([key]) => key === 'fee')![1].exec(line)?.[1];

  it('keeps the words of the charge it names; only the label of both charges is taken off', () => {
    expect(label(FEE)).toBe(FEE);
    expect(label('Phí: 20.000 đồng/hồ sơ')).toBe('Phí: 20.000 đồng/hồ sơ');
    expect(label('Phí, lệ phí: 50.000 đồng')).toBe('50.000 đồng');
    expect(label('5.6. Phí, lệ phí: Lệ phí: 50.000 đồng')).toBe('Lệ phí: 50.000 đồng');
    expect(heading(FEE)).toBe(FEE);
    expect(heading('5.6. Phí, lệ phí')).toBe('');
    expect(heading('Lệ phí')).toBe('');
    expect(heading('Phí, lệ phí: 50.000 đồng')).toBe('50.000 đồng');
  });
});

describe('procmap import of the unedited document of a procedure whose fee names its charge', () => {
  it('leaves its file as it was', async () => {
    const { catalog, docx } = await catalogAndDocument();
    const run = await runCli(['import', '--lang', 'en', docx, '-o', catalog, '--force']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/0 imported, 1 unchanged, 0 skipped\n$/);
    expect(readFileSync(join(catalog, 'giay-phep-lao-dong.yaml'), 'utf8')).toBe(readFileSync(FILE, 'utf8'));
  });

  it('imported afresh, gives the fee as written, once: no way of filing repeats the procedure’s fee', async () => {
    const { dir, docx } = await catalogAndDocument();
    const back = join(dir, 'back');
    const run = await runCli(['import', '--lang', 'en', docx, '-o', back]);
    expect(run.code).toBe(0);
    const imported = procedureOf(join(back, 'QT-LD-01.yaml'));
    expect(imported.fee).toBe(FEE);
    expect(imported.channels?.map((c) => c.fee)).toEqual([undefined, undefined, undefined]);
    const diff = await runCli(['diff', '--lang', 'en', FILE, join(back, 'QT-LD-01.yaml')]);
    expect(diff.stdout).not.toMatch(/Fee/);
  });

  it('through the workbook too', async () => {
    const { dir, catalog } = await catalogAndDocument();
    const book = join(dir, 'book.xlsx');
    expect((await runCli(['export', catalog, '-o', book])).code).toBe(0);
    const run = await runCli(['import', '--lang', 'en', book, '-o', catalog, '--force']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/0 imported, 1 unchanged, 0 skipped\n$/);
  });
});
