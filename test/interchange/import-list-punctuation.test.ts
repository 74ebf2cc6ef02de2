import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRecord } from '../../src/interchange/record.js';
import { plain } from '../../src/interchange/import-messages.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A list in a document ends each item with ";" and the last with ".": punctuation, not part of the text. The Word
// import left it out; a catalog kept it ("… ngày 20/11/2014;"), and `doc` printed it so. Every import now reads a list
// of texts (legal basis, conditions) alike.
const FIXTURES = join(ROOT, 'test/interchange/fixtures');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-list-punctuation-'));

describe('procmap import: the closing ";" or "." of a list item', () => {
  it("is left out of a catalog's legal basis and conditions, from a workbook and a CSV file", async () => {
    const out = fresh();
    const xlsx = join(FIXTURES, 'danh-muc-yeu-cau-dieu-kien.xlsx');
    expect((await runCli(['import', xlsx, '-o', out, '--effective', '01/07/2025'])).stderr).toBe('');
    expect(readFileSync(join(out, '1.001193.yaml'), 'utf8')).toContain(
      '\nlegal_basis:\n  - Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014\n  - Nghị định số 123/2015/NĐ-CP ngày 15/11/2015\n',
    );
    expect(readFileSync(join(out, '1.000894.yaml'), 'utf8')).toContain(
      '\nconditions:\n  - Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên\n  - Việc kết hôn do nam và nữ tự nguyện quyết định\n',
    );
    const csvOut = fresh();
    expect((await runCli(['import', join(FIXTURES, 'danh-muc-ten-muc-cong.csv'), '-o', csvOut])).code).toBe(0);
    expect(readFileSync(join(csvOut, '1.000894.yaml'), 'utf8')).toContain(
      '\nlegal_basis:\n  - Luật Hôn nhân và gia đình số 52/2014/QH13 ngày 19/6/2014\n  - Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014\n',
    );
  });

  it("is left out of a catalog's dossier, forms and fee, before a dossier item's count is read", async () => {
    const out = fresh();
    const csv = join(FIXTURES, 'danh-muc-ho-so-dau-cau.csv');
    const run = await runCli(['import', '--lang', 'en', csv, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = readFileSync(join(out, '1.001193.yaml'), 'utf8');
    // "01 bản chính;" was copies in words; "01 bộ." and "Số lượng: 01 bản chính." stayed in the paper's name. A
    // declaration's set of no kind is its original's, as lint --fix writes it: "01 bộ bản chính".
    expect(written).toContain(
      '\ndossier:\n' +
        '  - name: Tờ khai đăng ký khai sinh (Mẫu số 1a)\n    copies: 01 bộ bản chính\n' +
        '  - name: Giấy chứng sinh\n    originals: 1\n' +
        '  - name: Văn bản ủy quyền\n    originals: 1\n',
    );
    expect(written).toContain(
      '\nfee: |-\n  Lệ phí đăng ký khai sinh: 8.000 đồng\n  Miễn lệ phí cho người thuộc hộ nghèo\n',
    );
    expect(written).toContain(
      '\nforms:\n  - code: Mẫu 01\n    name: Tờ khai đăng ký khai sinh\n  - code: Mẫu 02\n    name: Văn bản ủy quyền\n',
    );
  });

  it("is left out of a national record's legal basis and conditions", () => {
    const outcome = importRecord(
      {
        MATTHC: '1.000894',
        TENTTHC: 'Đăng ký kết hôn',
        CACHTHUCTHUCHIEN: [{ KENH: 1, THOIGIAN: [{ THOIGIANGIAIQUYET: '5', DONVITINH: 'Ngày làm việc' }] }],
        CANCUPHAPLY: [
          'Luật Hộ tịch số 60/2014/QH13;',
          { TENVANBAN: 'Nghị định 123/2015/NĐ-CP.', NGAYBANHANH: '15/11/2015' },
        ],
        YEUCAU: '- Nam từ đủ 20 tuổi trở lên;\n- Việc kết hôn do nam và nữ tự nguyện quyết định.',
      },
      plain('r.json'),
      { effective: '2025-07-01' },
    );
    const procedure = outcome.imported!.procedure;
    expect(procedure.legal_basis).toEqual(['Luật Hộ tịch số 60/2014/QH13', 'Nghị định 123/2015/NĐ-CP ngày 15/11/2015']);
    expect(procedure.conditions).toEqual([
      'Nam từ đủ 20 tuổi trở lên',
      'Việc kết hôn do nam và nữ tự nguyện quyết định',
    ]);
  });
});
