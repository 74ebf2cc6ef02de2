import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURE = join(ROOT, 'test/diff/fixtures/field-changed-step-order');

describe('procmap diff of steps written in another order, each naming its next step', () => {
  it('says the order changed, which the document lists them in, and asks for a new issue', async () => {
    // The flow is the same (sign names `return`; refuse and return end it), but the step table lists them anew.
    const sides = [join(FIXTURE, 'base.yaml'), join(FIXTURE, 'revision.yaml')];
    const vi = await runCli(['diff', ...sides, '--fail-on', 'info'], { cwd: FIXTURE });
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain(
      // Cut around where the two lists differ, as long values are (100 characters a side).
      '  thông tin     Thay đổi: Các bước (steps): …lục; Ký bản sao trích lục; Trả kết quả; Thông báo từ chối, nêu rõ lý do → …lục; Ký bản sao trích lục; Thông báo từ chối, nêu rõ lý do; Trả kết quả  các bước được viết theo thứ tự khác, tài liệu liệt kê các bước theo thứ tự này\n',
    );
    expect(vi.stdout).toContain('  cảnh báo      Chưa ghi nhận lần ban hành: 2 → 2');
    expect(vi.stdout).not.toContain('Bước tiếp theo');
    const en = await runCli(['diff', '--lang', 'en', ...sides], { cwd: FIXTURE });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('the steps are written in another order, which the document lists them in\n');
  });
});
