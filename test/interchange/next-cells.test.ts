import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A step's next-step cell is read as the loader reads the same text in a file: "B2 hoặc B3, B6" (a choice beside a
// parallel step, which no file can hold) is refused at its sheet, row and column, never read as a step "hoặc".
const DECIDED = 'test/cli/fixtures/choice-in-parallel/decided.yaml';

// decided.yaml's workbook, exported once: each test edits a copy of it.
let exported: Buffer;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-next-cell-'));
  const catalog = join(dir, 'catalog');
  mkdirSync(catalog);
  writeFileSync(join(catalog, 'p.yaml'), readFileSync(join(ROOT, DECIDED)));
  const path = join(dir, 'book.xlsx');
  expect((await runCli(['export', catalog, '-o', path])).code).toBe(0);
  exported = readFileSync(path);
});

/** decided.yaml exported to a workbook, its first step's "Bước tiếp theo" cell written `next`, imported over it. */
async function importedWith(next: string, lang = 'vi') {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-next-cell-'));
  const catalog = join(dir, 'catalog');
  mkdirSync(catalog);
  writeFileSync(join(catalog, 'p.yaml'), readFileSync(join(ROOT, DECIDED)));
  const path = join(dir, 'book.xlsx');
  writeFileSync(path, exported);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const steps = book.getWorksheet('Các bước')!;
  const column = (steps.getRow(1).values as unknown[]).indexOf('Bước tiếp theo');
  steps.getRow(2).getCell(column).value = next;
  await book.xlsx.writeFile(path);
  const result = await runCli(['import', '--lang', lang, path, '-o', catalog, '--force'], { cwd: dir });
  return { result, text: () => readFileSync(join(catalog, 'p.yaml'), 'utf8') };
}

describe('a next-step cell of a workbook', () => {
  it('refuses a choice beside a parallel step at its sheet, row and column', async () => {
    const { result, text } = await importedWith('B2 hoặc B3, B6');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'bỏ qua       book.xlsx: trang tính "Quy trình", dòng 2: trang tính "Các bước", dòng 2, cột "Bước tiếp theo": "B2 hoặc B3, B6" vừa chọn một trong các bước B2 và B3, vừa chuyển đồng thời sang B6, nhưng procmap không ghi được một lựa chọn nằm trong các nhánh làm đồng thời: hãy thêm một dòng cho bước quyết định chọn giữa B2 và B3 (ô "Bước tiếp theo" của bước đó ghi mỗi trường hợp một dòng, ví dụ "Trường hợp 1 → B2"), rồi ở ô này ghi mã bước đó và B6; nếu mọi bước đều làm đồng thời, hãy ghi "B2, B3, B6"\n' +
        'đã nhập 0, bỏ qua 1\n',
    );
    expect(text()).toBe(readFileSync(join(ROOT, DECIDED), 'utf8'));
  });

  it('says it in English too', async () => {
    const { result } = await importedWith('B2 or B3 and B6', 'en');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `skipped      book.xlsx: sheet "Quy trình" row 2: sheet "Các bước" row 2, column "Bước tiếp theo": "B2 or B3 and B6" both takes one of B2 and B3 and goes on to B6 in parallel, and procmap cannot keep a choice inside parallel branches: add a row for a step that decides between B2 and B3 (its "Bước tiếp theo" one case a line, e.g. "Case 1 → B2"), and write that step's id and B6 in this cell; if all of them are done in parallel, write "B2, B3, B6"\n` +
        '0 imported, 1 skipped\n',
    );
  });

  it('reads steps as the loader does: joined by "và", by number or by name', async () => {
    // The same flow as the file: B1a and B6 at once.
    for (const next of ['B1a và B6', 'B1a; Bước 6', 'Phân loại hồ sơ, B6']) {
      const { result } = await importedWith(next);
      expect(result.stdout).toMatch(/^không đổi /);
      expect(result.code).toBe(0);
    }
  });
});

describe('a next-step cell of a Word step table', () => {
  it('refuses a choice beside a parallel step at its table, row and column', async () => {
    const file = 'test/interchange/fixtures/quy-trinh-lua-chon-song-song.docx';
    const out = mkdtempSync(join(tmpdir(), 'procmap-next-cell-word-'));
    const result = await runCli(['import', join(ROOT, file), '-o', out], { cwd: out });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      '(Chứng thực thử nghiệm): bảng 1, dòng 2, cột "Bước tiếp theo": "B2 hoặc B3, B6" vừa chọn một trong các bước B2 và B3, vừa chuyển đồng thời sang B6',
    );
    expect(result.stdout).toMatch(/^bỏ qua {7}/);
    expect(result.stdout).not.toContain('"hoặc"');
  });
});
