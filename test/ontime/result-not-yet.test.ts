import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, measureCsv } from './helpers.js';

describe('a result column that says the result is not given yet', () => {
  it('reads "Chưa có", "Chưa có kết quả", "Chưa trả KQ" and "Đang xử lý" as no result: the dossier is open', async () => {
    const csv = readFileSync(join(FIXTURES, 'result-not-yet.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // QT-HT-02, 5 working days from Mon 02/03 09:00: due Mon 09/03 09:00 (6.5 h that day, 8 h on each of Tue 03 to
    // Fri 06, 1.5 h on Mon 09); open on 31/03, F1–F4 are overdue. F5's result was handed over on Fri 06/03 (its ready
    // day not given): early. F6 says something else, not a date: listed, as before.
    expect(report.totals).toMatchObject({ dossiers: 5, open_overdue: 4, early: 1 });
    expect(report.badRows.listed.map((row) => [row.row, row.reason, row.value])).toEqual([
      [7, 'bad-finished', 'Sắp có'],
    ]);
  });
});
