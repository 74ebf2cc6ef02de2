import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ontimeText } from '../../src/format/ontime-text.js';
import { at, FIXTURES, fixtureProcedures, measureCsv, procedureWithLimit } from './helpers.js';

describe('a return after the due hour', () => {
  it('is on time on the due day of a limit in days, late only by office time past the due moment, never by 0', async () => {
    const csv = readFileSync(join(FIXTURES, 'due-day.csv'), 'utf8');
    const procedures = [...fixtureProcedures(), procedureWithLimit('QT-GIO-01', '4 giờ làm việc')];
    // The returns as of after the last of them (an export holds no later one), E-6 open as of Tue 31/03 17:00, its
    // due day.
    const [header, ...rows] = csv.trimEnd().split('\n');
    const returned = [header, ...rows.filter((row) => !row.startsWith('E-6,'))].join('\n');
    const { report } = await measureCsv(returned, '2026-04-02 09:00', {}, procedures);
    const open = [header, ...rows.filter((row) => row.startsWith('E-6,'))].join('\n');
    const { report: openReport } = await measureCsv(open, '2026-03-31 17:00', {}, procedures);
    // E-1 (1 working day) due Wed 11/03 09:00, returned 17:30 that day; E-2 (30 calendar days) due Wed 01/04 17:00,
    // returned 19:30 that day: the period ends at 24:00 of its last day. E-3 (4 working hours) due Tue 10/03 11:30,
    // returned 13:00 with the office closed for lunch between: no office time lost. E-6, open, is due today 09:00.
    expect(report.totals).toMatchObject({ dossiers: 5, on_time: 3, late: 2 });
    expect(openReport.totals).toMatchObject({ dossiers: 1, open_in_time: 1, open_overdue: 0 });
    // E-5 returned Thu 12/03 08:00: the office time from Wed 11/03 09:00 (6,5 h) and Thu 07:30–08:00. E-4 returned
    // 13:40 against 11:30: 40 minutes of office time.
    expect(report.listed.map((d) => [d.id, d.status, d.due, d.lateHours])).toEqual([
      ['E-5', 'late', at('2026-03-11 09:00'), 7],
      ['E-4', 'late', at('2026-03-10 11:30'), 0.67],
    ]);
    const vi = ontimeText(report, { color: false, lang: 'vi' });
    expect(vi).toContain('T3 10/03/2026 13:40 · quá hạn 40 phút làm việc\n');
    expect(ontimeText(report, { color: false, lang: 'en' })).toContain(
      'Tue 10/03/2026 13:40 · late by 40 working minutes\n',
    );
  });
});
