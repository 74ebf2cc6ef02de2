import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A whole number and a vulgar fraction ("1½ ngày làm việc", "1 ½", "¾ giờ"), as a word processor types them, is read
// as the decimal "1,5 ngày làm việc" is, and --fix writes it in the same canonical form.
const FILE = 'test/fixtures/vulgar-fractions/phan-so.yaml';

describe('a time written with a vulgar fraction', () => {
  it('is read in the limit and the steps, and --fix writes it as the decimal', async () => {
    const lint = await runCli(['lint', '--lang', 'en', FILE]);
    expect(lint).toMatchObject({ code: 0, stderr: '' });
    expect(lint.stdout).toBe(
      `${FILE}\n` +
        '  8:13   warning  Write "1 ½ ngày làm việc" as "1.5d"  canonical-duration\n' +
        '  16:15  warning  Write "¾ giờ làm việc" as "0.75h"  canonical-duration\n' +
        '  20:15  warning  Write "1¼ ngày làm việc" as "1.25d"  canonical-duration\n' +
        '  24:15  warning  Write "15 phút" as "0.25h"  canonical-duration\n' +
        '\n✖ 4 problems (0 errors, 4 warnings)\n' +
        '  0 errors and 4 warnings potentially fixable with the `--fix` option.\n',
    );
  });

  it('is counted as the decimal by time', async () => {
    const time = await runCli(['time', '--lang', 'en', FILE]);
    expect(time).toMatchObject({ code: 0, stderr: '' });
    expect(time.stdout).toContain('\nTime limit: 1.5 working days (12 h)\n');
    expect(time.stdout).toContain(
      '\nTotal on the critical path: 1.38 working days (11 h), within the limit with 1 working hour to spare\n',
    );
  });
});
