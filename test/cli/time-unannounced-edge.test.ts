import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const P15D = 'test/fixtures/time/unannounced-edge/p15d.yaml';

describe('a limit in working days that runs from the last announced year into one not announced', () => {
  it('is counted on the Labour Code days of 2027 and says so, in text and JSON', async () => {
    // Mon 28/12/2026 09:00, 15 working days (120 h): Mon 6.5; Tue 29 – Thu 31/12 24 (30.5); Fri 1/1/2027 off (Labour
    // Code Art. 112(1)); Mon 4 – Fri 8/1 40 (70.5); Mon 11 – Fri 15/1 40 (110.5); Mon 18/1 8 (118.5); Tue 19/1 + 1.5 h.
    const en = await runCli(['time', P15D, '--received', '28/12/2026 09:00', '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    expect(en.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 09:00 on Tuesday 19/01/2027\n');
    expect(en.stdout).toContain('Days off on the way: Fri 01/01/2027 Tết Dương lịch (New Year’s Day)\n');
    expect(en.stdout).toContain('2027 computed from the Labour Code\n');
    expect(en.stdout).toContain('Note: no announced days off for 2027 yet;');
    const json = JSON.parse(
      (await runCli(['time', P15D, '--received', '28/12/2026 09:00', '--format', 'json'])).stdout,
    ) as { procedures: { holiday_rule_years: number[] }[] };
    expect(json.procedures[0]!.holiday_rule_years).toEqual([2027]);
  });
});
