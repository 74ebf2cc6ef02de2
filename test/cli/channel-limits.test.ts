import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/channel-limits';

describe("a channel's own time limit (CLI)", () => {
  it('is read with the checks of the procedure’s limit, each problem saying what to write', async () => {
    // These limits linted clean, or with the schema's "not a duration": the channel's limit was then left uncounted.
    const result = await runCli(['lint', '--lang', 'en', DIR]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${DIR}/doc-sai.yaml\n` +
        '  9:17  error  "1 ngày 4 giờ" mixes days and hours: write it in one unit, e.g. "12h" (working hours) or "1.5d", if a working day is 8 working hours  schema\n' +
        '\n' +
        `${DIR}/sai.yaml\n` +
        '  8:17   error  "3 tuần" can mean 15 working days or 21 calendar days: write "15 ngày làm việc" or "21 ngày lịch"  schema\n' +
        '  10:17  error  "05 ngày làm việc (trực tuyến 03 ngày làm việc)" gives a limit for each way of filing, but it is the own limit of one way (Online): write only that way\'s limit there, e.g. time_limit: 03 ngày làm việc, and the procedure\'s limit in its time_limit  schema\n' +
        '  12:17  error  "12" has no unit: write "12 working days", "12 calendar days" or "12h" (working hours)  schema\n' +
        '\n✖ 4 problems (4 errors, 0 warnings)\n' +
        '  Some rules have not yet checked 2 files with the problems above: they run once those are fixed.\n',
    );
    const vi = await runCli(['lint', '--lang', 'vi', `${DIR}/sai.yaml`]);
    expect(vi.stdout).toContain(
      '"05 ngày làm việc (trực tuyến 03 ngày làm việc)" ghi thời hạn cho từng cách nộp, nhưng đây là thời hạn riêng của một cách nộp (Trực tuyến): hãy chỉ ghi thời hạn của cách nộp này, ví dụ time_limit: 03 ngày làm việc, và ghi thời hạn chung ở time_limit của thủ tục',
    );
  });
});
