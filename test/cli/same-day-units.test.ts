import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// The Phiếu lý lịch tư pháp whose steps take 6 working days, once under "trong ngày" and once under "01 tháng": the
// same steps, so the same table and total, in one unit rule (a day or more in days, the total with its hours).
const SAME_DAY = 'test/cli/fixtures/same-day-units/trong-ngay.yaml';
const MONTH = 'test/cli/fixtures/same-day-units/mot-thang.yaml';

/** The step table and the total line of `procmap time` in Vietnamese. */
async function tableAndTotal(file: string): Promise<string> {
  const result = await runCli(['time', '--lang', 'vi', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const lines = result.stdout.split('\n');
  const head = lines.findIndex((line) => line.startsWith('  TT'));
  return lines.slice(head, lines.findIndex((line) => line.startsWith('Tổng theo đường găng')) + 1).join('\n');
}

describe('procmap time under a same-day limit whose steps take days', () => {
  it('gives the rows and the total in one unit, as under a limit in months', async () => {
    const sameDay = await tableAndTotal(SAME_DAY);
    expect(sameDay).toContain(
      '  4   compile       Tổng hợp kết quả, lập Phiếu lý lịch tư …  HCTP     1 ngày làm việc  5,25 ngày làm việc\n',
    );
    expect(sameDay).toContain('\nTổng theo đường găng: 6 ngày làm việc (48 giờ);');
    expect(sameDay).not.toContain('48 giờ làm việc');
    expect(sameDay).toBe(await tableAndTotal(MONTH));
  });
});
