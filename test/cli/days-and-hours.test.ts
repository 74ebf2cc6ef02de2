import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Days and hours written together ("1 ngày 4 giờ") are one time only in a working day of known length: the message
// used to count 8 hours a day whatever the catalog's calendar said, so it proposed a time the catalog does not count.
const DIR = 'test/fixtures/days-and-hours';

describe('days and hours together (CLI)', () => {
  it("say what to write in the catalog's working day, not a fixed 8 hours", async () => {
    const six = await runCli(['lint', '--lang', 'en', `${DIR}/ngay-6-gio`]);
    expect(six.code).toBe(1);
    expect(six.stderr).toBe('');
    expect(six.stdout).toBe(
      `${DIR}/ngay-6-gio/ngay-va-gio.yaml\n` +
        '  5:13  error  "1 ngày 3 giờ" mixes days and hours: write it in one unit, e.g. "9h" (working hours) or "1.5d", if a working day is 6 working hours  schema\n' +
        '\n✖ 1 problem (1 error, 0 warnings)\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed.\n',
    );
    const eightAndAHalf = await runCli(['lint', '--lang', 'vi', `${DIR}/ngay-8-5-gio`]);
    expect(eightAndAHalf.code).toBe(1);
    expect(eightAndAHalf.stderr).toBe('');
    // 12.5 hours are no whole number of 8.5-hour days to two decimals: only the hours are offered.
    expect(eightAndAHalf.stdout).toBe(
      `${DIR}/ngay-8-5-gio/ngay-va-gio.yaml\n` +
        '  5:13  lỗi  "1 ngày 4 giờ" ghi cả ngày và giờ: hãy ghi bằng một đơn vị, ví dụ "12.5h" (giờ làm việc), nếu một ngày làm việc có 8,5 giờ làm việc  schema\n' +
        '\n✖ 1 vấn đề (1 lỗi, 0 cảnh báo)\n' +
        '  Một số quy tắc chưa kiểm tra 1 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa.\n',
    );
  });

  it('say the same in time, which refuses the file', async () => {
    const time = await runCli(['time', '--lang', 'en', `${DIR}/ngay-6-gio/ngay-va-gio.yaml`]);
    expect(time.code).toBe(1);
    expect(time.stdout).toBe('');
    expect(time.stderr).toContain('e.g. "9h" (working hours) or "1.5d", if a working day is 6 working hours  schema\n');
  });
});
