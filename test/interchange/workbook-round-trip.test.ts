import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A procedure whose fee and a condition end with a full stop, whose dossier says "01 bản chính (xuất trình)" and a
// paper's "01 bản" with no originals counted: the workbook procmap exports of it, imported unedited over it, changes
// nothing, and its dossier sheet puts each count where the document would.
const FOLDER = join(ROOT, 'test/interchange/fixtures/workbook-spellings');
const FILE = 'chung-thuc-ban-sao.yaml';

/** A copy of the fixture's folder and the workbook exported from it. */
async function exported() {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-workbook-spellings-'));
  const catalog = join(dir, 'catalog');
  cpSync(FOLDER, catalog, { recursive: true });
  const book = join(dir, 'danh-muc.xlsx');
  const run = await runCli(['export', catalog, '-o', book]);
  expect(run.code).toBe(0);
  return { dir, catalog, book };
}

describe('a workbook exported and imported unedited', () => {
  it('leaves the file as it was: a closing full stop of the fee or of a condition is the file’s spelling', async () => {
    const { catalog, book } = await exported();
    const run = await runCli(['import', '--lang', 'en', book, '-o', catalog]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      `unchanged    ${join(catalog, FILE)}  ← ${book}: sheet "Quy trình" row 2 (2.000815)\n` +
        '0 imported, 1 unchanged, 0 skipped\n',
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(catalog, FILE), 'utf8')).toBe(readFileSync(join(FOLDER, FILE), 'utf8'));
  });
});

describe('the dossier sheet of a procedure that counts no originals apart', () => {
  it('puts words about the original under "Bản chính", as the document reads them, not under "Bản sao"', async () => {
    const { book } = await exported();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    const sheet = workbook.getWorksheet('Thành phần hồ sơ')!;
    const rows = [1, 2].map((n) => (sheet.getRow(n).values as unknown[]).slice(1, 6));
    expect(rows).toEqual([
      ['Mã hiệu quy trình', 'Trường hợp', 'Tên giấy tờ', 'Bản chính', 'Bản sao'],
      ['QT-CT-01', '', 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', '01 bản chính (xuất trình)', ''],
    ]);
  });
});
