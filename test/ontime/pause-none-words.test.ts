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
});
