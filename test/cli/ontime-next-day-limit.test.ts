import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/next-day-limit: received Fri 04/12/2026 10:00.
// "Trong ngày làm việc tiếp theo", due at the close of Monday 07/12 (17:00): A-1 returned Mon 16:30, on
//   time; A-2 Tue 09:00, late by 1 h 30 min (Tuesday 07:30–09:00).
// M-1, M-2: "Buổi sáng ngày làm việc tiếp theo", due at 11:30 on Monday: M-1 returned 11:00, on time; M-2 14:00, late
//   by 1 h (the lunch break 11:30–13:00 is not counted).
const DIR = 'test/fixtures/ontime/next-day-limit';
const RUN = ['ontime', `${DIR}/dossiers.csv`, '--catalog', `${DIR}/catalog`, '--as-of', '2026-12-10'];

describe('procmap ontime, the next-day limit', () => {
  it('is due at the close, or the morning, of the working day after receipt', async () => {
    const json = await runCli([...RUN, '--format', 'json']);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(json.stdout);
    expect(report.totals).toMatchObject({ finished: 4, on_time: 2, late: 2 });
    expect(report.dossiers).toEqual([
      expect.objectContaining({ id: 'A-2', status: 'late', lateHours: 1.5, due: '2026-12-07T17:00' }),
      expect.objectContaining({ id: 'M-2', status: 'late', lateHours: 1, due: '2026-12-07T11:30' }),
    ]);
  });

  it('says so in the text report', async () => {
    const text = await runCli([...RUN, '--lang', 'vi']);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toContain('Đã giải quyết: 4 (trước hạn 0, đúng hạn 2, quá hạn 2)\n');
    expect(text.stdout).toContain(
      'M-2 QT-ND-02 · quá hạn · tiếp nhận T6 04/12/2026 10:00 · hạn theo quy định T2 07/12/2026 11:30 · có kết quả T2 07/12/2026 14:00 · quá hạn 1 giờ làm việc\n',
    );
  });
});
