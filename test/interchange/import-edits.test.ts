import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Edits an officer makes to procmap's own workbook of QT-CT-01.yaml, made by make-workbooks.mjs: so-ban-chu.xlsx, the
// dossier's quantities typed in words and "Số lượng hồ sơ" with a full stop; thoi-gian-sua.xlsx, a step's "Thời gian"
// changed and its hours left stale; them-giay-to.xlsx, one dossier paper added; ky-duyet.xlsx, of 1.001193.yaml, a
// reviewer added to the sign-off and the postal way of filing's note changed.
const DIR = join(ROOT, 'test/interchange/fixtures/import-edits');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-import-edits-'));
const shown = (stdout: string, out: string) =>
  stdout.split('test/interchange/fixtures/import-edits/').join('F/').split(out).join('OUT');

describe("procmap import: an officer's edits to the workbook, written canonically", () => {
  it('reads a quantity in words as lint --fix writes it, and the number of dossiers without its full stop', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'so-ban-chu.xlsx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const text = readFileSync(join(out, 'QT-CT-01.yaml'), 'utf8');
    expect(text).toContain(
      '\ndossier:\n' +
        '  - name: Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao\n    case: Nộp trực tiếp\n    originals: 2\n' +
        '  - name: Bản sao cần chứng thực (trường hợp người yêu cầu tự chuẩn bị bản chụp)\n    case: Nộp trực tiếp\n    copies: 1\n' +
        'dossier_count: 01 bộ\n',
    );
  });

  it("advises updating the stale hours cell, not writing the hours back over the officer's edited time", async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'thoi-gian-sua.xlsx'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(shown(run.stdout, out).split('\n')[1]).toBe(
      '               F/thoi-gian-sua.xlsx: sheet "Các bước" row 3: cell G3 ("Thời gian (giờ làm việc)") 0.75 does not agree with cell H3 ("Thời gian") "1.5h" (1.5 working hours), the time procmap reads and keeps: if you changed "Thời gian", update cell G3 to 1.5 or empty it; if you changed the hours, write them in cell H3, e.g. "0.75h"',
    );
    expect(readFileSync(join(out, 'QT-CT-01.yaml'), 'utf8')).toContain('    duration: 1.5h\n');
    const vi = await runCli(['import', join(DIR, 'thoi-gian-sua.xlsx'), '-o', fresh()]);
    expect(vi.stdout).toContain(
      'ô G3 ("Thời gian (giờ làm việc)") 0,75 không khớp với ô H3 ("Thời gian") "1.5h" (1,5 giờ làm việc), là thời gian procmap đọc và giữ: nếu bạn đã sửa cột "Thời gian", hãy sửa ô G3 thành 1,5 hoặc xóa trống ô đó',
    );
  });

  it('adds a paper to the file and leaves every other item as written, its keys in their order and its comment', async () => {
    const out = fresh();
    copyFileSync(join(DIR, 'QT-CT-01.yaml'), join(out, 'QT-CT-01.yaml'));
    const before = readFileSync(join(out, 'QT-CT-01.yaml'), 'utf8');
    const run = await runCli(['import', '--lang', 'en', '--force', join(DIR, 'them-giay-to.xlsx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out)).toBe(
      'overwritten  OUT/QT-CT-01.yaml  ← F/them-giay-to.xlsx: sheet "Quy trình" row 2 (2.000815)\n' +
        '               added: Dossier: Giấy tờ tùy thân của người yêu cầu (Nộp trực tiếp; Xuất trình)\n' +
        '0 imported, 1 overwritten, 0 skipped\n',
    );
    const added = '  - name: Giấy tờ tùy thân của người yêu cầu\n    case: Nộp trực tiếp\n    copies: Xuất trình\n';
    const at = before.indexOf('dossier_count:');
    expect(readFileSync(join(out, 'QT-CT-01.yaml'), 'utf8')).toBe(before.slice(0, at) + added + before.slice(at));
  });

  it('says what it would change in words, never a sign-off as JSON or a key path, in both languages', async () => {
    const out = fresh();
    copyFileSync(join(DIR, '1.001193.yaml'), join(out, '1.001193.yaml'));
    const en = await runCli(['import', '--lang', 'en', join(DIR, 'ky-duyet.xlsx'), '-o', out]);
    expect([en.code, en.stderr]).toEqual([1, '']);
    expect(shown(en.stdout, out)).toBe(
      'skipped      F/ky-duyet.xlsx: sheet "Quy trình" row 2 (1.001193): OUT/1.001193.yaml already exists and differs; use --force to overwrite it\n' +
        '               would change: Way of filing (By public postal service): note: Kể cả thời gian chuyển phát → Gửi qua bưu điện\n' +
        '               would add: Sign-off: Reviewed by: (none) → Lê Thị C\n' +
        '0 imported, 1 skipped\n',
    );
    const vi = await runCli(['import', join(DIR, 'ky-duyet.xlsx'), '-o', out]);
    expect(shown(vi.stdout, out)).toContain(
      '               sẽ thay đổi: Cách thực hiện (Qua dịch vụ bưu chính công ích): ghi chú: Kể cả thời gian chuyển phát → Gửi qua bưu điện\n' +
        '               sẽ thêm: Soạn thảo, kiểm tra, phê duyệt: Người kiểm tra: (không có) → Lê Thị C\n',
    );
    for (const run of [en, vi]) expect(run.stdout).not.toMatch(/[{}"]name"|channels\.|signoff/u);
  });

  // phi-nhieu-dong.docx is `procmap doc -f docx` of phi-nhieu-dong/QT-CT-01.yaml, whose fee is a block (`fee: |`);
  // phi-nhieu-doan.docx, the same with its fee section typed as three paragraphs (make-word.mjs).
  it("reads a block fee's document back over its file unchanged, the file byte for byte", async () => {
    const out = fresh();
    copyFileSync(join(DIR, 'phi-nhieu-dong/QT-CT-01.yaml'), join(out, 'QT-CT-01.yaml'));
    const before = readFileSync(join(out, 'QT-CT-01.yaml'), 'utf8');
    const run = await runCli(['import', '--lang', 'en', '--force', join(DIR, 'phi-nhieu-dong.docx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^unchanged {4}/u);
    expect(run.stdout).toMatch(/\n0 imported, 1 unchanged, 0 skipped\n$/u);
    expect(readFileSync(join(out, 'QT-CT-01.yaml'), 'utf8')).toBe(before);
  });

  it('reads every paragraph of a fee section in Word, not its first alone', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'phi-nhieu-doan.docx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(readFileSync(join(out, 'QT-CT-01.yaml'), 'utf8')).toContain(
      '\nfee: |-\n  Phí chứng thực: 2.000 đồng/trang\n  Từ trang thứ ba trở lên: 1.000 đồng/trang\n  Tối đa không quá 200.000 đồng/bản\n',
    );
  });
});
