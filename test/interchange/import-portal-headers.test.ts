import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWordDocument } from '../../src/interchange/docx-import.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// The national portal heads a procedure's sections "Yêu cầu, điều kiện thực hiện" and "Tên mẫu đơn, mẫu tờ khai", and
// a decision announcing procedures writes the longer "… thủ tục hành chính" forms: catalogs copy them as headers. They
// were kept in the file's top comment, so the document printed no conditions and no forms.
// fixtures/danh-muc-ten-muc-cong.csv: one row under every such header; danh-muc-yeu-cau-dieu-kien.xlsx: a province's
// catalog with the portal's "Yêu cầu, điều kiện thực hiện" column.
const FIXTURES = join(ROOT, 'test/interchange/fixtures');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-portal-headers-'));

describe("procmap import: the national portal's section names as catalog headers", () => {
  it('reads each as its field, nothing left in the note', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(FIXTURES, 'danh-muc-ten-muc-cong.csv'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(
      `imported     ${out}/1.000894.yaml  ← test/interchange/fixtures/danh-muc-ten-muc-cong.csv: row 2 (1.000894)\n` +
        '               no sequence in the source: one draft step to replace with the real steps\n' +
        '1 imported, 0 skipped\n',
    );
    const file = readFileSync(join(out, '1.000894.yaml'), 'utf8');
    expect(file).not.toContain('# Not in the procedure fields');
    for (const line of [
      '\nagency: UBND cấp xã\n',
      '\napplicants: Cá nhân\n',
      '\nresult: Giấy chứng nhận kết hôn\n',
      '\ndossier:\n  - name: Tờ khai đăng ký kết hôn\n    originals: 1\n',
      '\nconditions:\n  - Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên',
      '\nlegal_basis:\n  - Luật Hôn nhân và gia đình số 52/2014/QH13 ngày 19/6/2014',
      '\nforms:\n  - name: Tờ khai đăng ký kết hôn (Mẫu TP/HT-2020-KH)\n  - code: Mẫu 02\n    name: Giấy xác nhận tình trạng hôn nhân\n',
    ])
      expect(file).toContain(line);
    // The document prints them.
    const doc = await runCli(['doc', join(out, '1.000894.yaml'), '--format', 'md', '-o', join(out, 'doc')]);
    expect(doc.code).toBe(0);
    const printed = readFileSync(join(out, 'doc', '1.000894.md'), 'utf8');
    expect(printed).toContain('- Việc kết hôn do nam và nữ tự nguyện quyết định');
    expect(printed).toContain('Giấy xác nhận tình trạng hôn nhân');
  });

  it('from a workbook, the conditions under "Yêu cầu, điều kiện thực hiện"', async () => {
    const out = fresh();
    const args = ['import', join(FIXTURES, 'danh-muc-yeu-cau-dieu-kien.xlsx'), '-o', out, '--effective', '01/07/2025'];
    const run = await runCli(args);
    expect(run.stderr).toBe('');
    const file = readFileSync(join(out, '1.000894.yaml'), 'utf8');
    expect(file).toContain('\nconditions:\n  - Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên');
    expect(file).not.toContain('Yêu cầu, điều kiện thực hiện');
    // "Không" there is none, as under the shorter header.
    expect(readFileSync(join(out, '1.001193.yaml'), 'utf8')).toContain('\nconditions: []\n');
  });

  it("from a Word decision's catalog table, the same headers", () => {
    const header = [
      'STT',
      'Mã thủ tục',
      'Tên thủ tục hành chính',
      'Thời hạn giải quyết',
      'Yêu cầu, điều kiện thực hiện',
    ];
    const outcomes = importWordDocument(
      {
        paragraphs: ['QUYẾT ĐỊNH Về việc công bố danh mục thủ tục hành chính'],
        tables: [
          {
            name: '#1',
            rows: [header, ['1', '1.000894', 'Đăng ký kết hôn', '05 ngày làm việc', 'Nam từ đủ 20 tuổi trở lên']],
          },
        ],
      },
      'cong-bo.docx',
      { effective: '2025-07-01' },
    );
    expect(Array.isArray(outcomes) && outcomes[0]?.imported?.procedure.conditions).toEqual([
      'Nam từ đủ 20 tuổi trở lên',
    ]);
  });
});
