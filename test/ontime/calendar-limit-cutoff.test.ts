import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, evaluateCsv, FIXTURES, fixtureProcedures, procedureWithLimit } from './helpers.js';

// Office hours 07:30–11:30 and 13:00–17:00. Every procedure has chung-thuc.yaml's cutoff of 15:00. A limit in calendar
// days or months counts from the day of receipt whatever the hour (Civil Code Art. 147–148): the cutoff moves neither
// its due date nor where the time the dossier waited starts, the receipt itself. A limit in working days is counted
// from the next working day after the cutoff, as the law's count is.
describe('a limit in calendar days or months, received after the cutoff', () => {
  const procedures = [
    ...fixtureProcedures(),
    procedureWithLimit('QT-CL-11', '05 ngày lịch'),
    procedureWithLimit('QT-CL-12', '01 tháng'),
  ];
  const csv = readFileSync(join(FIXTURES, 'calendar-limit-cutoff.csv'), 'utf8');
  const results = evaluateCsv(csv, '2026-12-10 17:00', procedures);
  const of = (id: string) => {
    const r = results.get(id)!;
    return { start: r.start, due: r.due, used: r.usedMinutes, paused: r.pausedMinutes, status: r.status };
  };

  it('counts the time used from the receipt, the due date from the day after it', () => {
    // C-1 received Fri 04/12 16:00: 5 calendar days from Sat 05/12 end Wed 09/12, due at its
    // close (17:00). Returned Mon 07/12 08:30:
    // used Fri 16:00–17:00 (60) + Mon 07:30–08:30 (60) = 120 min.
    expect(of('C-1')).toEqual({
      start: at('2026-12-04 16:00'),
      due: at('2026-12-09 17:00'),
      used: 120,
      paused: 0,
      status: 'early',
    });
    // M-1: one month from Fri 04/12 ends on Mon 04/01/2027, due at its close (17:00); used as C-1, 120 min.
    expect(of('M-1')).toEqual({
      start: at('2026-12-04 16:00'),
      due: at('2027-01-04 17:00'),
      used: 120,
      paused: 0,
      status: 'early',
    });
  });

  it('counts a pause on the afternoon of receipt as paused', () => {
    // C-2 paused Fri 16:00–17:00: 60 min paused, 120 − 60 = 60 min used.
    expect(of('C-2')).toMatchObject({ start: at('2026-12-04 16:00'), used: 60, paused: 60 });
  });

  it('still counts a limit in working days from the next working day', () => {
    // W-1 (1 working day) received Fri 16:00, after the cutoff: counted from Mon 07:30, due Mon 17:00 (8 h); used Mon
    // 07:30–08:30 = 60 min.
    expect(of('W-1')).toEqual({
      start: at('2026-12-07 07:30'),
      due: at('2026-12-07 17:00'),
      used: 60,
      paused: 0,
      status: 'on_time',
    });
  });
});
