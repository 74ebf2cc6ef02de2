import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, evaluateCsv, fixtureProcedures, procedureWithLimit } from './helpers.js';

const disagreements = (csv: string, procedures = fixtureProcedures()) =>
  [...evaluateCsv(readFileSync(join(FIXTURES, csv), 'utf8'), '2026-05-08 09:00', procedures).values()].map((d) => [
    d.id,
    d.vendorDisagrees,
    d.vendorLater,
  ]);

describe("the vendor's appointment against procmap's due moment", () => {
  it('is compared by date for a limit in whole days, which runs to 24:00 of its due day', () => {
    // QT-HT-02 (5 working days): V-1 is due Thu 26/02 16:00 and V-2, V-4 to V-6 Fri 27/02 09:00; QT-MT-01 (30 calendar
    // days) from 31/03 is due Mon 04/05 17:00. An appointment at another hour of the due day (17:00, 23:59, 08:00)
    // hides no late dossier and flags none on time; one on another day (26/02, 02/03) still differs.
    expect(disagreements('vendor-same-day.csv')).toEqual([
      ['V-1', false, false],
      ['V-2', false, false],
      ['V-3', false, false],
      ['V-4', false, false],
      ['V-5', true, false],
      ['V-6', true, true],
    ]);
  });

  it('is compared by minute for a limit in a part of a day, judged by its due moment', () => {
    // Half a working day from Mon 13/04 08:00 is due 13:30: an appointment at 16:00 would call a return at 15:00 on time.
    const procedures = [...fixtureProcedures(), procedureWithLimit('QT-NUA-01', 'nửa ngày làm việc')];
    expect(disagreements('vendor-part-day.csv', procedures)).toEqual([
      ['N-1', true, true],
      ['N-2', false, false],
    ]);
  });
});
