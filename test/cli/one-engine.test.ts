import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// One engine: the appointment `procmap time --received` prints and the due date `procmap ontime` measures a dossier
// against are the same moment, and the one counted by hand, for receipts across the year boundary 2026→2027 (2027 not
// announced, counted from the Labour Code), Tết 2026, Hùng Kings 2026 and the make-up Saturday 22/8/2026.
// test/fixtures/time/one-engine: ho-so.csv holds these dossiers, each returned at its hand-counted due moment, and
// each again (`-muon`) returned the day after it at 08:00.
const DIR = `${ROOT}/test/fixtures/time/one-engine`;
const FILES = {
  'QT-STP-LLTP-01': 'cap-phieu-ly-lich-tu-phap.yaml',
  '2.000815': 'chung-thuc-ban-sao.yaml',
  'QT-THANG-01': 'mot-thang.yaml',
} as const;

type Row = [id: string, procedure: keyof typeof FILES, received: string, due: string];
const ROWS: Row[] = [
  // 10 working days from Thu 31/12/2026 16:00: Fri 1/1/2027 off (Labour Code); Mon 4/1 (1), Tue 5 (2), Wed 6 (3), Thu 7
  // (4), Fri 8 (5), Mon 11 (6), Tue 12 (7), Wed 13 (8), Thu 14 (9), Fri 15/1 (10) at 16:00.
  ['L1', 'QT-STP-LLTP-01', '2026-12-31T16:00', '2027-01-15T16:00'],
  // From Fri 13/2/2026 09:00: Tết 14–22/2; Mon 23 (1) … Fri 27 (5), Mon 2/3 (6) … Fri 6/3 (10) at 09:00.
  ['L2', 'QT-STP-LLTP-01', '2026-02-13T09:00', '2026-03-06T09:00'],
  // From Fri 21/8/2026 16:00: Sat 22/8 made up (1), Mon 24 – Fri 28 (6), off 29/8 – 2/9, Thu 3/9 (7), Fri 4 (8), Mon 7
  // (9), Tue 8/9 (10) at 16:00.
  ['L3', 'QT-STP-LLTP-01', '2026-08-21T16:00', '2026-09-08T16:00'],
  // Same day, cutoff 15:00: after it on Thu 31/12/2026, Fri 1/1/2027 off and the weekend: Mon 4/1 at closing.
  ['C1', '2.000815', '2026-12-31T15:30', '2027-01-04T17:00'],
  // After it on the make-up Sat 22/8/2026: Mon 24/8.
  ['C2', '2.000815', '2026-08-22T16:00', '2026-08-24T17:00'],
  // After it on Fri 24/4/2026: Mon 27/4 in lieu of Hùng Kings (Sun 26/4): Tue 28/4.
  ['C3', '2.000815', '2026-04-24T15:01', '2026-04-28T17:00'],
  // One month from Tue 31/3/2026: 30/4 (no 31st), a holiday, then 1/5 and the weekend: Mon 4/5.
  ['M1', 'QT-THANG-01', '2026-03-31T10:00', '2026-05-04T17:00'],
  // From Wed 30/12/2026: Sat 30/1/2027: Mon 1/2.
  ['M2', 'QT-THANG-01', '2026-12-30T10:00', '2027-02-01T17:00'],
  // From Sat 17/1/2026: Tue 17/2, the lunar new year, in the break to Sun 22/2: Mon 23/2.
  ['M3', 'QT-THANG-01', '2026-01-17T10:00', '2026-02-23T17:00'],
];

describe('time and ontime give the same, hand-counted due moment', () => {
  it('ontime measures each dossier against it', async () => {
    const result = await runCli([
      'ontime',
      `${DIR}/ho-so.csv`,
      '--catalog',
      `${DIR}/catalog`,
      '--as-of',
      '28/02/2027',
      '--format',
      'json',
    ]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(result.stdout) as {
      totals: { on_time: number; late: number; early: number };
      dossiers: { id: string; due: string; status: string }[];
      holiday_rule_years: number[];
    };
    // Each dossier returned at its due moment is on time (not listed); its twin returned the next day at 08:00 is
    // late, and listed with the due moment it was measured against.
    expect(report.totals).toMatchObject({ on_time: ROWS.length, late: ROWS.length, early: 0 });
    const dues = Object.fromEntries(report.dossiers.map(({ id, due, status }) => [id, [due, status]]));
    expect(dues).toEqual(Object.fromEntries(ROWS.map(([id, , , due]) => [`${id}-muon`, [due, 'late']])));
    // And the report says that 2027 was counted from the law, not announced.
    expect(report.holiday_rule_years).toEqual([2027]);
  });

  it.each(ROWS)('time: %s (%s) received %s is due %s', async (_id, procedure, received, due) => {
    const result = await runCli([
      'time',
      '--format',
      'json',
      '--received',
      received,
      `${DIR}/catalog/${FILES[procedure]}`,
    ]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const [report] = (JSON.parse(result.stdout) as { procedures: { due: string; holiday_rule_years: number[] }[] })
      .procedures;
    expect(report!.due).toBe(due);
    expect(report!.holiday_rule_years).toEqual(due.startsWith('2027') ? [2027] : []);
  });
});
