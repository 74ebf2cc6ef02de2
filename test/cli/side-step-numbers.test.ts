import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// B1, B2, a side step B2b and B3: the document numbers them 1, 2, 2b, 3 (shownStepNumbers), and so must every table
// an officer compares with it.
const FILE = 'test/cli/fixtures/side-step-numbers/QT-1.yaml';

describe('the step numbers of a procedure with a side step', () => {
  it('are the document’s in the time table: 2b for the side step, 3 after it', async () => {
    const result = await runCli(['time', FILE, '--lang', 'vi']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const rows = result.stdout.split('\n').filter((line) => /^ {2}\S+ +B\d/u.test(line));
    expect(rows.map((line) => line.trim().split(/\s+/u).slice(0, 2))).toEqual([
      ['1', 'B1'],
      ['2', 'B2'],
      ['2b', 'B2b'],
      ['3', 'B3'],
    ]);
  });

  it('are the document’s in the exported workbook’s TT column', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-side-step-')), 'catalog.xlsx');
    expect(await runCli(['export', '--lang', 'vi', FILE, '-o', out])).toEqual({
      code: 0,
      stdout: `${out}\n`,
      stderr: '',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet('Các bước')!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const column = (title: string) => [2, 3, 4, 5].map((r) => sheet.getRow(r).getCell(header.indexOf(title)).value);
    expect(column('Mã bước')).toEqual(['B1', 'B2', 'B2b', 'B3']);
    expect(column('TT')).toEqual([1, 2, '2b', 3]);
  });
});
