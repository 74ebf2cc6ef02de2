import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, measureCsv } from './helpers.js';

// A date the software has not set ("0000-00-00 00:00:00", "NULL", "01/01/1900", "01/01/0001", "0") in a pause's
// cells means no date, as it does in a result's, an appointment's and a receipt's: no pause, or a pause not ended.
describe('a date the software has not set in a pause', () => {
  it('in the columns of a pause’s start and end: no pause, or one still running, or an end alone', async () => {
    const csv = readFileSync(join(FIXTURES, 'pause-unset-columns.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // 1.000894 (QT-HT-02), 5 working days from Mon 02/03 09:00: due Mon 09/03 09:00 (6.5 h that day, 8 h on each of
    // Tue 03 to Fri 06, 1.5 h on Mon 09). U1: no pause, result Fri 06/03: early. U2, U5: no pause, result Tue 10/03:
    // late. U3: paused from Wed 04/03 09:00, its end not set: still running at the result Fri 06/03, early as without
    // the pause. U4: an end without its start. Before, each of U1–U5 was set aside, its dates "not a date".
    expect(report.totals).toMatchObject({ dossiers: 4, early: 2, late: 2 });
    expect(report.badRows.listed.map((row) => [row.row, row.reason])).toEqual([[5, 'pause-column-end-only']]);
  });

  it('in a pauses cell: no pause, or a pause still running', async () => {
    const csv = readFileSync(join(FIXTURES, 'pause-unset-cell.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // Due Mon 09/03 09:00, as above. V1: no pause, result Fri 06/03: early. V2, V4: no pause, result Tue 10/03: late.
    // V3: paused from Wed 04/03 09:00, its end not set: early, as U3.
    expect(report.totals).toMatchObject({ dossiers: 4, early: 2, late: 2 });
    expect(report.badRows.listed).toEqual([]);
  });
});
