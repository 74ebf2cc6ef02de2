import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, FIXTURES, fixtureProcedures, measureCsv, procedureWithLimit } from './helpers.js';

describe('a pause that starts on the due day', () => {
  it('moves the due moment while the verdict would still say in time, and only then', async () => {
    const csv = readFileSync(join(FIXTURES, 'pause-due-day.csv'), 'utf8');
    const procedures = [...fixtureProcedures(), procedureWithLimit('QT-GIO-01', '4 giờ làm việc')];
    const { report } = await measureCsv(csv, '2026-04-30 17:00', {}, procedures);
    // QT-HT-02 (5 working days) received Mon 06/04 08:00 is due Mon 13/04 08:00 and, a limit in whole days, in time
    // all that day: paused three working days from 07:59 (P-1) or from 08:01 (P-2), it is due Thu 16/04 08:00 and on
    // time at 11:00. P-3, paused from the next day, was already late: its pause moves nothing. QT-GIO-01 (4 working
    // hours) received Mon 13/04 13:00 is due 17:00: paused from 17:30 that evening, no office time lost yet (P-4), it
    // has no office time left; its result came during the pause, on Tue 16:00, and the part of the pause after the result
    // does not count (the clock stops only while waiting before the result, QĐ 766/QĐ-TTg): the clock stood still until
    // the result, which is on time, not early by the hour of a pause that never delayed it; paused from Tue 07:45 (P-5),
    // a quarter of an hour late already, it stays due Mon 17:00.
    expect(report.totals).toMatchObject({ dossiers: 5, early: 0, on_time: 3, late: 2 });
    const listed = report.listed.map((d) => [d.id, d.status, d.due, d.lateHours]);
    expect(listed.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['P-3', 'late', at('2026-04-13 08:00'), 27],
      // Listed for its pause recorded past the result, to be checked.
      ['P-4', 'on_time', at('2026-04-14 16:00'), 0],
      ['P-5', 'late', at('2026-04-13 17:00'), 15],
    ]);
  });
});
