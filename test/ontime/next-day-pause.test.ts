import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, evaluateCsv, FIXTURES, fixtureProcedures, procedureWithLimit } from './helpers.js';

// Office hours 07:30–11:30 and 13:00–17:00. Both procedures have chung-thuc.yaml's cutoff of 15:00, which a next-day
// limit does not heed: it runs from the receipt itself, so a pause on the afternoon of receipt, after the cutoff, is
// paused working time that moves the due moment.
describe('a pause under a next-day limit, received after the cutoff', () => {
  const procedures = [
    ...fixtureProcedures(),
    procedureWithLimit('QT-ND-11', 'Trong ngày làm việc tiếp theo'),
    procedureWithLimit('QT-ND-12', 'Buổi sáng ngày làm việc tiếp theo'),
  ];
  const csv = readFileSync(join(FIXTURES, 'next-day-pause.csv'), 'utf8');
  const results = evaluateCsv(csv, '2026-12-10 17:00', procedures);
  const of = (id: string) => {
    const r = results.get(id)!;
    return { start: r.start, due: r.due, paused: r.pausedMinutes, status: r.status, late: r.lateMinutes };
  };

  it('counts from the receipt, not from the next working day', () => {
    // No pause: due at the close of Mon 07/12; counted from Fri 16:00 (used: Fri 16:00–17:00 60 + Mon 480 + Tue
    // 07:30–08:00 30 = 570 min), a result on Tue 08:00 is late by 30 min.
    expect(of('N-1')).toEqual({
      start: at('2026-12-04 16:00'),
      due: at('2026-12-07 17:00'),
      paused: 0,
      status: 'late',
      late: 30,
    });
    expect(results.get('N-1')!.usedMinutes).toBe(570);
  });

  it('moves the due moment by the paused working time over a weekend', () => {
    // W-1 paused Fri 04/12 16:00–17:00: 60 min, so due Mon 07/12 17:00 + 60 min = Tue 08/12 08:30. Returned Wed 09/12
    // 08:00: late by Tue 08:30–11:30 (180) + 13:00–17:00 (240) + Wed 07:30–08:00 (30) = 450 min.
    expect(of('W-1')).toEqual({
      start: at('2026-12-04 16:00'),
      due: at('2026-12-08 08:30'),
      paused: 60,
      status: 'late',
      late: 450,
    });
    // W-2 paused Fri 16:00 to Mon 07/12 08:30: Fri 16:00–17:00 (60) + Mon 07:30–08:30 (60) = 120 min, so due Mon 17:00
    // + 120 min = Tue 08/12 09:30. Returned Tue 09:00: on time.
    expect(of('W-2')).toEqual({
      start: at('2026-12-04 16:00'),
      due: at('2026-12-08 09:30'),
      paused: 120,
      status: 'on_time',
      late: 0,
    });
  });

  it('moves it over the holidays of 2026', () => {
    // K-1 received Fri 24/04 16:00: Mon 27/04 is off (Hùng Kings), so the next working day is Tue 28/04, due 17:00;
    // paused Fri 16:00–17:00 (60 min): due Wed 29/04 08:30. Returned Wed 10:00, on the due day: on time.
    expect(of('K-1')).toEqual({
      start: at('2026-04-24 16:00'),
      due: at('2026-04-29 08:30'),
      paused: 60,
      status: 'on_time',
      late: 0,
    });
    // H-1 received Tue 28/04 16:00, due Wed 29/04 17:00; paused Tue 16:00–17:00 (60) + Wed 07:30–09:00 (90) = 150 min.
    // Thu 30/04 and Fri 01/05 are holidays, then the weekend: due Mon 04/05 07:30 + 150 min = 10:00.
    expect(of('H-1')).toEqual({
      start: at('2026-04-28 16:00'),
      due: at('2026-05-04 10:00'),
      paused: 150,
      status: 'on_time',
      late: 0,
    });
  });

  it('moves the morning of the next working day', () => {
    // S-1 received Fri 04/12 16:00, due at the close of Monday's morning, 11:30; paused Fri 16:00–17:00 (60) + Mon
    // 07:30–08:00 (30) = 90 min: due Mon 13:00 + 90 min = 14:30 (the lunch break is not counted). Returned 14:00: on
    // time, ahead of the named hour by half an hour.
    expect(of('S-1')).toEqual({
      start: at('2026-12-04 16:00'),
      due: at('2026-12-07 14:30'),
      paused: 90,
      status: 'on_time',
      late: 0,
    });
  });
});
