import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ontimeText } from '../../src/format/ontime-text.js';
import { at, FIXTURES, measureCsv } from './helpers.js';

describe('a return given as a date without a time', () => {
  it('is a return that day: judged by the day, late by whole working days, never before a receipt that day', async () => {
    const csv = readFileSync(join(FIXTURES, 'bare-return.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // Only B-6 and B-7, returned the day before they were received, are refused. B-7's receipt has no time either:
    // its return, any time on 06/01, ends at 24:00, the very midnight its receipt read as, and was counted early.
    expect(report.badRows.listed.map((b) => [b.row, b.reason])).toEqual([
      [7, 'finished-before-received'],
      [8, 'finished-before-received'],
    ]);
    // QT-CT-01 (1 working day): B-1 received Wed 07/01 10:00 is due Thu 08/01 10:00, returned the day of receipt
    // (early) and B-2 the due day (on time); B-4 received on 07/01 with no time is counted by that date, due with the
    // next working day (08/01), so its return on 07/01 is early.
    // QT-HT-02 (5 working days): B-3 is due Tue 13/01 10:00 (Sat 10/01 is a working day), returned Thu 15/01: two
    // working days late. B-5 is due Fri 13/03 09:00, returned Sat 14/03, a day off: still a day late.
    expect(report.totals).toMatchObject({ dossiers: 5, early: 2, on_time: 1, late: 2 });
    expect(report.listed.map((d) => [d.id, d.status, d.due, d.lateHours])).toEqual([
      ['B-3', 'late', at('2026-01-13 10:00'), 16],
      ['B-5', 'late', at('2026-03-13 09:00'), 8],
    ]);
    const text = ontimeText(report, { color: false, lang: 'vi' });
    expect(text).toContain('B-3 QT-HT-02 · quá hạn');
    expect(text).toContain('quá hạn 16 giờ làm việc\n');
  });
});
