import { describe, expect, it } from 'vitest';
import { cellMoment, parsePauses } from '../../src/ontime/cells.js';
import { at, evaluateCsv } from './helpers.js';

// yyyyMMdd, as database exports write a date without its hour: one reading only (a year 2000–2099, then a month and a
// day that exist), a day alone as "02/03/2026" is.
describe('a date written as its digits run together', () => {
  it("reads 8 digits as yyyyMMdd, as text or a workbook number, at the day's midnight as a date alone is", () => {
    expect(cellMoment('20260302')).toBe(at('2026-03-02 00:00'));
    expect(cellMoment(20260302)).toBe(at('2026-03-02 00:00'));
    expect(cellMoment('20260302')).toBe(cellMoment('02/03/2026'));
  });

  it('reads no digits that are no date', () => {
    for (const text of ['20261302', '20260230', '20250229', '19990302', '21000302', '20260300'])
      expect(cellMoment(text), text).toBeNull();
  });

  it('reads a pause written so as those whole days', () => {
    expect(parsePauses('20260311 - 20260312')).toEqual(parsePauses('11/03/2026 - 12/03/2026'));
  });

  it('measures a dossier exported so as one with dates alone', () => {
    const csv = 'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả\n';
    const results = evaluateCsv(
      `${csv}D1,QT-HT-02,20260310,20260317\nD2,QT-HT-02,20260310,20260318\n`,
      '2026-03-31 17:00',
    );
    const same = evaluateCsv(
      `${csv}D1,QT-HT-02,10/03/2026,17/03/2026\nD2,QT-HT-02,10/03/2026,18/03/2026\n`,
      '2026-03-31 17:00',
    );
    // QT-HT-02, 5 working days from Tue 10/03/2026 (Wed 11, Thu 12, Fri 13, Mon 16, Tue 17): the last day is Tue 17/03.
    // D1 finished Tue 17/03, that day: on time; D2 finished Wed 18/03, a day after it: late.
    expect(results.get('D1')).toMatchObject({ status: 'on_time' });
    expect(results.get('D2')).toMatchObject({ status: 'late' });
    for (const id of ['D1', 'D2']) expect(results.get(id)).toEqual({ ...same.get(id), row: results.get(id)!.row });
  });
});
