import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, measureCsv } from './helpers.js';

describe('a pauses column ("Yêu cầu bổ sung") that says a dossier was never paused', () => {
  it('measures "Không", "Không có", "-", "0" and "0 ngày" as no pause, and still sets aside what may tick one', async () => {
    const csv = readFileSync(join(FIXTURES, 'pause-none-words.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // QT-HT-02, 5 working days from Mon 02/03 09:00: due Mon 09/03 09:00 (6.5 h that day, 8 h on each of Tue 03 to
    // Fri 06, 1.5 h on Mon 09). Results on Fri 06/03 are early; Y9's, on Tue 10/03 with no pause, is late.
    expect(report.totals).toMatchObject({ dossiers: 6, early: 5, late: 1 });
    // "Có" and "x" say a pause without its moments, "1" a number of days: not measured, as before.
    expect(report.badRows.listed.map((row) => [row.row, row.reason, row.value])).toEqual([
      [3, 'bad-pause', 'Có'],
      [5, 'pause-days', '1'],
      [6, 'bad-pause', 'x'],
    ]);
  });

  it('reads "Không" or "-" in the column of a pause’s start or end as an empty cell', async () => {
    const csv = readFileSync(join(FIXTURES, 'pause-none-columns.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // Due Mon 09/03 09:00 unpaused, as above. K1, K2: no pause, early. K3: paused from Wed 04/03 09:00 without an end,
    // its result Fri 06/03 on time without the pause, so with it: early. K4: an end without its start, as an empty
    // start column says. K5: a start that is no date, as before.
    expect(report.totals).toMatchObject({ dossiers: 3, early: 3 });
    expect(report.badRows.listed.map((row) => [row.row, row.reason, row.value])).toEqual([
      [5, 'pause-column-end-only', '11/03/2026 09:00'],
      [6, 'bad-pause-column', 'hôm qua'],
    ]);
  });
});
