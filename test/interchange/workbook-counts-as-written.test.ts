import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const CATALOG = 'test/interchange/fixtures/counts-as-written';
const FILE = join(ROOT, CATALOG, 'khai-sinh.yaml');

/** The dossier a procedure file writes, as its YAML says it (not as procmap reads it). */
function dossierOf(path: string): unknown {
  return (parse(readFileSync(path, 'utf8')) as { dossier: unknown }).dossier;
}

/** The catalog exported to a workbook, changed by `edit` (as an officer changes it in Excel), imported into a new folder. */
async function roundTrip(lang: 'vi' | 'en', edit?: (book: ExcelJS.Workbook) => void): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-counts-as-written-'));
  const book = join(dir, 'danh-muc.xlsx');
  expect((await runCli(['export', CATALOG, '--lang', lang, '-o', book])).code).toBe(0);
  if (edit) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    edit(workbook);
    await workbook.xlsx.writeFile(book);
  }
  const imported = await runCli(['import', book, '-o', join(dir, 'back')]);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  return join(dir, 'back', 'QT-HT-31.yaml');
}

describe('export then import of dossier counts an officer writes in words', () => {
  it('writes each count in the form the file wrote it, numbers as numbers and words as words', async () => {
    for (const lang of ['vi', 'en'] as const) expect(dossierOf(await roundTrip(lang)), lang).toEqual(dossierOf(FILE));
  });

  it('shows the counts under their kinds, the file’s words in a hidden column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-counts-as-written-'));
    await runCli(['export', CATALOG, '-o', join(dir, 'danh-muc.xlsx')]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'danh-muc.xlsx'));
    const sheet = workbook.getWorksheet('Thành phần hồ sơ')!;
    expect(sheet.getRow(1).getCell(7).value).toBe('Cách ghi trong tệp');
    expect(sheet.getColumn(7).hidden).toBe(true);
    expect((sheet.getRow(7).values as unknown[]).slice(3)).toEqual([
      'Giấy xác nhận nơi cư trú',
      2,
      1,
      '',
      '02 bản chính, 01 bản sao',
    ]);
  });

  it('writes a count the officer changed in the workbook as the number it now is, the others as written', async () => {
    // "Giấy chứng sinh" (row 3): 2 originals now, where the file wrote "01 bản chính".
    const path = await roundTrip('vi', (book) => {
      book.getWorksheet('Thành phần hồ sơ')!.getRow(3).getCell(4).value = 2;
    });
    const expected = dossierOf(FILE) as Record<string, unknown>[];
    expected[1] = { name: 'Giấy chứng sinh', originals: 2 };
    expect(dossierOf(path)).toEqual(expected);
  });
});
