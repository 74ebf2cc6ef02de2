import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/same-day-wording';
// Decree 23/2015/NĐ-CP, Art. 7, as the chứng thực procedure publishes it (time_limit of chung-thuc.yaml).
const LAW =
  'trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ';

describe("procmap doc and time quote a same-day limit's words whole", () => {
  it('prints the document\'s limit with "cơ quan, tổ chức tiếp nhận yêu cầu", never "trong ngày hoặc …"', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-same-day-'));
    const result = await runCli(['doc', `${DIR}/chung-thuc.yaml`, '--format', 'md', '-o', out, '--lang', 'vi']);
    expect([result.code, result.stderr, result.stdout]).toEqual([0, '', `${join(out, 'QT-CT-02.md')}\n`]);
    const md = readFileSync(join(out, 'QT-CT-02.md'), 'utf8');
    expect(md).toContain(`- Thời hạn giải quyết theo quy định: ${LAW}\n`);
    expect(md).toContain(`| Trực tiếp | ${LAW} |`);
    expect(md).not.toContain('trong ngày hoặc');
  });

  it("quotes the law's sentence from its start in time's note; an exception after it is a sentence of its own", async () => {
    const result = await runCli(['time', `${DIR}/chung-thuc.yaml`, `${DIR}/khai-sinh.yaml`, '--lang', 'vi']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(`\nTheo văn bản: ${LAW}\n`);
    expect(result.stdout).toContain(
      '\nTheo văn bản: trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo\n',
    );
  });
});
