import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/date-receipt/bad-dates.csv: dates that do not exist (29/02/2026, 30/02, 31/04), a day and month
// the other way round (01/13/2026), a weekday not the date's; F6 is a dossier that reads.
const RUN = [
  'ontime',
  'test/fixtures/ontime/date-receipt/bad-dates.csv',
  '--catalog',
  'test/fixtures/ontime/date-receipt/catalog',
  '--as-of',
  '06/12/2026',
];
const AT = 'test/fixtures/ontime/date-receipt/bad-dates.csv';

describe('procmap ontime, a date cell that is not a date', () => {
  it('says what is wrong with it, as time --received does, with its file, row and column', async () => {
    const vi = await runCli([...RUN, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    // The rows not measured are listed on standard error, under the report.
    expect(vi.stdout).toContain('Dòng không đo được: 5\n');
    expect(vi.stderr).toContain(
      `${AT}:2: ngày tiếp nhận "29/02/2026 09:00": "29/02/2026" không phải là ngày: tháng 2 năm 2026 có 28 ngày\n`,
    );
    expect(vi.stderr).toContain(
      `${AT}:3: ngày tiếp nhận "01/13/2026" không phải là ngày: không có tháng 13; nếu ngày và tháng bị đảo chỗ, hãy ghi 13/01/2026\n`,
    );
    expect(vi.stderr).toContain(
      `${AT}:4: ngày tiếp nhận "9 giờ, thứ Năm, ngày 13/03/2026" ghi thứ Năm, nhưng ngày 13/03/2026 là thứ Sáu: hãy sửa ngày hoặc thứ\n`,
    );
    expect(vi.stderr).toContain(
      `${AT}:5: ngày có kết quả "30/02/2026" không phải là ngày: tháng 2 năm 2026 có 28 ngày\n`,
    );
    expect(vi.stderr).toContain(`${AT}:6: ngày hẹn trả "31/04/2026" không phải là ngày: tháng 4 năm 2026 có 30 ngày\n`);
    const en = await runCli([...RUN, '--lang', 'en']);
    expect(en.stderr).toContain(
      `${AT}:3: received date "01/13/2026" is not a date: there is no month 13; if the day and the month are the other way round, write 13/01/2026\n`,
    );
  });
});
