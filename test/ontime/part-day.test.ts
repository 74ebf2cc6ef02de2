import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, FIXTURES, fixtureProcedures, measureCsv, procedureWithLimit } from './helpers.js';

describe('a limit in a part of a day', () => {
  it('is judged by its due moment, as the same time in hours is; only whole days run to 24:00', async () => {
    const csv = readFileSync(join(FIXTURES, 'part-day.csv'), 'utf8');
    const procedures = [
      ...fixtureProcedures(),
      procedureWithLimit('QT-GIO-01', '4 giờ làm việc'),
      procedureWithLimit('QT-NUA-01', 'nửa ngày làm việc'),
      procedureWithLimit('QT-RUOI-01', '1,5 ngày làm việc'),
    ];
    const { report } = await measureCsv(csv, '2026-04-30 17:00', {}, procedures);
    // Received Mon 13/04 08:00: 4 working hours and half a working day are both due 13:30 (lunch skipped), so both
    // returns at 16:30 are 3 hours late; 1,5 working days is due Tue 14/04 13:30. F-4, returned in the lunch break
    // before 13:30, is on time; F-5 (1 working day, due Tue 09:00) runs to 24:00 of its due day.
    expect(report.totals).toMatchObject({ dossiers: 5, on_time: 2, late: 3 });
    const listed = report.listed.map((d) => [d.id, d.status, d.due, d.lateHours]);
    expect(listed.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['F-1', 'late', at('2026-04-13 13:30'), 3],
      ['F-2', 'late', at('2026-04-13 13:30'), 3],
      ['F-3', 'late', at('2026-04-14 13:30'), 3],
    ]);
  });
});
