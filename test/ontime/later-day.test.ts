import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ontimeText } from '../../src/format/ontime-text.js';
import { at, FIXTURES, fixtureProcedures, measureCsv, procedureWithLimit } from './helpers.js';

describe('a return on a day after the due day', () => {
  it('is late even before the office opens again: by the office time after the due moment, at least a minute', async () => {
    const csv = readFileSync(join(FIXTURES, 'later-day.csv'), 'utf8');
    const procedures = [
      ...fixtureProcedures(),
      procedureWithLimit('QT-GIO-01', '4 giờ làm việc'),
      procedureWithLimit('QT-NGAY-01', 'trong ngày'),
    ];
    // The returns as of after the last of them (an export holds no later one); L-8 open as of Sat 18/04/2026 10:00:
    // ("trong ngày", received Fri 17/04 10:00) it was due Fri 17:00, and no office time has passed since.
    const [header, ...rows] = csv.trimEnd().split('\n');
    const returned = [header, ...rows.filter((row) => !row.startsWith('L-8,'))].join('\n');
    const open = [header, ...rows.filter((row) => row.startsWith('L-8,'))].join('\n');
    const { report } = await measureCsv(returned, '2026-05-04 09:00', {}, procedures);
    const { report: openReport } = await measureCsv(open, '2026-04-18 10:00', {}, procedures);
    // Returned before the office opened again: L-1 (5 working days) due Fri 17/04 17:00, returned Saturday; L-2 (1
    // working day, received after the 15:00 cutoff) due Fri 17/04 17:00, returned Mon 20/04 07:00; L-3 (the same day)
    // returned on 30/04, a day off; L-4 (30 calendar days) due Mon 16/03, returned Tue 17/03 07:15; L-6 (4 working
    // hours) due Mon 13/04 17:00, returned Tue 07:00. L-7 is late by the office time after the due moment. L-5,
    // returned that evening, lost no office time on its due day.
    expect(report.totals).toMatchObject({ dossiers: 7, on_time: 1, late: 6 });
    expect(openReport.totals).toMatchObject({ dossiers: 1, open_in_time: 0, open_overdue: 1 });
    const minute = 0.02;
    const listed = [...report.listed, ...openReport.listed].map((d) => [d.id, d.status, d.due, d.lateHours]);
    expect(listed.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['L-1', 'late', at('2026-04-17 17:00'), minute],
      ['L-2', 'late', at('2026-04-17 17:00'), minute],
      ['L-3', 'late', at('2026-04-29 17:00'), minute],
      ['L-4', 'late', at('2026-03-16 17:00'), minute],
      ['L-6', 'late', at('2026-04-13 17:00'), minute],
      ['L-7', 'late', at('2026-04-17 17:00'), 0.5],
      ['L-8', 'open_overdue', at('2026-04-17 17:00'), minute],
    ]);
    // A minute late reads as one, not "0,02 giờ", which reads as nothing.
    expect(ontimeText(report, { color: false, lang: 'en' })).toContain(
      'Sat 18/04/2026 10:00 · late by 1 working minute\n',
    );
    expect(ontimeText(report, { color: false, lang: 'vi' })).toContain(
      'T7 18/04/2026 10:00 · quá hạn 1 phút làm việc\n',
    );
  });
});
