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
