import { describe, expect, it } from 'vitest';
import { cellMoment } from '../../src/ontime/cells.js';
import { at, evaluateCsv } from './helpers.js';

// yyyyMMddHHmmss and yyyyMMddHHmm, as the national portal's dossier synchronisation writes its dates: one reading only
// (a year first, 2000–2099, then a month, a day, an hour and a minute that exist).
describe('a moment written as its digits run together', () => {
  it('reads 14 and 12 digits as yyyyMMddHHmmss and yyyyMMddHHmm, as text or a workbook number', () => {
    expect(cellMoment('20260302090000')).toBe(at('2026-03-02 09:00'));
    expect(cellMoment('202603020900')).toBe(at('2026-03-02 09:00'));
    expect(cellMoment(20260302090000)).toBe(at('2026-03-02 09:00'));
    expect(cellMoment(202603020900)).toBe(at('2026-03-02 09:00'));
    // Seconds past the minute are after it, as 02/03/2026 09:00:30 is.
    expect(cellMoment('20260302090030')).toBe(at('2026-03-02 09:01'));
  });

  it('reads no digits that are no moment: a month, a day, an hour or a minute that is none, or another count', () => {
    for (const text of ['20261302090000', '20260230090000', '202603022500', '202603020960', '19990302090000'])
      expect(cellMoment(text), text).toBeNull();
    // 10 digits are a count of seconds or yyyyMMddHH: named in the message, not read.
    expect(cellMoment('2026030209')).toBeNull();
  });

  it('measures a dossier exported so', () => {
    const results = evaluateCsv(
      'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả\nK1,QT-HT-02,20260310090000,202603171000\n',
      '2026-03-31 17:00',
    );
    // QT-HT-02, 5 working days from Tue 10/03/2026 09:00: due Tue 17/03 09:00 (Wed 11, Thu 12, Fri 13, Mon 16, Tue 17).
    // Finished Tue 17/03 10:00, the due day: a limit in whole days runs to 24:00 of it, so on time.
    expect(results.get('K1')).toMatchObject({ status: 'on_time', due: at('2026-03-17 09:00') });
  });
});

// "lúc" between a date and its time with seconds, as an export writes every time: read as without "lúc". It was "not a
// date", while "13/02/2026 lúc 09:00" and "lúc 09:00:00 ngày 13/02/2026" read.
describe('a moment written with "lúc" and seconds', () => {
  it('reads as the same moment without "lúc"', () => {
    expect(cellMoment('10/03/2026 lúc 09:00:00')).toBe(at('2026-03-10 09:00'));
    expect(cellMoment('10/03/2026, lúc 09:00:30')).toBe(at('2026-03-10 09:01'));
    expect(cellMoment('Thứ Ba, 10/03/2026 lúc 09:00:00')).toBe(at('2026-03-10 09:00'));
  });
});

// Pasted from a web page, or kept as text for Excel: a zero-width space around the date, an apostrophe before it.
describe('a moment with an invisible character or an apostrophe for Excel around it', () => {
  it('reads as the moment', () => {
    expect(cellMoment('\u200b10/03/2026 09:00')).toBe(at('2026-03-10 09:00'));
    expect(cellMoment('10/03/2026 09:00\u200b\ufeff')).toBe(at('2026-03-10 09:00'));
    expect(cellMoment("'10/03/2026 09:00")).toBe(at('2026-03-10 09:00'));
    // The apostrophe is Excel's before the text, never a quote around it.
    expect(cellMoment("'10/03/2026 09:00'")).toBeNull();
  });
});
