import { describe, expect, it } from 'vitest';
import { dateRangeParts, dayFromParts, parseDay, readDay } from '../../src/time/moment.js';

const day = (year: number, month: number, date: number) => dayFromParts(year, month, date)!;

describe('readDay', () => {
  it('reads a date after its weekday when the weekday is the date’s, in words, without accents or abbreviated', () => {
    for (const text of [
      'thứ Năm, ngày 04/02/2027',
      'Thứ Năm ngày 04/02/2027',
      'thu nam, ngay 04/02/2027',
      'T5 04/02/2027',
      'Từ thứ Năm ngày 04/02/2027',
      '2027-02-04',
    ])
      expect(readDay(text), text).toEqual({ day: day(2027, 2, 4) });
    expect(readDay('Chủ nhật ngày 14/02/2027')).toEqual({ day: day(2027, 2, 14) });
  });

  it('says which weekday was written when it is not the date’s, and parseDay refuses it', () => {
    expect(readDay('thứ Sáu, ngày 04/02/2027')).toEqual({
      fault: { kind: 'weekday', written: 'thứ Sáu', day: day(2027, 2, 4) },
    });
    expect(readDay('CN 04/02/2027')).toEqual({ fault: { kind: 'weekday', written: 'CN', day: day(2027, 2, 4) } });
    expect(parseDay('thứ Sáu, ngày 04/02/2027')).toBeUndefined();
  });

  it('says what is wrong with a date that does not exist, in either order of writing', () => {
    expect(readDay('31/04/2027')).toEqual({ fault: { kind: 'day', year: 2027, month: 4, days: 30 } });
    expect(readDay('2027-02-30')).toEqual({ fault: { kind: 'day', year: 2027, month: 2, days: 28 } });
    expect(readDay('2027-13-01')).toEqual({ fault: { kind: 'month', year: 2027, month: 13, date: 1 } });
  });

  it('keeps a place before the date as a decision’s header writes it', () => {
    expect(readDay('Bắc Ninh, ngày 15 tháng 10 năm 2025')).toEqual({ day: day(2025, 10, 15) });
  });

  it('reads nothing from a text that is not a date', () => {
    expect(readDay('Tết')).toBeUndefined();
    expect(readDay('04/02/2027 - 14/02/2027')).toBeUndefined();
  });
});

describe('dateRangeParts', () => {
  it('splits a range joined by a dash or by words, weekdays and "Từ" included', () => {
    const range = { first: '04/02/2027', last: '14/02/2027' };
    for (const text of [
      '04/02/2027 - 14/02/2027',
      '04/02/2027–14/02/2027',
      '04/02/2027 — 14/02/2027',
      '04/02/2027 đến 14/02/2027',
      'từ 04/02/2027 đến hết 14/02/2027',
      '04/02/2027 to 14/02/2027',
    ])
      expect(dateRangeParts(text), text).toEqual(range);
    expect(dateRangeParts('Từ thứ Năm ngày 04/02/2027 đến hết Chủ nhật ngày 14/02/2027')).toEqual({
      first: 'thứ Năm ngày 04/02/2027',
      last: 'Chủ nhật ngày 14/02/2027',
    });
    expect(dateRangeParts('4-2-2027 - 14-2-2027')).toEqual({ first: '4-2-2027', last: '14-2-2027' });
  });

  it('is no range for one date, dashes and all', () => {
    expect(dateRangeParts('2027-02-04')).toBeUndefined();
    expect(dateRangeParts('04-02-2027')).toBeUndefined();
    expect(dateRangeParts('04/02/2027 - Tết')).toBeUndefined();
  });
});
