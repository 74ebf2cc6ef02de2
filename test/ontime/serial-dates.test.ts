import { describe, expect, it } from 'vitest';
import { cellMoment } from '../../src/ontime/cells.js';
import { sheetDate } from '../../src/interchange/text.js';
import { excelSerialMs } from '../../src/time/excel-serial.js';
import { at, measureCsv } from './helpers.js';

describe('a date column that lost its format: Excel serial numbers', () => {
  it('measures a CSV row whose dates are the numbers Excel counts, the fraction being the time of day', async () => {
    // 46035 is 13/01/2026 in Excel's count of days; .375 is 09:00, .5 is 12:00.
    const csv =
      'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả,Trạng thái\n' +
      'D1,QT-CT-01,46035.375,46035.5,Đã trả kết quả\n' +
      'D2,QT-CT-01,"46035,375","46036,75",Đã trả kết quả\n' +
      'D3,QT-CT-01,12345,46035.5,Đã trả kết quả\n' +
      'D4,QT-CT-01,46035.375x,46035.5,Đã trả kết quả\n';
    const { report } = await measureCsv(csv, '2026-02-01 00:00');
    expect(report.totals).toMatchObject({ dossiers: 2, finished: 2 });
    // A number that is no date of the years procmap knows stays what it is: not a date.
    expect(report.badRows.listed.map((bad) => [bad.row, bad.reason, bad.value])).toEqual([
      [4, 'bad-received', '12345'],
      [5, 'bad-received', '46035.375x'],
    ]);
  });

  it('reads the serial, as text or as a number, in the years 2000–2099 only', () => {
    expect(cellMoment('46035.375')).toBe(at('2026-01-13 09:00'));
    expect(cellMoment(' 46035,375 ')).toBe(at('2026-01-13 09:00'));
    expect(cellMoment('46035')).toBe(at('2026-01-13 00:00'));
    expect(cellMoment(46035.375)).toBe(at('2026-01-13 09:00'));
    expect(cellMoment('36526')).toBe(at('2000-01-01 00:00'));
    expect(cellMoment('73050.5')).toBe(at('2099-12-31 12:00'));
    for (const text of ['36525.9', '73051', '4603.5', '460351', '46035.', '-46035', '1e5']) {
      expect(cellMoment(text), text).toBeNull();
      expect(excelSerialMs(text), text).toBeUndefined();
    }
  });

  it('is the reader import uses for a date cell', () => {
    // The effective date of a catalog saved through CSV: the day, its time of day left out.
    expect(sheetDate('45839')).toBe('2025-07-01');
    expect(sheetDate('45839.75')).toBe('2025-07-01');
    expect(sheetDate('45839.99999999')).toBe('2025-07-02');
    expect(sheetDate('12345')).toBeUndefined();
  });
});
