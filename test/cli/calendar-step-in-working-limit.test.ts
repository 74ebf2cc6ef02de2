import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A limit of "05 ngày làm việc" whose middle step is counted in calendar days: each counted in its own unit, the step
// by the Civil Code (Art. 147: from the day after; Art. 148: a last day off moves to the close of the next working
// day), the limit in office hours. Both received Friday 13/02/2026 09:00, the eve of Tết (off Sat 14/02 – Sun 22/02).
const DIR = 'test/fixtures/calendar-step-in-working-limit';
const time = (file: string) => runCli(['time', '--lang', 'en', '--received', '13/02/2026 09:00', `${DIR}/${file}`]);

describe('a step in calendar days under a limit in working days', () => {
  it('counts "03 ngày lịch" by the Civil Code and says the total depends on the dates', async () => {
    const result = await time('calendar-step.yaml');
    expect([result.code, result.stderr]).toEqual([0, '']);
    // s1, 0.5 working day = 4 h: 09:00–11:30 (2.5 h), 13:00–14:30 (1.5 h) → Fri 13/02 14:30.
    expect(result.stdout).toContain(
      '  1  s1    Tiếp nhận    XA    0.5 working days  —      Fri 13/02 09:00  Fri 13/02 14:30\n',
    );
    // s2, 3 calendar days from Friday 13/02: Sat 14 (1), Sun 15 (2), Mon 16 (3), a Tết holiday, so the period ends at
    // the close of the next working day, Monday 23/02 17:00 (Art. 148), not at 24:00 on 16/02.
    expect(result.stdout).toContain(
      '  2  s2    Xác minh     SO    3 calendar days   —      Fri 13/02 14:30  Mon 23/02 17:00\n',
    );
    // s3, 4 h from the next opening: Tue 24/02 07:30–11:30.
    expect(result.stdout).toContain(
      '  3  s3    Trả kết quả  XA    0.5 working days  —      Tue 24/02 07:30  Tue 24/02 11:30\n',
    );
    // The limit, 40 working hours: Fri 6.5 h; Mon 23 → 14.5; Tue 24 → 22.5; Wed 25 → 30.5; Thu 26 → 38.5; Fri 27/02
    // 07:30 + 1.5 h = 09:00. The steps end 21.5 working hours before it (Tue 13:00–17:00 after lunch 4 h, Wed 8, Thu 8, Fri 1.5).
    expect(result.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 09:00 on Friday 27/02/2026\n');
    expect(result.stdout).toContain(
      'Total: depends on the dates, since a step is counted in calendar days, months or the same day\n',
    );
    expect(result.stdout).toContain(
      'Steps done by:       Tue 24/02/2026 11:30, 2.69 working days (21 h 30 min) before the appointment',
    );
  });

  it('counts the calendar-day step across Tết 2027 (the Labour Code’s) and National Day 2025 by the Civil Code', async () => {
    const at = (received: string) =>
      runCli(['time', '--lang', 'en', '--received', received, `${DIR}/calendar-step.yaml`]);
    // Wed 03/02/2027 09:00; Tết 2027 by the Labour Code is off Fri 05/02 – Thu 11/02. s1: 2.5 h to 11:30, 13:00 + 1.5 h.
    // s2: day 1 Thu 04/02, day 2 Fri 05/02, day 3 Sat 06/02 (Tết): the next working day, Fri 12/02 17:00. s3: Mon 15/02
    // 07:30–11:30. The limit, 40 h: Wed 6.5; Thu 04/02 14.5; Fri 12/02 22.5; Mon 15/02 30.5; Tue 16/02 38.5; Wed 17/02
    // 07:30 + 1.5 h = 09:00. Slack: Mon 13:00–17:00 4 h, Tue 8 h, Wed 1.5 h = 13.5 h.
    const tet = await at('03/02/2027 09:00');
    expect([tet.code, tet.stderr]).toEqual([0, '']);
    expect(tet.stdout).toContain(
      '  2  s2    Xác minh     SO    3 calendar days   —      Wed 03/02 14:30  Fri 12/02 17:00\n' +
        '  3  s3    Trả kết quả  XA    0.5 working days  —      Mon 15/02 07:30  Mon 15/02 11:30\n',
    );
    expect(tet.stdout).toContain('Steps done by:       Mon 15/02/2027 11:30, 1.69 working days (13 h 30 min) before');
    expect(tet.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 09:00 on Wednesday 17/02/2027\n');
    // Fri 29/08/2025 09:00; off Sat 30/08 – Tue 02/09. s2: day 1 Sat 30/08, day 2 Sun 31/08, day 3 Mon 01/09 (holiday):
    // Wed 03/09 17:00. s3: Thu 04/09 07:30–11:30. The limit: Fri 6.5; Wed 03/09 14.5; Thu 22.5; Fri 05/09 30.5; Mon
    // 08/09 38.5; Tue 09/09 07:30 + 1.5 h = 09:00.
    const national = await at('29/08/2025 09:00');
    expect([national.code, national.stderr]).toEqual([0, '']);
    expect(national.stdout).toContain(
      '  2  s2    Xác minh     SO    3 calendar days   —      Fri 29/08 14:30  Wed 03/09 17:00\n' +
        '  3  s3    Trả kết quả  XA    0.5 working days  —      Thu 04/09 07:30  Thu 04/09 11:30\n',
    );
    expect(national.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 09:00 on Tuesday 09/09/2025\n');
  });

  it('counts a bare "03 ngày" step in the limit’s unit, as ambiguous-days says, and both readings meet the limit', async () => {
    const result = await time('bare-step.yaml');
    expect([result.code, result.stderr]).toEqual([0, '']);
    // s2, 3 working days = 24 h from Fri 13/02 14:30: 2.5 h on Friday, Tết, Mon 23 → 10.5, Tue 24 → 18.5, Wed 25/02
    // 07:30–11:30 → 22.5, 13:00 + 1.5 h = 14:30. Read as calendar days it would end on Mon 23/02 at 17:00 (above).
    expect(result.stdout).toContain(
      '  2  s2    Xác minh     SO    3 working days    3.5 working days  Fri 13/02 14:30  Wed 25/02 14:30\n',
    );
    // s3: Wed 14:30–17:00 (2.5 h), Thu 26/02 07:30 + 1.5 h = 09:00; the limit as above, Fri 27/02 09:00: within.
    expect(result.stdout).toContain(
      'Total on the critical path: 4 working days (32 h), within the limit with 1 working day (8 h) to spare\n',
    );
    expect(result.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 09:00 on Friday 27/02/2026\n');
    // Both readings within: no sentence on the readings (one is printed where they give different verdicts).
    expect(result.stdout).not.toContain('bare days');
    const lint = await runCli(['lint', '--lang', 'en', `${DIR}/bare-step.yaml`]);
    expect(lint.stdout).toContain(
      '"03 ngày" can mean 3 working days (the unit of the procedure\'s limit, which procmap uses until told) or 3 calendar days (the meaning in law): write "03 ngày làm việc" or "03 ngày lịch"  ambiguous-days',
    );
  });
});
