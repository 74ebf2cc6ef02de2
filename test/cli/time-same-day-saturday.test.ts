import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A same-day limit received after closing in an office that serves on Saturday mornings: the appointment is the next
// working day's close (Decree 23/2015/NĐ-CP, Art. 7: the working day after), so the plan must start that day too. The
// start line and every step were put on the Saturday morning while the appointment said Monday.
const FILE = 'test/fixtures/time/same-day-saturday/chung-thuc-chu-ky.yaml';
const SATURDAY = 'test/fixtures/time/lich-sang-thu-bay.yaml';

interface Timed {
  start: string;
  start_reason: string | null;
  finish: string;
  due: string;
  steps: { id: string; start: string; due: string }[];
}

async function timed(received: string, lang: 'vi' | 'en' = 'en') {
  return runCli(['time', FILE, '--calendar', SATURDAY, '--received', received, '--lang', lang, '--format', 'json']);
}

describe('procmap time: a same-day limit received after closing before a Saturday morning', () => {
  it('plans the steps on the working day the appointment is on, not on the Saturday', async () => {
    // Fri 04/12/2026 17:30, after the 16:30 close; Sat 05/12 opens 07:30–10:30 but is no working day; Sun 06/12 off.
    // Counting starts Mon 07/12 07:30: 0.5 h + 1 h + 0.5 h end 09:30; due at Monday's close, 16:30.
    const result = await timed('04/12/2026 17:30');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const p = (JSON.parse(result.stdout) as { procedures: Timed[] }).procedures[0]!;
    expect(p.due).toBe('2026-12-07T16:30');
    expect(p.start).toBe('2026-12-07T07:30');
    expect(p.start_reason).toBe('closed');
    expect(p.steps.map((s) => [s.id, s.start, s.due])).toEqual([
      ['receive', '2026-12-07T07:30', '2026-12-07T08:00'],
      ['sign', '2026-12-07T08:00', '2026-12-07T09:00'],
      ['return', '2026-12-07T09:00', '2026-12-07T09:30'],
    ]);
    expect(p.finish).toBe('2026-12-07T09:30');
  });

  it('says so in the start line, in Vietnamese and English', async () => {
    const vi = await runCli(['time', FILE, '--calendar', SATURDAY, '--received', '04/12/2026 17:30', '--lang', 'vi']);
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(
      'Bắt đầu tính:           T2 07/12/2026 07:30 (nhận ngoài giờ làm việc: thời hạn trong ngày tính từ ngày làm việc tiếp theo)\n',
    );
    expect(vi.stdout).toContain('HẸN TRẢ KẾT QUẢ: 16 giờ 30 phút, thứ Hai, ngày 07/12/2026\n');
    const en = await runCli(['time', FILE, '--calendar', SATURDAY, '--received', '04/12/2026 17:30', '--lang', 'en']);
    expect(en.stderr).toBe('');
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(
      /Mon 07\/12\/2026 07:30 \(received outside office hours: a same-day limit counts from the next working day\)\n/,
    );
  });

  it('keeps a receipt during the Saturday morning on that Saturday', async () => {
    // Sat 05/12/2026 09:00, the office open: counting starts then, and a same-day limit ends at the close of the day
    // of receipt, Sat 10:30 (the office served the applicant that day: the earlier, safe appointment).
    const p = (JSON.parse((await timed('05/12/2026 09:00')).stdout) as { procedures: Timed[] }).procedures[0]!;
    expect(p.start).toBe('2026-12-05T09:00');
    expect(p.start_reason).toBeNull();
    expect(p.due).toBe('2026-12-05T10:30');
  });
});
