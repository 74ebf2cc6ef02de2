import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planColumns } from '../../src/ontime/columns.js';
import { FIXTURES, measureCsv } from './helpers.js';

describe('headers written as one word, as JSON services name their fields ("NgayTiepNhan", "maTTHC")', () => {
  it('reads each by its words', async () => {
    const csv = readFileSync(join(FIXTURES, 'joined-word-headers.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // QT-HT-02, 5 working days from Mon 02/03 09:00: due Mon 09/03 09:00 (6.5 h that day, 8 h on each of Tue 03 to
    // Fri 06, 1.5 h on Mon 09). J1's processing ended Fri 06/03, a working day ahead: early, though handed over on Tue
    // 10/03 ("NgayTra"). J2 is withdrawn. The vendor's appointment is compared.
    expect(report.totals).toMatchObject({ dossiers: 1, early: 1, late: 0, vendorDisagreements: 0 });
    expect(report.notSettled).toBe(1);
    expect(report.vendor).toMatchObject({ compared: 1 });
  });

  it('places every field, the handed-over column and the name beside the code; a mapping names a header either way', () => {
    const headers = [
      'MaHoSo',
      'MaTTHC',
      'TenTTHC',
      'NgayTiepNhan',
      'NgayHenTra',
      'NgayKetThucXuLy',
      'NgayTra',
      'DonViXuLy',
    ];
    const plan = planColumns(headers);
    expect(plan.fields).toEqual({ id: 0, procedure: 1, received: 3, appointment: 4, finished: 5, body: 7 });
    expect([plan.handedOver, plan.procedureName]).toEqual([6, 2]);
    for (const name of ['maTTHC', 'MATTHC', 'matthc', 'Ma TTHC'])
      expect(planColumns(['MaTTHC', 'x'], { columns: { procedure: name, received: 'x' } }).fields, name).toEqual({
        procedure: 0,
        received: 1,
      });
    expect(planColumns(['matthc', 'x'], { columns: { procedure: 'maTTHC', received: 'x' } }).fields.procedure).toBe(0);
  });
});
