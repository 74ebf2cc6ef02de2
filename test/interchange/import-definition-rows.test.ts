import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSheets } from '../../src/interchange/workbook-import.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A definition "TTHC | Thủ tục hành chính" under the header "Từ viết tắt | Giải thích" was taken for a catalog's header
// ("thủ tục hành chính" names the title column): procmap's own Word document and workbook of a procedure defining TTHC
// imported as one catalog row per definition, each skipped. The fixtures: chung-thuc-ban-sao.yaml (TTHC defined first),
// QT-CT-01.docx and QT-CT-01.xlsx (`procmap doc -f docx` and `procmap export -f xlsx` of it), tthc-cuoi.xlsx (the
// workbook of the same procedure with TTHC defined last) and khai-sinh-iso.docx (an officer's ISO document, TTHC second).
const DIR = join(ROOT, 'test/interchange/fixtures/definitions-tthc');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-definition-rows-'));
const shown = (stdout: string, out: string) =>
  stdout.split('test/interchange/fixtures/definitions-tthc/').join('F/').split(out).join('OUT');
const terms = (text: string) => [...text.matchAll(/^ {2}- term: (.+)$/gmu)].map((m) => m[1]);
const OWN_TERMS = ['TTHC', 'TTPVHCC', 'Bản chính', 'Chứng thực bản sao từ bản chính', 'Người thực hiện chứng thực'];

describe('procmap import: a definition whose meaning is a header name', () => {
  it.each([['QT-CT-01.docx'], ['QT-CT-01.xlsx']])(
    "reads procmap's own %s back whole: one procedure, every definition",
    async (file) => {
      const out = fresh();
      const run = await runCli(['import', '--lang', 'en', join(DIR, file), '-o', out]);
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(shown(run.stdout, out)).toMatch(
        /^imported {5}OUT\/QT-CT-01\.yaml {2}← F\/QT-CT-01\.\w+.*\n(?: {15}.*\n)*1 imported, 0 skipped\n$/u,
      );
      expect(terms(readFileSync(join(out, 'QT-CT-01.yaml'), 'utf8'))).toEqual(OWN_TERMS);
    },
  );

  it.each([['QT-CT-01.docx'], ['QT-CT-01.xlsx']])(
    'imports %s over the file it was made from unchanged',
    async (file) => {
      const out = fresh();
      copyFileSync(join(DIR, 'chung-thuc-ban-sao.yaml'), join(out, 'chung-thuc-ban-sao.yaml'));
      const run = await runCli(['import', '--lang', 'en', join(DIR, file), '-o', out]);
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toMatch(/^unchanged {4}/u);
      expect(run.stdout).toMatch(/\n0 imported, 1 unchanged, 0 skipped\n$/u);
    },
  );

  it('keeps the definition written last in a workbook, which was the header of an empty catalog', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'tthc-cuoi.xlsx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(terms(readFileSync(join(out, 'QT-CT-01.yaml'), 'utf8'))).toEqual([...OWN_TERMS.slice(1), 'TTHC']);
  });

  it("reads an officer's ISO document defining TTHC", async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'khai-sinh-iso.docx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out)).toBe(
      'imported     OUT/QT-HT-01.yaml  ← F/khai-sinh-iso.docx (Đăng ký khai sinh)\n' +
        '               effective date set to the issue date ("Ngày ban hành"), 15/8/2025, as the document states no other: write "Ngày hiệu lực: …" in it, or use --effective\n' +
        '1 imported, 0 skipped\n',
    );
    expect(terms(readFileSync(join(out, 'QT-HT-01.yaml'), 'utf8'))).toEqual(['UBND', 'TTHC', 'BPMC', 'CCTP']);
  });

  it('tells a Word document whose step table belongs to no procedure what a document can do, never to add a sheet', () => {
    const catalog = {
      name: '#1',
      rows: [
        ['Mã thủ tục', 'Tên thủ tục', 'Thời hạn giải quyết'],
        ['1.0001', 'Thủ tục một', '5 ngày làm việc'],
        ['1.0002', 'Thủ tục hai', '5 ngày làm việc'],
      ],
    };
    const steps = {
      name: '#2',
      rows: [
        ['TT', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian'],
        ['1', 'Tiếp nhận hồ sơ', 'Bộ phận Một cửa', '4 giờ'],
      ],
    };
    const outcomes = importSheets([catalog, steps], 'qd.docx', { documentTables: true, effective: '2026-01-01' });
    const skipped = outcomes.filter((o) => o.skipped).map((o) => [o.source.en, o.skipped!.en, o.skipped!.vi]);
    expect(skipped).toEqual([
      [
        'qd.docx: table 2, row 2',
        'a table of 1 rows (this one and those below) that belongs to no procedure of the document: add a column "Mã hiệu quy trình" giving each row\'s procedure, or keep each procedure in a document of its own',
        'bảng gồm 1 dòng (dòng này và các dòng dưới) không thuộc thủ tục nào của văn bản: thêm cột "Mã hiệu quy trình" ghi thủ tục của từng dòng, hoặc để mỗi thủ tục trong một văn bản riêng',
      ],
    ]);
  });
});
