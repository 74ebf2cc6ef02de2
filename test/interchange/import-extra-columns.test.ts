import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A column an officer adds to a step table or a dossier table ("Ghi chú") was dropped without a word; a catalog's was
// kept in the note. The fixtures: ghi-chu-them.xlsx, procmap's workbook with "Ghi chú thêm" added to "Các bước" and
// "Ghi chú" to "Thành phần hồ sơ"; ghi-chu-ho-so.docx, an ISO document whose dossier table has a "Ghi chú" column.
const DIR = join(ROOT, 'test/interchange/fixtures/extra-columns');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-extra-columns-'));
const shown = (stdout: string, out: string) =>
  stdout.split('test/interchange/fixtures/extra-columns/').join('F/').split(out).join('OUT');

describe('procmap import: columns an officer added to a table', () => {
  it("keeps the values of a workbook's step and dossier sheets in the note, by row, and says so once", async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'ghi-chu-them.xlsx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out)).toBe(
      'imported     OUT/QT-CT-01.yaml  ← F/ghi-chu-them.xlsx: sheet "Quy trình" row 2 (2.000815)\n' +
        '               2 values of columns procmap does not read ("Ghi chú thêm", "Ghi chú") kept in the note, by row\n' +
        '1 imported, 0 skipped\n',
    );
    expect(readFileSync(join(out, 'QT-CT-01.yaml'), 'utf8')).toContain(
      '#   Bước 2 "Đối chiếu bản sao với bản chính, ghi lời chứng" — Ghi chú thêm: Ưu tiên người cao tuổi\n' +
        '#   Thành phần hồ sơ "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao" — Ghi chú: Xuất trình để đối chiếu\n',
    );
  });

  it('names a step by its number cell as written when it already says "Bước 1", not "Bước Bước 1"', async () => {
    const out = fresh();
    const run = await runCli([
      'import',
      '--lang',
      'en',
      join(DIR, 'buoc-ghi-chu.csv'),
      '-o',
      out,
      '--effective',
      '2026-01-01',
    ]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(readFileSync(join(out, '1.000012.yaml'), 'utf8')).toContain(
      '#   Bước 1 "Tiếp nhận hồ sơ" — Ghi chú thêm: Ưu tiên người cao tuổi\n',
    );
  });

  it("keeps a Word dossier table's own column in the note, in Vietnamese too", async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'vi', join(DIR, 'ghi-chu-ho-so.docx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out)).toBe(
      'đã nhập      OUT/QT-HT-01.yaml  ← F/ghi-chu-ho-so.docx (Đăng ký khai sinh)\n' +
        '               ngày hiệu lực lấy theo ngày ban hành, 15/8/2025, vì tài liệu không ghi ngày hiệu lực: hãy ghi "Ngày hiệu lực: …" vào tài liệu, hoặc dùng --effective\n' +
        '               2 giá trị ở các cột procmap không đọc ("Ghi chú") được giữ trong ghi chú, theo từng dòng\n' +
        'đã nhập 1, bỏ qua 0\n',
    );
    expect(readFileSync(join(out, 'QT-HT-01.yaml'), 'utf8')).toContain(
      '#   Thành phần hồ sơ "Tờ khai đăng ký khai sinh" — Ghi chú: Mẫu ban hành kèm Thông tư 04/2024/TT-BTP\n' +
        '#   Thành phần hồ sơ "Giấy tờ chứng minh nơi cư trú" — Ghi chú: Nếu có\n',
    );
  });
});
