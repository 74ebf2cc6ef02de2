import { describe, expect, it } from 'vitest';
import { dayFromParts, formatMoment, parseClock, parseDay, parseMoment, weekday } from '../../src/time/moment.js';
import { formatDate, formatDateTime } from '../../src/time/units.js';

describe('local dates and moments', () => {
  it.each([
    ['2026-02-13 09:00', '2026-02-13T09:00'],
    ['2026-02-13T09:00', '2026-02-13T09:00'],
    // Seconds past the minute count it as the next minute, as a dossier export's do: 15:00:59 is after 15:00.
    ['2026-02-13T9:05:30', '2026-02-13T09:06'],
    ['2026-02-13T09:05:00', '2026-02-13T09:05'],
    ['13/04/2026 15:00:59', '2026-04-13T15:01'],
    ['15:00:59 13/04/2026', '2026-04-13T15:01'],
    ['2026-04-13T15:00:59+07:00', '2026-04-13T15:01'],
    ['2026-02-13 23:59:30', '2026-02-14T00:00'],
    ['  2026-02-13  ', '2026-02-13T00:00'],
    ['2028-02-29 23:59', '2028-02-29T23:59'],
    ['13/02/2026 09:00', '2026-02-13T09:00'],
    ['3/2/2026 9:05', '2026-02-03T09:05'],
    ['29/02/2028', '2028-02-29T00:00'],
    ['13-02-2026', '2026-02-13T00:00'],
    ['13/02/2026 9h30', '2026-02-13T09:30'],
    ['2026-02-13 15 giờ', '2026-02-13T15:00'],
    ['13.02.2026 09:00', '2026-02-13T09:00'],
    ['ngày 13/02/2026', '2026-02-13T00:00'],
    ['ngày 13 tháng 02 năm 2026', '2026-02-13T00:00'],
    ['Ngày 3 tháng 2, năm 2026 14:30', '2026-02-03T14:30'],
    ['ngày 13 tháng 02 năm 2026, 8 giờ', '2026-02-13T08:00'],
    ['13/02/2026, 08:30', '2026-02-13T08:30'],
    ['13 tha\u0301ng 2 năm 2026', '2026-02-13T00:00'],
    // Time first, as receipts and procmap's own appointment print it; a weekday, when named, must be the date's.
    ['9 giờ 00 phút, ngày 13/02/2026', '2026-02-13T09:00'],
    ['Hồi 9 giờ 00 phút, ngày 13 tháng 02 năm 2026', '2026-02-13T09:00'],
    ['15 giờ 45 phút, thứ Sáu, ngày 13/03/2026', '2026-03-13T15:45'],
    ['9h 13/02/2026', '2026-02-13T09:00'],
    ['09:00 13/02/2026', '2026-02-13T09:00'],
    ['13/02/2026 lúc 9h', '2026-02-13T09:00'],
    ['Thứ sáu, ngày 13 tháng 02 năm 2026', '2026-02-13T00:00'],
    ['chủ nhật, 15/02/2026 lúc 08:00', '2026-02-15T08:00'],
    // As lint messages print a moment.
    ['T6 13/02/2026 16:59', '2026-02-13T16:59'],
    ['CN 15/02/2026', '2026-02-15T00:00'],
    // A twelve-hour clock: the Vietnamese Windows locale's exports (SA sáng, CH chiều), English, and words.
    ['13/02/2026 2:30:00 CH', '2026-02-13T14:30'],
    ['13/02/2026 9:05:00 SA', '2026-02-13T09:05'],
    ['13/02/2026 12:15 SA', '2026-02-13T00:15'],
    ['13/02/2026 12:15 CH', '2026-02-13T12:15'],
    ['13/2/2026 2:30 PM', '2026-02-13T14:30'],
    // An hour past noon said to be in the afternoon, as a receipt slip prints it: no other reading.
    ['13/02/2026 14:30 CH', '2026-02-13T14:30'],
    ['13/02/2026 16 giờ chiều', '2026-02-13T16:00'],
    ['9 giờ sáng ngày 13/02/2026', '2026-02-13T09:00'],
    ['2 giờ 30 phút chiều, ngày 13/02/2026', '2026-02-13T14:30'],
    // Typed without accents, where there is no Vietnamese keyboard.
    ['9 gio sang ngay 13/02/2026', '2026-02-13T09:00'],
    ['2 gio 30 phut chieu, ngay 13/02/2026', '2026-02-13T14:30'],
    ['15 gio 45 phut, thu Sau, ngay 13/03/2026', '2026-03-13T15:45'],
    ['13/02/2026 luc 9h', '2026-02-13T09:00'],
    ['chu nhat, 15/02/2026 luc 08:00', '2026-02-15T08:00'],
    ['ngay 13 thang 02 nam 2026 luc 16 gio', '2026-02-13T16:00'],
    // An ISO moment with its zone, as scripts write it, in Vietnam time (UTC+7).
    ['2026-02-13T09:00+07:00', '2026-02-13T09:00'],
    ['2026-02-13T02:00Z', '2026-02-13T09:00'],
    ['2026-02-13T02:00:00.000+00:00', '2026-02-13T09:00'],
    ['2026-02-13 20:30-0500', '2026-02-14T08:30'],
    ['2026-02-13T09:00+14:00', '2026-02-13T02:00'],
  ])('parses %j', (text, iso) => {
    expect(formatMoment(parseMoment(text)!)).toBe(iso);
  });

  it.each([
    '2026-02-30 09:00',
    '2026-13-01',
    '2026-02-13 24:00',
    '2026-02-13 09:60',
    '2026-02-13 09:00:60',
    '2026-02-13T09:00+7',
    // Offsets no zone has: zones run from −12:00 to +14:00, minutes below 60.
    '2026-02-13T09:00:00+99:00',
    '2026-02-13T09:00+14:30',
    '2026-02-13T09:00-13:00',
    '2026-02-13T09:00+07:60',
    '30/02/2026 09:00',
    '02/13/2026',
    '13/02/26',
    '13/02-2026',
    '13/02/2026 9h5',
    '9h5 13/02/2026',
    '15 giờ 45 phút, thứ Năm, ngày 13/03/2026',
    '15 gio 45 phut, thu Nam, ngay 13/03/2026',
    'thứ Sáu',
    'thứ Sáu, 14/02/2026',
    'T5 13/02/2026 16:59',
    '13 tháng 2',
    'ngày 30 tháng 2 năm 2026',
    'tomorrow',
    // Past 12 said to be in the morning, or a marker with no time: no reading is safe.
    '13/02/2026 14:30 SA',
    '13/02/2026 0:30 SA',
    '13/02/2026 SA',
    '',
  ])('refuses %j', (text) => {
    expect(parseMoment(text)).toBeUndefined();
  });

  it('knows weekdays and refuses dates that do not exist', () => {
    expect(weekday(parseDay('2026-02-17')!)).toBe(2);
    expect(weekday(parseDay('1969-12-31')!)).toBe(3);
    expect(dayFromParts(2027, 2, 29)).toBeUndefined();
    expect(dayFromParts(99, 1, 1)).toBeUndefined();
    expect(parseClock('24:00')).toBeUndefined();
    expect(parseClock('24:00', true)).toBe(1440);
  });

  it('writes dates as officers do, in both languages', () => {
    expect(formatDate(parseDay('2026-02-27')!, 'en')).toBe('Fri 27/02/2026');
    expect(formatDate(parseDay('2026-02-22')!, 'vi')).toBe('CN 22/02/2026');
    expect(formatDateTime(parseMoment('2026-02-27 09:00')!, 'vi')).toBe('T6 27/02/2026 09:00');
  });
});
