import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalCutoff, flagOf, isStepId, PROCEDURE_ID_PATTERN, STEP_ID_PATTERN } from '../../src/model/lenient.js';
import { dateParts, dateRangeParts, formatDay, labelledDate, readDay, unclearLabel } from '../../src/time/moment.js';
import { ROOT } from '../helpers/cli.js';

// The schema (for editors and the first check) and the time engine (which reads the dates) must accept the same forms.
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/procedure.schema.json'), 'utf8')) as {
  $defs: { date: { pattern: string } };
};
const pattern = new RegExp(schema.$defs.date.pattern, 'u');
const calendarSchema = JSON.parse(readFileSync(join(ROOT, 'schemas/calendar.schema.json'), 'utf8')) as {
  $defs: { date: { pattern: string }; dateEntry: { pattern: string }; workdayEntry: { pattern: string } };
};

const FORMS = [
  '2025-07-01',
  '01/07/2025',
  '1/7/2025',
  '01-07-2025',
  '1.7.2025',
  'ngày 01/07/2025',
  'Ngày 1 tháng 7 năm 2025',
  'ngày 01 tháng 07 năm 2025',
  '01 tháng 7 năm 2025',
  'ngày 1 tháng 7, năm 2025',
  // The month in Roman numerals, as some decisions write it, and the year after a comma without "năm".
  'ngày 01 tháng VII năm 2025',
  'Ngày 1 tháng VII, năm 2025',
  '1 tháng 7, 2025',
  '1 tháng VII, 2025',
  '1 tháng 7 2025',
  // No month: lower case, a spelling no document uses, a thirteenth month.
  'ngày 01 tháng vii năm 2025',
  'ngày 01 tháng IIII năm 2025',
  'ngày 01 tháng XIII năm 2025',
  '01 / 07 / 2025',
  '2025/07/01',
  '2025.7.1',
  '2025-7-1',
  '01/07-2025',
  '2025/07-01',
  // The en dash Word types for "-", the full-width slash of some input methods.
  '01–07–2025',
  '01／07／2025',
  '01–07/2025',
  // As a decision says when it takes effect, with a full stop, or as a spreadsheet exports a date cell.
  'Từ ngày 01/07/2025',
  'Có hiệu lực kể từ ngày 1 tháng 7 năm 2025',
  'kể từ 01/07/2025',
  // A cell pasted with its label.
  'Ngày hiệu lực: 01/7/2025',
  'Hiệu lực: 01/07/2025',
  'Ngày có hiệu lực: ngày 01 tháng 7 năm 2025',
  // The label in capitals, as a header row writes it.
  'NGÀY HIỆU LỰC: 01/7/2025',
  'HIỆU LỰC: 01/07/2025',
  '01/07/2025.',
  'ngày 01 tháng 7 năm 2025.',
  // As a decision's header dates it, with the place it is signed at.
  'Bắc Ninh, ngày 01 tháng 7 năm 2025',
  'TP. Hồ Chí Minh, ngày 01/07/2025',
  'Ha Noi, ngay 1 thang 7 nam 2025',
  'Bắc Ninh, 01/07/2025',
  // Typed without accents, where there is no Vietnamese keyboard.
  'ngay 01 thang 7 nam 2025',
  'Ngay 01/07/2025',
  'Co hieu luc ke tu ngay 01/07/2025',
  'tu ngay 1 thang 7 nam 2025',
  '01/07/2025 00:00:00',
  '2025-07-01T00:00:00',
  '2025-07-01 00:00',
  // Midnight with its offset, as systems export a local date.
  '2025-07-01T00:00:00+07:00',
  '2025-07-01T00:00:00.000Z',
  '2025-07-01T00:00+0700',
  // A time of day other than midnight is a moment, not a date.
  '01/07/2025 08:00',
  'hiệu lực 01/07/2025',
  '07/01/25',
  'tháng 7 năm 2025',
  'ngày 1 tháng 7',
  '1 July 2025',
  // The month named in English, as a spreadsheet in an English locale exports a date cell, either order.
  '01-Jul-2025',
  '1 Jul 2025',
  '1-jul-2025',
  'Jul 1, 2025',
  'July 1, 2025',
  'JULY 1 2025',
  'Jul. 1, 2025',
  '1st July 2025',
  // Not read: a two-digit year, a month no language names so, a month without its year.
  '01-Jul-25',
  '1 Jly 2025',
  'Jul 2025',
  'Jul 1 , 2025',
];

const MONTH_FORMS = [
  // The month in words, as a decision or a letter writes it, with or without accents; "thg", as phones and Office
  // shorten "tháng"; a Roman month between slashes.
  '15 tháng Tám năm 2025',
  'ngày 05 tháng Hai năm 2027',
  'ngày 1 tháng Mười Hai năm 2025',
  'ngay 1 thang muoi hai nam 2025',
  'ngày 1 tháng Mười Một năm 2025',
  'ngày 1 tháng Mười năm 2025',
  'ngày 1 tháng Một năm 2026',
  'ngày 1 tháng Tư năm 2025',
  '1 tháng Bốn, 2025',
  '1 tháng Bẩy 2025',
  '15 tháng năm năm 2025',
  '15 tháng Năm 2025',
  '15 thg 8 2025',
  '15 thg 8, 2025',
  '15/VIII/2025',
  '15.X.2025',
  // Not read: a lunar month, a month word the form left blank, no day, a lunar day, a two-digit year.
  'ngày 10 tháng Giêng năm 2027',
  'ngày 10 tháng Chạp năm 2027',
  '15 tháng năm 2025',
  '15 tháng Mười Ba năm 2025',
  'tháng 8/2025',
  'mùng 5 tháng 2 năm 2027',
  'ngày mùng 5/2/2027',
  '15/8/25',
  // "mùng" read only where the text says the date is solar.
  'mùng 5 tháng 2 năm 2027 (dương lịch)',
  'ngày mùng 5/2/2027 dương lịch',
  'Mùng 5 tháng Hai năm 2027, theo dương lịch',
  '05/02/2027 (dương lịch)',
  '15/viii/2025',
];

// A date after its weekday, as a notice or a receipt writes it (1 July 2025 was a Tuesday); a wrong weekday is read
// as a date too, for the loader to refuse it with the right one.
const WEEKDAY_FORMS = [
  'thứ Ba 01/07/2025',
  'thứ Ba, 01/07/2025',
  'Thứ ba, ngày 01/07/2025',
  'THỨ BA, 01/07/2025',
  'thu ba 1/7/2025',
  'T3 01/07/2025',
  't3, 2025-07-01',
  'Từ thứ Ba ngày 01 tháng 7 năm 2025',
  'thứ Ba,  Hà Nội, ngày 01/07/2025',
  'thứ Ba Ngày hiệu lực: 01/07/2025',
  'Thứ 3 ngày 01/07/2025',
  'thứ 3, 01/07/2025',
  'THU 3 01/07/2025',
  'thứ Tư, 01/07/2025',
  'Chủ nhật 01/07/2025',
  'CN, 01/07/2025',
  // In figures, as most officers write a weekday, and "bẩy" for "bảy": read alike.
  'Thứ 4, ngày 01/07/2025',
  'thứ bẩy 01/07/2025',
  // No weekday, or not a whole one: never read as a date.
  'thứ 01/07/2025',
  'T301/07/2025',
  'Thứ Ba - Hà Nội, ngày 01/07/2025',
  'thứ Ba,, 01/07/2025',
  'thứ Ba',
  'thứ 8 01/07/2025',
  'thứ 301/07/2025',
];

describe('date forms', () => {
  it.each([...FORMS, ...MONTH_FORMS, ...WEEKDAY_FORMS])('%j: the schemas and the time engine agree', (text) => {
    expect(pattern.test(text)).toBe(readDay(text) !== undefined);
    expect(calendarSchema.$defs.date.pattern).toBe(schema.$defs.date.pattern);
  });

  it('reads a month in Roman numerals and a year after a comma as the date they write', () => {
    const read = [
      'ngày 01 tháng VII năm 2025',
      'Ngày 1 tháng XII năm 2025',
      '1 tháng 7, 2025',
      '1 tháng VII, 2025',
      '1 tháng 7 2025',
    ];
    const days = read.map((text) => {
      const reading = readDay(text);
      return reading !== undefined && 'day' in reading ? formatDay(reading.day) : reading;
    });
    expect(days).toEqual(['2025-07-01', '2025-12-01', '2025-07-01', '2025-07-01', '2025-07-01']);
    for (const text of ['ngày 01 tháng vii năm 2025', 'ngày 01 tháng IIII năm 2025', 'ngày 01 tháng XIII năm 2025'])
      expect(readDay(text), text).toBeUndefined();
  });

  it('reads a month named in English as the date it writes, whichever of day and month comes first', () => {
    const read = {
      '10-Mar-2026': '2026-03-10',
      '10 Mar 2026': '2026-03-10',
      '10/Mar/2026': '2026-03-10',
      'Mar 10, 2026': '2026-03-10',
      'March 10, 2026': '2026-03-10',
      'mar 10 2026': '2026-03-10',
      '10 March, 2026': '2026-03-10',
      'Sept 30, 2026': '2026-09-30',
      'Sep 30, 2026': '2026-09-30',
      '2nd May 2026': '2026-05-02',
      'Ngày hiệu lực: 01-Jul-2025': '2025-07-01',
    };
    const days = Object.keys(read).map((text) => {
      const reading = readDay(text);
      return reading !== undefined && 'day' in reading ? formatDay(reading.day) : reading;
    });
    expect(Object.fromEntries(Object.keys(read).map((text, i) => [text, days[i]]))).toEqual(read);
    expect(readDay('31-Apr-2026')).toEqual({ fault: { kind: 'day', year: 2026, month: 4, days: 30 } });
  });

  it('reads a month in words, "thg" and a Roman month between slashes as the date they write', () => {
    const read = {
      '15 tháng Tám năm 2025': '2025-08-15',
      'ngày 05 tháng Hai năm 2027': '2027-02-05',
      'ngày 1 tháng Mười Hai năm 2025': '2025-12-01',
      'ngay 1 thang muoi hai nam 2025': '2025-12-01',
      'ngày 1 tháng Mười Một năm 2025': '2025-11-01',
      'ngày 1 tháng Mười năm 2025': '2025-10-01',
      'ngày 1 tháng Một năm 2026': '2026-01-01',
      'ngày 1 tháng Tư năm 2025': '2025-04-01',
      '1 tháng Bốn, 2025': '2025-04-01',
      '1 tháng Bẩy 2025': '2025-07-01',
      '15 tháng năm năm 2025': '2025-05-15',
      '15 tháng Năm 2025': '2025-05-15',
      '1 tháng Ba 2025': '2025-03-01',
      '1 tháng Sáu 2025': '2025-06-01',
      '1 tháng Chín 2025': '2025-09-01',
      '15 thg 8 2025': '2025-08-15',
      '15 thg 8, 2025': '2025-08-15',
      '15/VIII/2025': '2025-08-15',
      '15.X.2025': '2025-10-15',
      // "mùng" (mostly a lunar day) with the words that say the date is solar.
      'mùng 5 tháng 2 năm 2027 (dương lịch)': '2027-02-05',
      'ngày mùng 5/2/2027 dương lịch': '2027-02-05',
      'Mùng 5 tháng Hai năm 2027, theo dương lịch': '2027-02-05',
    };
    const days = Object.keys(read).map((text) => {
      const reading = readDay(text);
      return reading !== undefined && 'day' in reading ? formatDay(reading.day) : reading;
    });
    expect(days).toEqual(Object.values(read));
    for (const text of ['ngày 10 tháng Giêng năm 2027', '15 tháng năm 2025', 'tháng 8/2025', 'mùng 5 tháng 2 năm 2027'])
      expect(readDay(text), text).toBeUndefined();
  });

  it('reads a date after its weekday, and refuses a weekday not the date’s', () => {
    const days = WEEKDAY_FORMS.map(readDay).map((reading) =>
      reading === undefined ? undefined : 'day' in reading ? formatDay(reading.day) : reading.fault.kind,
    );
    expect(days).toEqual([...Array(13).fill('2025-07-01'), ...Array(5).fill('weekday'), ...Array(7).fill(undefined)]);
  });

  it('reads every way of writing the weekday, and each names the right day', () => {
    // 01/02/2027 is a Monday … 07/02/2027 a Sunday.
    const written = [
      ['Thứ 2', 'thứ hai', 'THỨ HAI', 'T2'],
      ['Thứ 3', 'thứ ba', 'T3'],
      ['Thứ 4', 'thứ tư', 'thu tu', 'T4'],
      ['Thứ 5', 'thứ năm', 'Thứ Năm', 'T5'],
      ['Thứ 6', 'thứ sáu', 'thu sau', 'T6'],
      ['Thứ 7', 'thứ bảy', 'thứ bẩy', 'Thứ Bẩy', 'thu bay', 'T7'],
      ['Chủ nhật', 'Chủ Nhật', 'CHỦ NHẬT', 'chu nhat', 'CN'],
    ];
    written.forEach((names, i) => {
      const date = `0${i + 1}/02/2027`;
      for (const name of names) {
        expect(readDay(`${name}, ngày ${date}`), name).toEqual(readDay(date));
        expect(readDay(`${name} ${date === '01/02/2027' ? '02/02/2027' : '01/02/2027'}`), name).toHaveProperty('fault');
      }
    });
  });

  it('reads the words typed without accents as with them', () => {
    for (const text of ['ngay 01 thang 7 nam 2025', 'Co hieu luc ke tu ngay 01/07/2025', 'Ngay 1.7.2025'])
      expect(dateParts(text)).toEqual({ year: 2025, month: 7, date: 1 });
  });

  it.each([
    '15:00',
    '9:05',
    '15h',
    '15H30',
    '15g30',
    '15 giờ',
    '15 giờ 30 phút',
    '15 gio 30 phut',
    '15 gio',
    '15h 30p',
    '15h5',
    '25:00',
    '15.00',
    '15:00:00',
    '15 : 00',
    'sau 15 giờ',
    'sau 25 giờ',
    '3pm',
  ])('cutoff %j: the schema and the reading of a cutoff agree', (text) => {
    const cutoff = new RegExp(
      (schema as unknown as { properties: { cutoff: { pattern: string } } }).properties.cutoff.pattern,
      'u',
    );
    expect(cutoff.test(text)).toBe(canonicalCutoff(text) !== undefined);
  });

  it('reads the officers’ forms, day first', () => {
    expect(FORMS.filter((text) => dateParts(text) !== undefined).map((text) => dateParts(text))).toEqual([
      // Year first only as spreadsheets export it (four digits first): never month first. 39 forms, 5 with the
      // month in Roman numerals or the year after a comma, and 9 with the month named in English (either order).
      ...Array(53).fill({ year: 2025, month: 7, date: 1 }),
    ]);
  });
});

// A `holidays` entry written as text: one date, or a break on one line as a notice writes it
// (src/config/calendar-dates.ts). Shapes only: a date that does not exist or a break that ends before it starts is
// still a range, which procmap then refuses with what to write.
const RANGE_FORMS = [
  '04/02/2027 - 14/02/2027',
  '04/02/2027–14/02/2027',
  '04/02/2027 — 14/02/2027',
  '04/02/2027-14/02/2027',
  '4-2-2027 - 14-2-2027',
  '04/02/2027 đến 14/02/2027',
  '04/02/2027 đến hết 14/02/2027',
  'Từ 04/02/2027 đến hết 14/02/2027',
  'TỪ 04/02/2027 ĐẾN HẾT 14/02/2027',
  'tu 04/02/2027 den het 14/02/2027',
  '04/02/2027 tới 14/02/2027',
  'from 2027-02-04 to 2027-02-14',
  '2027-02-04 until 2027-02-14',
  'ngày 04 tháng 02 năm 2027 đến ngày 14 tháng 02 năm 2027',
  'Từ thứ Năm ngày 04/02/2027 đến hết Chủ nhật ngày 14/02/2027',
  'T5 04/02/2027 - CN 14/02/2027',
  'thứ Sáu 04/02/2027 - 14/02/2027',
  // As notices word a break: the lunar day in brackets, the year once, an arrow, a minus sign, a label as its name.
  'Từ thứ Năm ngày 04/02/2027 (tức ngày 28 tháng Chạp năm Bính Ngọ) đến hết Chủ nhật ngày 14/02/2027 (tức ngày 09 tháng Giêng năm Đinh Mùi)',
  'Từ 04/02 đến hết 14/02/2027',
  'từ thứ Năm 4/2 đến Chủ nhật 14/2/2027',
  'Từ 30/12 đến 03/01/2027',
  '04/02/2027 -> 14/02/2027',
  '04/02/2027 → 14/02/2027',
  '04/02/2027 − 14/02/2027',
  'Nghỉ Tết: 04/02/2027 - 14/02/2027',
  'Nghỉ Tết: từ 04/02 đến hết 14/02/2027',
  'Tết 04/02/2027 - 14/02/2027',
  'Nghỉ Tết 04/02 - 14/02/2027',
  'Nghỉ Tết Nguyên đán từ 04/02 đến hết 14/02/2027',
  'Quốc khánh thứ Tư 01/09/2027 - 02/09/2027',
  'Giỗ Tổ Hùng Vương 16/04/2027',
  'Giỗ Tổ: 16/04/2027',
  'Giỗ Tổ 31/04/2027',
  // Figures in the label, as the commonest holidays are named: the date or break that ends the line is the entry.
  'Nghỉ lễ Quốc khánh 2/9 03/09/2027',
  'Nghỉ lễ 30/4 30/04/2027',
  'Nghỉ Tết 2027 04/02/2027 - 14/02/2027',
  'Tết 2027 04/02/2027',
  'Nghỉ Tết 2027 từ 04/02 đến hết 14/02/2027',
  'Nghỉ lễ 30/4 - 1/5 thứ Sáu 30/04/2027',
  '31/02/2027 - 14/02/2027',
  '14/02/2027 - 04/02/2027',
  '04/02/2027',
  'thứ Năm, 04/02/2027',
  // Not two dates so joined.
  '04/02/2027 - Tết',
  '04/02/2027 -- 14/02/2027',
  '04/02/2027 đến',
  '04/02/2027 đếnhết 14/02/2027',
  'Tết 04/02/2027 hoặc 14/02/2027',
  // A label that holds a date of its own, or ends with a join, cannot be told from the date after it.
  'Nghỉ 2/9/2027 03/09/2027',
  'Nghỉ Tết 2027 đến 14/02/2027',
  'Nghỉ Tết 2027 - 14/02/2027',
  'Tết 2027 to 2027-02-14',
  '2027-02-04T00:00Zto 2027-02-14',
  '04/02/2027 hoặc 14/02/2027',
  '04/02/2027 (ghi chú) - 14/02/2027',
  '04/02 - 14/02',
  'Tết',
  'Tết: Tết',
  // Month words and "thg" in a break or after a label; "mùng" is a (lunar) day, never a label.
  'ngày 4 tháng Hai năm 2027 đến ngày 14 tháng Hai năm 2027',
  'Tết 4 thg 2, 2027 - 14/II/2027',
  'Nghỉ lễ 30/4 1 tháng Năm 2027',
  'mùng 5 tháng 2 năm 2027',
  'Tết mùng 5/2/2027',
  'Nghỉ 30/4 mùng 5/2/2027',
  'ngày 10 tháng Giêng năm 2027 - 14/02/2027',
];

describe('holiday entries on one line', () => {
  it.each(RANGE_FORMS)('%j: the calendar schema and the calendar reader agree', (text) => {
    const entry = new RegExp(calendarSchema.$defs.dateEntry.pattern, 'u');
    const read = dateRangeParts(text) !== undefined || readDay(text) !== undefined || labelledDate(text) !== undefined;
    expect(entry.test(text)).toBe(read);
  });

  it('read the first day, the last and the name as the notice means them', () => {
    const read = (text: string) => {
      const range = dateRangeParts(text)!;
      return [readDay(range.first), readDay(range.last), range.name].map((part) =>
        part !== null && typeof part === 'object' && 'day' in part ? formatDay(part.day) : part,
      );
    };
    expect(read(RANGE_FORMS.find((text) => text.includes('tức'))!)).toEqual(['2027-02-04', '2027-02-14', undefined]);
    expect(read('Từ 04/02 đến hết 14/02/2027')).toEqual(['2027-02-04', '2027-02-14', undefined]);
    expect(read('Từ 30/12 đến 03/01/2027')).toEqual(['2026-12-30', '2027-01-03', undefined]);
    expect(read('Nghỉ Tết: từ 04/02 đến hết 14/02/2027')).toEqual(['2027-02-04', '2027-02-14', 'Nghỉ Tết']);
    // Without a colon, the name is the words before the first that starts the dates.
    expect(read('Nghỉ Tết Nguyên đán từ 04/02 đến hết 14/02/2027')).toEqual([
      '2027-02-04',
      '2027-02-14',
      'Nghỉ Tết Nguyên đán',
    ]);
    expect(read('Quốc khánh thứ Tư 01/09/2027 - 02/09/2027')).toEqual(['2027-09-01', '2027-09-02', 'Quốc khánh']);
    expect(labelledDate('Giỗ Tổ Hùng Vương 16/04/2027')).toEqual({ date: '16/04/2027', name: 'Giỗ Tổ Hùng Vương' });
    expect(labelledDate('Giỗ Tổ: 16/04/2027')).toEqual({ date: '16/04/2027', name: 'Giỗ Tổ' });
    expect(labelledDate('thứ Sáu, 16/04/2027')).toBeUndefined();
    // Figures in the label: the date or break that ends the line is the entry, what comes before it its name.
    expect(labelledDate('Nghỉ lễ Quốc khánh 2/9 03/09/2027')).toEqual({
      date: '03/09/2027',
      name: 'Nghỉ lễ Quốc khánh 2/9',
    });
    expect(labelledDate('Tết 2027 04/02/2027')).toEqual({ date: '04/02/2027', name: 'Tết 2027' });
    expect(read('Nghỉ Tết 2027 04/02/2027 - 14/02/2027')).toEqual(['2027-02-04', '2027-02-14', 'Nghỉ Tết 2027']);
    expect(read('Nghỉ Tết 2027 từ 04/02 đến hết 14/02/2027')).toEqual(['2027-02-04', '2027-02-14', 'Nghỉ Tết 2027']);
    // What cannot be told apart is unclear, for the loader to ask for a colon; what has no date at its end is not.
    expect(
      ['Tết 04/02/2027 hoặc 14/02/2027', 'Nghỉ Tết 2027 đến 14/02/2027', 'Nghỉ 2/9/2027 03/09/2027'].map(unclearLabel),
    ).toEqual([true, true, true]);
    expect(
      ['Nghỉ lễ 30/4 30/04/2027', '04/02/2027 - Tết', 'Tết: Tết', '04/02/2027 hoặc 14/02/2027'].map(unclearLabel),
    ).toEqual([false, false, false, false]);
    // The weekday of a first day without its year is checked in the last day's year: 04/02/2027 is a Thursday.
    expect(readDay(dateRangeParts('thứ Sáu 04/02 - 14/02/2027')!.first)).toHaveProperty('fault.kind', 'weekday');
  });

  it('are ranges in holidays alone: a make-up day is one date', () => {
    expect(calendarSchema.$defs.workdayEntry.pattern).toBe(calendarSchema.$defs.date.pattern);
    expect(new RegExp(calendarSchema.$defs.workdayEntry.pattern, 'u').test(RANGE_FORMS[0]!)).toBe(false);
  });
});

describe('procedure ids', () => {
  it('are what the schema accepts, in the id procmap proposes too', () => {
    const id = (schema as unknown as { properties: { id: { pattern: string } } }).properties.id;
    expect(PROCEDURE_ID_PATTERN.source).toBe(id.pattern);
  });
});

describe('step ids', () => {
  it('are what the schema accepts, in the model too', () => {
    const stepId = (schema as unknown as { $defs: { stepId: { pattern: string; maxLength: number } } }).$defs.stepId;
    expect(STEP_ID_PATTERN.source).toBe(stepId.pattern);
    expect(['B1', 'Bước 2', '1', 'B.4', 'a)', '(1)', 'x'.repeat(64)].every(isStepId)).toBe(true);
    // A bracket is a numbered list's only around or after the id: one inside or left open is no list's.
    expect(['', ' B1', 'B1!', '(1', 'B(1)', '1))', 'x'.repeat(stepId.maxLength + 1)].some(isStepId)).toBe(false);
  });
});

describe('yes and no', () => {
  it.each([
    'có',
    'Không',
    'ĐÚNG',
    'sai',
    'Có áp dụng',
    'không  áp dụng',
    'yes',
    'No',
    'true',
    'x',
    'X',
    '✓',
    '✔️',
    '☑',
    '✗',
    '×',
    '1',
    'có lẽ',
    'áp dụng',
    // Typed without accents.
    'co',
    'Khong',
    'dung',
    'khong ap dung',
    'co le',
  ])('%j: the schema and the model agree', (text) => {
    const flag = new RegExp((schema as unknown as { $defs: { flag: { pattern: string } } }).$defs.flag.pattern, 'u');
    expect(flag.test(text)).toBe(flagOf(text) !== undefined);
  });

  it('read as officers mean them', () => {
    expect(['Đúng', 'Sai', 'Có áp dụng', 'Không áp dụng'].map(flagOf)).toEqual([true, false, true, false]);
    expect(['co', 'KHONG', 'dung', 'Co ap dung'].map(flagOf)).toEqual([true, false, true, true]);
    // "Áp dụng" alone, as a table's column of flags says yes.
    expect(['Áp dụng', 'ap dung', 'áp  dụng'].map(flagOf)).toEqual([true, true, true]);
    // A tick copied from a table says yes; a cross (✗) says yes in some tables and no in others, and is refused.
    expect(['x', 'X', '✓', '✔', '✔️', '☑', '✅'].map(flagOf)).toEqual([true, true, true, true, true, true, true]);
    expect(['✗', '✘', '×', '❌', '-', '1', 'o'].map(flagOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
