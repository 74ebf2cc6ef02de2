import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const CATALOG = join(ROOT, 'test/cli/fixtures/closed-calendar');

const VI =
  'procmap: Lịch làm việc trong "procmap.config.yaml" không có giờ làm việc nào từ 23/08/2026 đến 26/09/2027 (400 ngày): ngày nào cũng là ngày nghỉ nên không thời hạn nào kết thúc được. Hãy bỏ bớt ngày nghỉ (holidays), hoặc ghi ngày làm việc (workdays) hay giờ làm việc (hours)\n';

// Before, rules crashed on such a calendar with "The calendar has no office hours for 400 days from day 20688", in
// English, placed on each procedure as the rule's own failure.
describe('a configured calendar with every weekday a day off (CLI)', () => {
  it('stops lint with exit 2, naming the configuration and the dates', async () => {
    const result = await runCli(['lint', 'procedures'], { cwd: CATALOG, now: '2026-03-02T09:00:00+07:00' });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: VI });
  });

  it('stops time alike', async () => {
    const result = await runCli(['time', 'procedures'], { cwd: CATALOG, now: '2026-03-02T09:00:00+07:00' });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: VI });
  });

  it('says it in English with --lang en', async () => {
    const result = await runCli(['lint', '--lang', 'en', 'procedures'], {
      cwd: CATALOG,
      now: '2026-03-02T09:00:00+07:00',
    });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'procmap: The working calendar of "procmap.config.yaml" has no office hours from 23/08/2026 to 26/09/2027 (400 days): every day is a day off, so no time limit can end. Remove days from holidays, or give working days (workdays) or office hours (hours)\n',
    });
  });
});
