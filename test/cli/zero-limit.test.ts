import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A limit of "0 ngày làm việc" or "0 giờ" read, and every verdict against it was nonsense (a step of 30 minutes
// "over the limit of 0 working days"). The same day is written "trong ngày".
const DAYS = 'test/fixtures/zero-limit/zero-days.yaml';
const HOURS = 'test/fixtures/zero-limit/zero-hours.yaml';

describe('a time limit of nothing', () => {
  it('is refused by lint, pointing to "trong ngày" for the same day', async () => {
    const vi = await runCli(['lint', DAYS, HOURS]);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain(
      '8:13  lỗi  "0 ngày làm việc" là thời hạn bằng không: không hồ sơ nào giải quyết kịp. Nếu trả kết quả ngay trong ngày tiếp nhận, hãy ghi "trong ngày"',
    );
    expect(vi.stdout).toContain('8:13  lỗi  "0 giờ" là thời hạn bằng không');
    expect(vi.stdout).not.toContain('vượt thời hạn giải quyết 0');
    const en = await runCli(['lint', HOURS, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '"0 giờ" is a limit of nothing: no dossier can be settled in it. If the result is due the day the dossier is received, write "trong ngày"',
    );
  });
});
