import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/pause-end-date-alone.csv: Đăng ký kết hôn (5 working days) received Mon 04/05/2026 09:00,
// settled Wed 13/05 16:30, paused from Tue 05/05 14:30 to "07/05/2026", a date alone (P-1), and to 07/05 17:00, the
// office's close that day (P-2). A date alone at a pause's end is that whole day, as "05/05/2026 - 07/05/2026" is: both
// are on time. Read as 00:00 of 07/05, P-1 lost that day's pause and read late.
const CATALOG = 'test/fixtures/ontime/catalog';
const AS_OF = ['--as-of', '01/06/2026 08:00'];

describe('procmap ontime, a pause whose start has an hour and whose end is a date alone', () => {
  it('counts the pause through its last day, and says so in the note line', async () => {
    const file = 'test/fixtures/ontime/pause-end-date-alone.csv';
    const vi = await runCli(['ontime', file, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.stderr).toBe('');
    expect(vi.stdout).toContain('Đã giải quyết: 2 (trước hạn 0, đúng hạn 2, quá hạn 0)\n');
    expect(vi.stdout).toContain(
      '\n1 hồ sơ có thời gian tạm dừng kết thúc bằng một ngày không ghi giờ: đã tính đến hết ngày kết thúc đó, và trọn ngày bắt đầu nếu ngày bắt đầu cũng không ghi giờ (05/05/2026 - 05/05/2026 là cả ngày 05/05; 05/05/2026 14:30 - 07/05/2026 là từ 14:30 ngày 05/05 đến hết ngày 07/05), như ngày ghi trong sổ theo dõi hồ sơ.',
    );
    const en = await runCli(['ontime', file, '--catalog', CATALOG, ...AS_OF, '--lang', 'en', '--format', 'json']);
    expect(en).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(en.stdout);
    expect(report.totals).toMatchObject({ on_time: 2, late: 0 });
    expect(report.whole_day_pauses).toBe(1);
  });

  it('reads the same from a pause start column with an hour and an end column with a date alone', async () => {
    const file = 'test/fixtures/ontime/pause-end-date-alone-columns.csv';
    const run = await runCli(['ontime', file, '--catalog', CATALOG, ...AS_OF, '--lang', 'en', '--format', 'json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout).totals).toMatchObject({ on_time: 1, late: 0 });
  });
});
