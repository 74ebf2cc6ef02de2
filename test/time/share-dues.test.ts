import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/time/calendar.js';
import { procedureTime } from '../../src/time/report.js';
import type { Procedure } from '../../src/model/types.js';
import { at, show } from './helpers.js';

const vietnam = createCalendar();

/** A liên thông procedure: UBND xã's steps then Sở Tư pháp's, each [id, duration], under `limit`. */
function lienThong(limit: string, commune: [string, string][], province: [string, string][]): Procedure {
  const step =
    (body: string) =>
    ([id, duration]: [string, string]) => ({ id, name: id, body, duration });
  return {
    id: 'QT-LT',
    title: 'Liên thông thử',
    revision: 1,
    effective: '2026-01-01',
    time_limit: limit,
    bodies: { UBXA: { name: 'Ủy ban nhân dân cấp xã' }, STP: { name: 'Sở Tư pháp' } },
    steps: [...commune.map(step('UBXA')), ...province.map(step('STP'))],
  };
}

/** Each share's end, its steps' end and its verdict, as `time` gives them for a receipt. */
function shares(p: Procedure, received: string) {
  const report = procedureTime({ file: 'a.yaml', procedure: p }, vietnam, { received: at(received) });
  return report.shares?.shares.map(({ agency, due, finish, margin }) => [
    agency,
    show(due),
    finish === undefined ? null : show(finish),
    margin === undefined ? null : margin / 60,
  ]);
}

// Hand-counted on the 2026 days off (Ministry of Home Affairs notice 9441/TB-BNV): Hùng Kings Mon 27/4, 30/4 – 1/5,
// Tết Sat 14/2 – Sun 22/2, National Day Sat 29/8 – Wed 2/9 with Mon 31/8 worked on Sat 22/8; office 07:30–11:30,
// 13:00–17:00. Each share counts from the end of the share before it, the first from the receipt.
describe('shareDues', () => {
  it('dates the commune share past Hùng Kings and 30/4 – 1/5, its 7 days of steps 2 days after it', () => {
    // Fri 24/4 10:00 + 5 working days: Tue 28, Wed 29, Mon 4/5, Tue 5, Wed 6/5 10:00; steps 7 days: Fri 8/5 10:00.
    // Sở Tư pháp's 10 days from Wed 6/5 10:00: Wed 20/5 10:00; its 8 days of steps from Fri 8/5 end then too.
    const p = lienThong(
      '15 ngày làm việc (UBND xã: 05 ngày làm việc; Sở Tư pháp: 10 ngày làm việc)',
      [['s1', '7d']],
      [['s2', '8d']],
    );
    expect(shares(p, '2026-04-24 10:00')).toEqual([
      ['UBND xã', '2026-05-06 10:00', '2026-05-08 10:00', -16],
      ['Sở Tư pháp', '2026-05-20 10:00', '2026-05-20 10:00', 0],
    ]);
  });

  it('dates both shares over Tết, each agency within its own', () => {
    // Fri 13/2 09:00 + 3 working days after Tết: Mon 23, Tue 24, Wed 25/2 09:00, the commune's 3 days end then.
    // Sở Tư pháp's 5 days from Wed 25/2 09:00: Thu 26, Fri 27, Mon 2/3, Tue 3, Wed 4/3 09:00; its 4 days: Tue 3/3.
    const p = lienThong(
      '08 ngày làm việc (UBND xã: 03 ngày làm việc; Sở Tư pháp: 05 ngày làm việc)',
      [
        ['s1', '1d'],
        ['s2', '2d'],
      ],
      [['s3', '4d']],
    );
    expect(shares(p, '2026-02-13 09:00')).toEqual([
      ['UBND xã', '2026-02-25 09:00', '2026-02-25 09:00', 0],
      ['Sở Tư pháp', '2026-03-04 09:00', '2026-03-03 09:00', 8],
    ]);
  });

  it('dates the second share over National Day, the make-up Saturday worked, its steps half a day after it', () => {
    // Fri 21/8 14:00 + 2 working days: Sat 22/8 (made up), Mon 24/8 14:00; 1.5 days of steps: 3 h Fri, 8 h Sat,
    // 1 h Mon: 08:30. Sở Tư pháp's 5 days from Mon 24/8 14:00: Tue 25 – Fri 28, then off to Wed 2/9: Thu 3/9 14:00;
    // its 6 days from Mon 24/8 08:30 end Fri 4/9 08:30, 4 office hours after.
    const p = lienThong(
      '07 ngày làm việc (UBND xã: 02 ngày làm việc; Sở Tư pháp: 05 ngày làm việc)',
      [['s1', '1.5d']],
      [['s2', '6d']],
    );
    expect(shares(p, '2026-08-21 14:00')).toEqual([
      ['UBND xã', '2026-08-24 14:00', '2026-08-24 08:30', 4],
      ['Sở Tư pháp', '2026-09-03 14:00', '2026-09-04 08:30', -4],
    ]);
  });
});
