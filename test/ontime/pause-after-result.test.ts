import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, evaluateCsv, FIXTURES, measureCsv } from './helpers.js';

// QT-HT-02 (5 working days) received Mon 07/12/2026 09:00 is due Mon 14/12 09:00. The clock stops only while the
// office waits for the applicant before the result (QĐ 766/QĐ-TTg): the part of a pause after the result does not count.
const CSV = readFileSync(join(FIXTURES, 'pause-after-result.csv'), 'utf8');

describe('a pause recorded after the result', () => {
  const results = evaluateCsv(CSV, '2026-12-20 12:00');
  const measured = (id: string) => {
    const r = results.get(id)!;
    return [r.due, r.status, r.savedMinutes, r.pauseAfterResult];
  };

  it('moves nothing, however long after the result it starts, and is flagged', () => {
    expect(measured('F-0')).toEqual([at('2026-12-14 09:00'), 'on_time', 0, false]);
    // From 16:30 on the day of the 10:00 result: on time as without it, not early by the pause's hours.
    expect(measured('F-1')).toEqual([at('2026-12-14 09:00'), 'on_time', 0, true]);
    // Result Fri 11/12 10:00, pause from 16:30: saved 7 h (11/12 10:00–17:00 less lunch 5.5 h, 14/12 07:30–09:00).
    expect(measured('F-2')).toEqual([at('2026-12-14 09:00'), 'early', 7 * 60, true]);
    // On a later day: as before, nothing moves.
    expect(measured('F-3')).toEqual([at('2026-12-14 09:00'), 'on_time', 0, true]);
  });

  it('counts a pause that started before the result up to the result only', () => {
    // Paused Thu 10/12 08:00, result Fri 11/12 10:00 during the pause: 17 office hours were left at the pause
    // (10/12 7.5 h, 11/12 8 h, 14/12 1.5 h); the clock runs them from the result: 11/12 5.5 h, 14/12 8 h, 15/12 3.5 h,
    // due Tue 15/12 11:00 (the whole pause to 16/12 gave Thu 17/12), and the 17 h are the time saved.
    expect(measured('F-4')).toEqual([at('2026-12-15 11:00'), 'early', 17 * 60, true]);
  });

  it('lists the dossier to be checked, saying why', async () => {
    const { report } = await measureCsv(CSV, '2026-12-20 12:00');
    expect(report.totals).toMatchObject({ early: 2, on_time: 3, late: 0 });
    expect(report.listed.map((d) => [d.id, d.pauseAfterResult]).sort()).toEqual([
      ['F-1', true],
      ['F-2', true],
      ['F-3', true],
      ['F-4', true],
    ]);
  });
});
