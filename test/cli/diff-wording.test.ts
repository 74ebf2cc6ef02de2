import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A fee, a dossier item or a legal reference written again with its marks, letter case or spaces put right, or "số"
// dropped before a decree's number, says the same: wording only, no change of substance and no new issue. A number
// changed with it (an amount, a count of copies, a decree's number or year) is still a change.
const DIR = 'test/cli/fixtures/diff-wording';
const sides = (name: string) => [join(DIR, name, 'a'), join(DIR, name, 'b')];

/** The change lines of a text report (the procedure's heading and the summary left out). */
function lines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('  '));
}

describe('diff: a fee, a dossier item or a legal reference in other wording only', () => {
  it('is information, "chỉ sửa chữ", and needs no new issue', async () => {
    const vi = await runCli(['diff', '--fail-on', 'warning', ...sides('fixed')]);
    expect({ code: vi.code, stderr: vi.stderr }).toEqual({ code: 0, stderr: '' });
    const only = 'chỉ sửa chữ, nội dung không đổi';
    expect(lines(vi.stdout)).toEqual([
      `  thông tin     Phí, lệ phí: Le phi 8.000 dong/bản sao → Lệ phí 8.000 đồng/bản sao  ${only}`,
      `  thông tin     Thành phần hồ sơ: To khai theo mau (01 bản chính) → Tờ khai theo mẫu (01 bản chính)  ${only}`,
      '  thông tin     Thành phần hồ sơ: Giấy tờ tùy thân (xuat trinh ban chinh; 01 bản chính) → Giấy tờ tùy thân ' +
        `(Xuất trình bản chính; 01 bản chính)  ${only}`,
      '  thông tin     Căn cứ pháp lý: Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ → Nghị định ' +
        `123/2015/NĐ-CP ngày 15/11/2015 của Chính Phủ  ${only}`,
      `  thông tin     Phí, lệ phí (Trực tuyến): Lệ phí: 4.000 đồng/bản sao → lệ phí: 4.000 đồng/bản sao  ${only}`,
    ]);
    const md = await runCli(['diff', '--format', 'markdown', '--lang', 'en', ...sides('fixed')]);
    expect({ code: md.code, stderr: md.stderr }).toEqual({ code: 0, stderr: '' });
    expect(md.stdout).toContain(
      '| ℹ️ info | `QT-TEST-03` | Fee | Le phi 8.000 dong/bản sao | Lệ phí 8.000 đồng/bản sao |  | wording only, no ' +
        'change of substance |',
    );
    const json = await runCli(['diff', '--format', 'json', ...sides('fixed')]);
    expect({ code: json.code, stderr: json.stderr }).toEqual({ code: 0, stderr: '' });
    const { changes } = JSON.parse(json.stdout) as { changes: { kind: string; level: string; reason: string }[] };
    expect(changes.map((c) => `${c.kind} ${c.level} ${c.reason}`)).toEqual([
      'fee-changed info wording',
      'dossier-changed info wording',
      'dossier-changed info wording',
      'legal-basis-changed info wording',
      'fee-changed info wording',
    ]);
  });

  it('a number changed with the words (an amount, copies, a decree’s year) is still a change', async () => {
    const result = await runCli(['diff', '--fail-on', 'warning', ...sides('changed')]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' });
    expect(lines(result.stdout)).toEqual([
      '  cảnh báo      Phí, lệ phí: Le phi 8.000 dong/bản sao → Lệ phí 10.000 đồng/bản sao',
      '  cảnh báo      Thành phần hồ sơ: To khai theo mau (01 bản chính) → Tờ khai theo mẫu (02 bản chính)',
      '  thông tin     Căn cứ pháp lý: Nghị định 123/2016/NĐ-CP ngày 15/11/2015 của Chính phủ  thêm',
      '  cảnh báo      Căn cứ pháp lý: Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ  bỏ',
      '  cảnh báo      Chưa ghi nhận lần ban hành: 1 → 1  nội dung thay đổi nhưng lần ban hành không tăng',
    ]);
  });
});
