import { describe, expect, it } from 'vitest';
import { marksNothing, placeholderDate } from '../../src/ontime/cells.js';
import { measureCsv } from './helpers.js';

// What software writes in a date it has not set: MySQL's zero date ("0000-00-00 00:00:00"), its day-first display
// ("00/00/0000"), .NET's DateTime.MinValue ("01/01/0001 00:00:00", "0001-01-01T00:00:00"), a database's "NULL".
describe('a date the software has not set', () => {
  it('is told from a date', () => {
    for (const text of [
      '0000-00-00 00:00:00',
      '0000-00-00',
      '00/00/0000',
      '01/01/0001 00:00:00',
      '1/1/0001 12:00:00 AM',
      '0001-01-01T00:00:00',
      'NULL',
      'null',
    ])
      expect(placeholderDate(text), String(text)).toBe(true);
    for (const text of [
      '01/01/2026',
      '0001',
      '01/01/1001',
      '02/01/1900',
      'Không có',
      '',
      '2026-01-01T00:00:00',
      '00',
      1,
    ])
      expect(placeholderDate(text), String(text)).toBe(false);
    expect(marksNothing('0000-00-00 00:00:00')).toBe(true);
  });

  it('reads a result so as none yet, an appointment so as none, a receipt so as missing', async () => {
    const csv = [
      'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả',
      'E1,QT-HT-02,10/03/2026 09:00,17/03/2026,00/00/0000',
      'E2,QT-HT-02,10/03/2026 09:00,0001-01-01T00:00:00,01/01/0001 00:00:00',
      'E3,QT-HT-02,10/03/2026 09:00,NULL,null',
      'E5,QT-HT-02,10/03/2026 09:00,01/01/1900,0',
      'E4,QT-HT-02,0000-00-00 00:00:00,17/03/2026,12/03/2026 10:00',
      '',
    ].join('\n');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // QT-HT-02, 5 working days from Tue 10/03/2026 09:00: due Tue 17/03 09:00 (Wed 11, Thu 12, Fri 13, Mon 16, Tue
    // 17). E1–E3 and E5 have no result yet (nor E2, E3, E5 an appointment: 01/01/1900 was compared, 'vendor earlier'): open, and overdue on Tue 31/03. Before, each was set aside as "not a date", and a
    // late dossier dropped out of the count. E4 has no receipt.
    expect(report.totals).toMatchObject({ dossiers: 4, open_overdue: 4, vendorDisagreements: 0 });
    expect(report.badRows.listed.map((b) => [b.row, b.reason])).toEqual([[6, 'no-received']]);
  });
});
