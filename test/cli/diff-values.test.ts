import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// What a diff shows of a value, alike in every format: a dossier count by its kind, a body by its key and name, the
// items of a list (a fee list, a `fee: |` block, a decision's branches) joined by "; ".
const DIR = 'test/cli/fixtures/diff-values';
const sides = (name: string) => [join(DIR, name, 'a'), join(DIR, name, 'b')];
const REVISION_VI =
  '  cảnh báo      Chưa ghi nhận lần ban hành: {r} → {r}  nội dung thay đổi nhưng lần ban hành không tăng';

/** The change lines of a text report (the procedure's heading and the summary left out). */
function lines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('  '));
}

/** before and after of each change in a JSON report. */
function values(stdout: string): [string | null, string | null][] {
  const { changes } = JSON.parse(stdout) as { changes: { before: string | null; after: string | null }[] };
  return changes.map((c) => [c.before, c.after]);
}

describe('diff: a dossier count by the kind the document prints it under', () => {
  const TK = 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp';
  const FORM = 'Mẫu do Bộ Tư pháp ban hành';

  it('says an original that became a copy, and a copy added, as copies in Vietnamese', async () => {
    const result = await runCli(['diff', ...sides('dossier')]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines(result.stdout)).toEqual([
      `  cảnh báo      Thành phần hồ sơ: ${TK} (01 bản chính; ${FORM}) → ${TK} (01 bản sao; ${FORM})`,
      '  cảnh báo      Thành phần hồ sơ: Giấy khai sinh (01 bản sao)  thêm',
      REVISION_VI.replaceAll('{r}', '4'),
    ]);
  });

  it('names the kind in English and in JSON', async () => {
    const en = await runCli(['diff', '--lang', 'en', ...sides('dossier')]);
    expect({ code: en.code, stderr: en.stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines(en.stdout).slice(0, 2)).toEqual([
      `  warning   Dossier: ${TK} (1 original; ${FORM}) → ${TK} (1 copy; ${FORM})`,
      '  warning   Dossier: Giấy khai sinh (1 copy)  added',
    ]);
    const json = await runCli(['diff', '--format', 'json', ...sides('dossier')]);
    expect({ code: json.code, stderr: json.stderr }).toEqual({ code: 0, stderr: '' });
    expect(values(json.stdout).slice(0, 2)).toEqual([
      [`${TK} (originals: 1; ${FORM})`, `${TK} (copies: 1; ${FORM})`],
      [null, 'Giấy khai sinh (copies: 1)'],
    ]);
  });
});

describe('diff: a step’s responsible body by its key and its name', () => {
  it('prints both in text, Markdown and JSON', async () => {
    const text = await runCli(['diff', ...sides('body')]);
    expect({ code: text.code, stderr: text.stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines(text.stdout)).toEqual([
      '  cảnh báo      Đơn vị thực hiện (bước 3 «Ký duyệt»): LD (Lãnh đạo UBND xã) → CM (Công chức chuyên môn)',
      REVISION_VI.replaceAll('{r}', '1'),
    ]);
    const md = await runCli(['diff', '--format', 'markdown', '--lang', 'en', ...sides('body')]);
    expect({ code: md.code, stderr: md.stderr }).toEqual({ code: 0, stderr: '' });
    expect(md.stdout).toContain(
      '| ⚠️ warning | `QT-TEST-01` | Responsible body (step 3 "Ký duyệt") | LD (Lãnh đạo UBND xã) | CM (Công chức chuyên môn) |  |  |',
    );
    const json = await runCli(['diff', '--format', 'json', ...sides('body')]);
    expect({ code: json.code, stderr: json.stderr }).toEqual({ code: 0, stderr: '' });
    expect(values(json.stdout)[0]).toEqual(['LD (Lãnh đạo UBND xã)', 'CM (Công chức chuyên môn)']);
  });
});

describe('diff: the items of a list joined by "; "', () => {
  const FEE = 'Phí, lệ phí: Cá nhân 50.000 đồng; Tổ chức 100.000 đồng → Cá nhân 50.000 đồng; Tổ chức 150.000 đồng';

  it('joins a fee list’s lines and a decision’s branches, whose step names hold commas', async () => {
    const result = await runCli(['diff', ...sides('lists')]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines(result.stdout).slice(0, 2)).toEqual([
      `  cảnh báo      ${FEE}`,
      '  cảnh báo      Bước tiếp theo (bước 2 «Thẩm định hồ sơ»): Đạt: Ghi Sổ cấp phép, ký Giấy phép; Không đạt: Từ chối, thông báo bằng ' +
        'văn bản → Đạt: Ghi Sổ cấp phép, ký Giấy phép; Không đạt: Trả lại hồ sơ, hướng dẫn bổ sung',
    ]);
    const json = await runCli(['diff', '--format', 'json', ...sides('lists')]);
    expect({ code: json.code, stderr: json.stderr }).toEqual({ code: 0, stderr: '' });
    expect(values(json.stdout)[1]).toEqual([
      'Đạt: Ghi Sổ cấp phép, ký Giấy phép; Không đạt: Từ chối, thông báo bằng văn bản',
      'Đạt: Ghi Sổ cấp phép, ký Giấy phép; Không đạt: Trả lại hồ sơ, hướng dẫn bổ sung',
    ]);
  });

  it('joins the lines of a `fee: |` block the same way, in text and Markdown', async () => {
    const text = await runCli(['diff', ...sides('fee-block')]);
    expect({ code: text.code, stderr: text.stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines(text.stdout)[0]).toBe(`  cảnh báo      ${FEE}`);
    const md = await runCli(['diff', '--format', 'markdown', ...sides('fee-block')]);
    expect({ code: md.code, stderr: md.stderr }).toEqual({ code: 0, stderr: '' });
    expect(md.stdout).toContain(
      '| Cá nhân 50.000 đồng; Tổ chức 100.000 đồng | Cá nhân 50.000 đồng; Tổ chức 150.000 đồng |',
    );
  });
});

describe('diff: a sign-off and a way of filing’s note in words, never as JSON or a key path', () => {
  it('names the signers by name and role and the note by its way of filing, in Vietnamese and English', async () => {
    const vi = await runCli(['diff', ...sides('signoff')]);
    expect({ code: vi.code, stderr: vi.stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines(vi.stdout).slice(1)).toEqual([
      '  thông tin     Thay đổi: Trách nhiệm soạn thảo, kiểm tra, phê duyệt (signoff): …Tư pháp); Người phê duyệt: Trần Quốc Hưng (Chủ tịch UBND xã) → …Tư pháp); Người phê duyệt: Lê Văn Tám (Phó Chủ tịch UBND xã)',
      '  thông tin     Thay đổi: Ghi chú của cách nộp qua dịch vụ bưu chính công ích: Gửi qua bưu điện → Gửi qua Bưu điện Việt Nam',
    ]);
    const md = await runCli(['diff', '--format', 'markdown', '--lang', 'en', ...sides('signoff')]);
    expect({ code: md.code, stderr: md.stderr }).toEqual({ code: 0, stderr: '' });
    expect(md.stdout).toContain(
      '| Changed: signoff | Prepared by: Nguyễn Thị Hà (Công chức Tư pháp); Approved by: Trần Quốc Hưng (Chủ tịch UBND xã) | Prepared by: Nguyễn Thị Hà (Công chức Tư pháp); Approved by: Lê Văn Tám (Phó Chủ tịch UBND xã) |',
    );
    expect(md.stdout).toContain(
      '| Changed: Note on filing by public postal service | Gửi qua bưu điện | Gửi qua Bưu điện Việt Nam |',
    );
    for (const out of [vi.stdout, md.stdout]) {
      expect(out).not.toMatch(/[{}"]|channels\.|prepared_by|approved_by/);
    }
  });
});
