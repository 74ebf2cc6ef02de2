import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { runCli } from './run-cli.js';

/** Exports one procedure to a Vietnamese workbook through the CLI, and reads its row's cells by column title. */
export async function exportedRow(file: string): Promise<(title: string) => unknown> {
  const out = join(mkdtempSync(join(tmpdir(), 'procmap-row-xlsx-')), 'catalog.xlsx');
  const result = await runCli(['export', '--lang', 'vi', file, '-o', out]);
  expect(result).toEqual({ code: 0, stdout: `${out}\n`, stderr: '' });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  return (title) => sheet.getRow(2).getCell(header.indexOf(title)).value;
}
