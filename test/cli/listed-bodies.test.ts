import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('procmap lint and time, bodies listed as quoted "ID: name" items', () => {
  it('reads `- "TN: Bộ phận TN&TKQ"` as `- TN: Bộ phận TN&TKQ`: no invented keys, the steps’ bodies found', async () => {
    const file = 'test/fixtures/listed-bodies/quoted.yaml';
    const lint = await runCli(['lint', file, '--lang', 'vi']);
    expect([lint.code, lint.stderr, lint.stdout]).toEqual([0, '', '✔ 1 tệp đã kiểm tra, không có vấn đề\n']);
    const time = await runCli(['time', file, '--lang', 'en']);
    expect([time.code, time.stderr]).toEqual([0, '']);
    expect(time.stdout).toContain('\n  1  B1    Tiếp nhận hồ sơ                         TN     0.5 working days');
    expect(time.stdout).toContain('\n  2  B2    Thẩm định hồ sơ, lấy ý kiến hiệp y      BTDKT  9 working days');
  });
});
