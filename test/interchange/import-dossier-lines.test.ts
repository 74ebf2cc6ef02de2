import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { dossierSetsOf } from '../../src/model/dossier-sets.js';

describe('procmap import: dossier lines of a catalog', () => {
  it('reads the count a line ends with, as the loader reads the same line', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-import-dossier-'));
    const csv = join(ROOT, 'test/interchange/fixtures/dossier-lines/danh-muc-ho-so.csv');
    const run = await runCli(['import', '--lang', 'en', csv, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, '1.001193.yaml'), 'utf8')).toContain(
      'dossier:\n  - name: Tờ khai đăng ký khai sinh\n    originals: 1\n  - name: Giấy chứng sinh\n    originals: 1\n',
    );
  });

  it('reads a national record’s dossier given as lines, not as GIAYTO fields, the same way', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-import-dossier-'));
    const json = join(out, 'ho-so-dong.json');
    const record = {
      MATTHC: '1.000001',
      TENTTHC: 'Thủ tục thử',
      CACHTHUCTHUCHIEN: [{ KENH: '1', THOIGIAN: [{ THOIGIANGIAIQUYET: '5', DONVITINH: 'Ngày làm việc' }] }],
      THANHPHANHOSO: ['Đơn đề nghị: 01 bản chính', { TRUONGHOP: 'Nộp thay', GIAYTO: ['Giấy ủy quyền: 02 bản chính'] }],
    };
    writeFileSync(json, JSON.stringify(record));
    const run = await runCli(['import', '--lang', 'en', json, '-o', out, '--effective', '2025-07-01']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, '1.000001.yaml'), 'utf8')).toContain(
      'dossier:\n  - name: Đơn đề nghị\n    originals: 1\n  - name: Giấy ủy quyền\n    originals: 2\n    case: Nộp thay\n',
    );
  });

  // National-record exports end the "Thành phần hồ sơ" cell with the count of dossier sets, on a line of its own: it
  // was imported as a paper named "Số lượng: 01 bộ".
  it('reads a line that counts the dossier’s sets as its count, never as a paper', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-import-dossier-'));
    const csv = 'danh-muc-so-bo.csv';
    const cwd = join(ROOT, 'test/interchange/fixtures/dossier-lines');
    const run = await runCli(['import', '--lang', 'en', csv, '-o', out], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const draft = '               no sequence in the source: one draft step to replace with the real steps\n';
    const imported = (n: number) =>
      `imported     ${out}/1.00000${n}.yaml  ← ${csv}: row ${n + 1} (1.00000${n})\n${draft}`;
    expect(run.stdout).toBe(
      imported(1) +
        imported(2) +
        imported(3) +
        '               1 value procmap has no field for kept in the note\n' +
        imported(4) +
        '4 imported, 0 skipped\n',
    );
    const file = (n: number) => readFileSync(join(out, `1.00000${n}.yaml`), 'utf8');
    expect(file(1)).toContain('dossier:\n  - name: Tờ khai\n    originals: 1\n  - name: Báo cáo\n    copies: 01 bản\n');
    expect(file(1)).toContain('\ndossier_count: 01 bộ\n');
    expect(file(2)).toContain(
      'dossier:\n  - name: Tờ khai đăng ký kết hôn\n    originals: 1\ndossier_count: 01 (một) bộ\n',
    );
    // The column's own count wins; the cell's, which says otherwise, is kept in the note.
    expect(file(3)).toContain('#   Thành phần hồ sơ: Số lượng hồ sơ: 01 bộ\n');
    expect(file(3)).toContain('dossier:\n  - name: Giấy tờ cần chứng thực\ndossier_count: 02 bộ\n');
    // The count alone lists no paper: no dossier, which is not "none".
    expect(file(4)).not.toContain('dossier:');
    expect(file(4)).toContain('\ndossier_count: 01 bộ\n');
    for (const n of [1, 2, 3, 4]) expect(file(n)).not.toMatch(/name: "?Số lượng/);
  });

  it('reads a national record’s line that counts the dossier’s sets as its count, in a part or a paper', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-import-dossier-'));
    const json = join(out, 'ho-so-so-bo.json');
    const record = {
      MATTHC: '1.000001',
      TENTTHC: 'Thủ tục thử',
      CACHTHUCTHUCHIEN: [{ KENH: '1', THOIGIAN: [{ THOIGIANGIAIQUYET: '5', DONVITINH: 'Ngày làm việc' }] }],
      THANHPHANHOSO: [
        'Đơn đề nghị: 01 bản chính\n- Số lượng hồ sơ: 01 bộ.',
        {
          TRUONGHOP: 'Nộp thay',
          GIAYTO: [{ TENGIAYTO: 'Giấy ủy quyền', SOBANCHINH: '1' }, { TENGIAYTO: 'Số lượng: 02 bộ' }],
        },
      ],
    };
    writeFileSync(json, JSON.stringify(record));
    const run = await runCli(['import', '--lang', 'en', json, '-o', out, '--effective', '2025-07-01']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 field procmap has no place for kept in the note\n');
    const text = readFileSync(join(out, '1.000001.yaml'), 'utf8');
    expect(text).toContain('#   THANHPHANHOSO: Số lượng hồ sơ: 02 bộ\n');
    expect(text).toContain(
      'dossier:\n  - name: Đơn đề nghị\n    originals: 1\n  - name: Giấy ủy quyền\n    case: Nộp thay\n    originals: 1\ndossier_count: 01 bộ\n',
    );
  });
});

describe('a line that counts the dossier’s sets', () => {
  it.each([
    ['Số lượng: 01 bộ', '01 bộ'],
    ['Số lượng hồ sơ: 01 (một) bộ', '01 (một) bộ'],
    ['Số lượng hồ sơ: 01 bộ.', '01 bộ'],
    ['SỐ LƯỢNG HỒ SƠ： 02 BỘ', '02 BỘ'],
    // The national record's "01 (bộ)", and the count with no label: as the document prints a count.
    ['Số lượng hồ sơ: 02 (bộ)', '02 bộ'],
    ['01 bộ hồ sơ', '01 bộ hồ sơ'],
  ])('%j counts %j', (line, count) => {
    expect(dossierSetsOf(line)).toBe(count);
  });

  // A paper's own count after "Số lượng:", a count of papers, a paper that names the word: papers.
  it.each(['Tờ khai. Số lượng: 01 bộ', 'Số lượng: 01 bản', 'Bảng kê số lượng hồ sơ'])('%j is a paper', (line) => {
    expect(dossierSetsOf(line)).toBeUndefined();
  });

  // A catalog cell that heads its list ("a) Thành phần hồ sơ:", "* Thành phần hồ sơ gồm:", "Điều kiện thực hiện:")
  // gave a paper or a condition named by the heading, where a Word document's same lines give only the items under it.
  it('reads a line heading the list in its cell as no item, as under a Word document’s heading', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-import-dossier-'));
    const book = join(ROOT, 'test/interchange/fixtures/dossier-lines/danh-muc-co-tieu-de.xlsx');
    const run = await runCli(['import', '--lang', 'en', book, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const file = (code: string) => readFileSync(join(out, `${code}.yaml`), 'utf8');
    expect(file('1.004227')).toContain(
      'conditions:\n  - Phòng hát có diện tích từ 20 m2 trở lên\n  - Không đặt chốt cửa bên trong phòng\n',
    );
    expect(file('1.004227')).toContain(
      'dossier:\n  - name: Đơn đề nghị cấp giấy phép (Mẫu số 01)\n' +
        '  - name: Bản sao giấy chứng nhận đăng ký doanh nghiệp\ndossier_count: 01 bộ\n',
    );
    expect(file('1.004228')).toContain(
      'dossier:\n  - name: Văn bản đề nghị (Mẫu số 01)\n  - name: Kịch bản, danh mục tác phẩm\ndossier_count: 01 bộ\n',
    );
  });
});
