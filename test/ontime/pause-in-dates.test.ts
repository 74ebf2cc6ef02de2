import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, evaluateCsv, FIXTURES, fixtureProcedures, procedureWithLimit } from './helpers.js';

// A pause in a limit of calendar days or months shifts the period by the days paused, counted in dates as the Civil
// Code counts the period (Art. 147–148): the days used before the pause count from the day after the receipt, the days
// from the pause's first day to the day before it ends do not count, the days left run on from the day it ends, and only
// the final last day moves off a day off (to the next working day, Art. 148(2)). The due moment is the close of that day
// (17:00); a limit in whole days is in time until 24:00 of it.
const CSV = readFileSync(join(FIXTURES, 'pause-in-dates.csv'), 'utf8');
const procedures = [
  ...fixtureProcedures(),
  procedureWithLimit('QT-NL-15', '15 ngày lịch'),
  procedureWithLimit('QT-TH-01', '01 tháng'),
];

describe('a pause in a limit of calendar days or months', () => {
  const results = evaluateCsv(CSV, '2027-03-01 10:00', procedures);
  const dueAndStatus = (id: string) => {
    const result = results.get(id)!;
    return [result.due, result.status];
  };

  it('shifts the period by the days paused, and moves only the final last day off a day off', () => {
    // Received Fri 13/11/2026: 15 days count 14/11–28/11; Sat 28/11 moves to Mon 30/11.
    expect(dueAndStatus('D-0')).toEqual([at('2026-11-30 17:00'), 'on_time']);
    // Paused Mon 16/11 08:00 – Fri 20/11 08:00: 14–15/11 used (2 days), 16–19/11 not counted, the 13 days left run
    // 20/11–02/12, Wed 02/12, a working day. Carrying the office time left over to the Monday gave Fri 04/12 (with the
    // weekend the unpaused period was extended over): a result on 04/12 is 2 days late.
    expect(dueAndStatus('D-1')).toEqual([at('2026-12-02 17:00'), 'late']);
    expect(dueAndStatus('D-2')).toEqual([at('2026-12-02 17:00'), 'on_time']);
  });

  it('does not count the days of a pause across a weekend', () => {
    // Received Mon 02/11/2026; paused Fri 06/11 15:00 – Mon 09/11 08:00: 03–05/11 used (3 days), 06–08/11 not
    // counted, the 12 days left run 09/11–20/11, Fri 20/11.
    expect(dueAndStatus('W-1')).toEqual([at('2026-11-20 17:00'), 'on_time']);
    expect(dueAndStatus('W-2')).toEqual([at('2026-11-20 17:00'), 'late']);
  });

  it('does not count the days of a pause across Tết 2027, and moves a last day that falls in Tết past it', () => {
    // Tết 2027 (rule-computed): off Fri 05/02 – Thu 11/02. Received Mon 01/02/2027; paused Thu 04/02 10:00 – Fri 12/02
    // 08:00: 02–03/02 used (2 days), 04–11/02 not counted, the 13 days left run 12/02–24/02, Wed 24/02.
    expect(dueAndStatus('T-1')).toEqual([at('2027-02-24 17:00'), 'on_time']);
    expect(dueAndStatus('T-2')).toEqual([at('2027-02-24 17:00'), 'late']);
    // Received Mon 18/01/2027; paused Wed 20/01 08:00 – Mon 25/01 08:00: 19/01 used (1 day), 20–24/01 not counted,
    // the 14 days left run 25/01–07/02, Sun 07/02 in Tết: the period ends on the next working day, Fri 12/02.
    expect(dueAndStatus('T-3')).toEqual([at('2027-02-12 17:00'), 'on_time']);
  });

  it('counts two pauses', () => {
    // Received Fri 13/11/2026; paused 16/11 08:00 – 18/11 08:00 and 23/11 14:00 – 25/11 09:00: 14–15/11 used (2),
    // 16–17/11 not counted, 18–22/11 used (7 in all), 23–24/11 not counted, the 8 days left run 25/11–02/12.
    expect(dueAndStatus('K-1')).toEqual([at('2026-12-02 17:00'), 'on_time']);
    expect(dueAndStatus('K-2')).toEqual([at('2026-12-02 17:00'), 'late']);
  });

  it('leaves a dossier paused in the days off its last day was moved over due on the day the pause ends', () => {
    // Every day used by Sat 28/11, in time until Mon 30/11; paused Sun 29/11 – Wed 02/12 08:00: due Wed 02/12.
    expect(dueAndStatus('E-1')).toEqual([at('2026-12-02 17:00'), 'on_time']);
    // Paused from Tue 01/12, after its due day Mon 30/11: already late, the pause moves nothing.
    expect(dueAndStatus('L-1')).toEqual([at('2026-11-30 17:00'), 'late']);
  });

  it('shifts a period of months by the days paused', () => {
    // Received Mon 02/11/2026: one month ends on the corresponding day, Wed 02/12.
    expect(dueAndStatus('M-0')).toEqual([at('2026-12-02 17:00'), 'late']);
    // Paused 09/11 08:00 – 11/11 08:00: 09–10/11 not counted, the period ends two days later, Fri 04/12.
    expect(dueAndStatus('M-1')).toEqual([at('2026-12-04 17:00'), 'on_time']);
  });
});
