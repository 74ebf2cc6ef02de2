import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const INVALID = 'test/rules/fixtures/shares-over-total/invalid-limit.yaml';

describe('shares that add up to more than their total (CLI)', () => {
  it("warns in the user's language, naming both numbers, and offers no fix", async () => {
    const result = await runCli(['lint', '--lang', 'en', INVALID]);
    // A warning: the officer settles it, the run still succeeds.
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${INVALID}\n` +
        '  5:13  warning  "10 ngày làm việc (UBND xã: 05 ngày làm việc; Sở Tư pháp: 07 ngày làm việc)" contradicts itself: the agencies\' shares (UBND xã: 05 ngày làm việc; Sở Tư pháp: 07 ngày làm việc) add up to 12 working days, more than the limit of 10 working days. procmap counts 10 working days: correct the share that is wrong, or write "12 ngày làm việc (UBND xã: 05 ngày làm việc; Sở Tư pháp: 07 ngày làm việc)" if the shares are right  shares-over-total\n' +
        '\n✖ 1 problem (0 errors, 1 warning)\n',
    );
  });
});
