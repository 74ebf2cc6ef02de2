import { describe, expect, it } from 'vitest';
import {
  ACCENTS,
  durationProblemText,
  formatDurationShort,
  parseDuration,
  readDuration,
} from '../../src/model/duration.js';
import { cutoffInLimit } from '../../src/model/lenient.js';
import { formatDuration } from '../../src/time/units.js';

/** A reading as one value to compare: the duration with its `bare` mark, or the problem's code. */
const read = (text: string) => {
  const reading = readDuration(text);
  return reading.ok ? { ...reading.duration, bare: reading.bare } : reading.problem.code;
};

describe('parseDuration: every form officers write', () => {
  it.each([
    ['4h', 4, 'h'],
    ['15 phút', 0.25, 'h'],
    ['20 phút', 1 / 3, 'h'],
    ['30 min', 0.5, 'h'],
    ['1 giờ 30 phút', 1.5, 'h'],
    ['1 giờ 20', 80 / 60, 'h'],
    ['4h30', 4.5, 'h'],
    ['1h 15min', 1.25, 'h'],
    // A prime is minutes, as schedules write them.
    ["45'", 0.75, 'h'],
    // In the quotation marks a word processor types around the whole value.
    ['“03 ngày làm việc”', 3, 'd'],
    ['‘4 giờ’', 4, 'h'],
    ["1 giờ 30'", 1.5, 'h'],
    ['1h30’', 1.5, 'h'],
    ['4 giờ làm việc', 4, 'h'],
    ['2 tiếng', 2, 'h'],
    // "tiếng làm việc" as "giờ làm việc" is.
    ['8 tiếng làm việc', 8, 'h'],
    ['1 tiếng 30 phút làm việc', 1.5, 'h'],
    // Working minutes, as procmap prints minutes beside working hours: "15 phút làm việc", "15 working minutes".
    ['15 phút làm việc', 0.25, 'h'],
    ['30 phút làm việc', 0.5, 'h'],
    ['Không quá 45 phút làm việc', 0.75, 'h'],
    ['1 giờ 30 phút làm việc', 1.5, 'h'],
    ['15 working minutes', 0.25, 'h'],
    ['1 working minute', 1 / 60, 'h'],
    ['nửa ngày', 0.5, 'd'],
    ['Nửa ngày làm việc', 0.5, 'd'],
    ['1/2 ngày', 0.5, 'd'],
    ['½ ngày', 0.5, 'd'],
    ['không quá ½ ngày làm việc', 0.5, 'd'],
    ['1 buổi', 0.5, 'd'],
    ['3 buổi làm việc', 1.5, 'd'],
    ['0,5 ngày', 0.5, 'd'],
    ['5 NGÀY LÀM VIỆC', 5, 'd'],
    ['01 Ngày làm việc', 1, 'd'],
    ['Không quá 03 ngày làm việc', 3, 'd'],
    ['10 ngày làm việc.', 10, 'd'],
    ['2 working days', 2, 'd'],
    ['01 tuần làm việc', 5, 'd'],
    ['Không quá 02 tuần làm việc', 10, 'd'],
    ['1 tuan lam viec', 5, 'd'],
    ['1 working week', 5, 'd'],
    ['30cd', 30, 'cd'],
    ['30 ngày lịch', 30, 'cd'],
    ['30 ngày (lịch)', 30, 'cd'],
    ['30 Ngày (Lịch)', 30, 'cd'],
    ['15 calendar days', 15, 'cd'],
    ['15 ngày', 15, 'cd'],
    ['1 tháng', 1, 'month'],
    ['03 THÁNG', 3, 'month'],
    ['2 months', 2, 'month'],
    ['1 năm', 12, 'month'],
    ['trong ngày', 1, 'sameday'],
    ['Ngay trong ngày', 1, 'sameday'],
    ['trong ngày làm việc', 1, 'sameday'],
    ['Same day', 1, 'sameday'],
    ['05 (năm) ngày làm việc', 5, 'd'],
    ['Không quá 15 (mười lăm) ngày làm việc', 15, 'd'],
    ['45 (bốn mươi lăm) ngày lịch', 45, 'cd'],
    ['21 (hai mươi mốt) ngày làm việc', 21, 'd'],
    ['105 (một trăm linh năm) ngày lịch', 105, 'cd'],
    ['03 (Ba) tháng', 3, 'month'],
    // The number in words alone, as older laws write it.
    ['ba ngày làm việc', 3, 'd'],
    ['Mười lăm ngày làm việc', 15, 'd'],
    ['Trong thời hạn ba mươi ngày lịch', 30, 'cd'],
    ['không quá bốn giờ', 4, 'h'],
    ['một trăm linh năm ngày lịch', 105, 'cd'],
    ['năm năm', 60, 'month'],
    ['Mười lăm (15) ngày làm việc', 15, 'd'],
    // The case a limit is for, kept with it as the "kể từ" tail is.
    ['15 ngày làm việc đối với hồ sơ nộp trực tiếp', 15, 'd'],
    ['05 ngày làm việc trong trường hợp phải xác minh', 5, 'd'],
    // The wrappers and labels records and step tables put around a limit.
    ['Chậm nhất 03 ngày làm việc', 3, 'd'],
    ['chậm nhất là 03 ngày làm việc', 3, 'd'],
    ['Tối đa là 02 giờ', 2, 'h'],
    ['Trong thời gian 05 ngày làm việc', 5, 'd'],
    ['Thời hạn 05 ngày làm việc', 5, 'd'],
    ['Thời hạn giải quyết: 05 ngày làm việc', 5, 'd'],
    ['Thời gian thực hiện: 4 giờ', 4, 'h'],
    ['Thời hạn giải quyết: Trong ngày', 1, 'sameday'],
    // Without the colon, after "là", and several lead-ins in a row, as laws compose them.
    ['Thời hạn giải quyết 10 ngày làm việc', 10, 'd'],
    ['Thời hạn giải quyết là 10 ngày làm việc', 10, 'd'],
    ['Thời hạn giải quyết trong ngày', 1, 'sameday'],
    ['Trong thời hạn không quá 10 ngày làm việc', 10, 'd'],
    ['Tổng thời gian giải quyết: trong thời hạn chậm nhất là 10 ngày làm việc', 10, 'd'],
    ['trong thời hạn không quá mười ngày làm việc', 10, 'd'],
    // The label procmap's own document prints, which the Word import reads.
    ['Tổng thời gian giải quyết: 07 ngày làm việc', 7, 'd'],
    ['Tổng thời gian: 07 ngày làm việc', 7, 'd'],
    ['Tong thoi gian giai quyet: 07 ngay lam viec', 7, 'd'],
    ['trong thời gian mười ngày làm việc', 10, 'd'],
    // The verb a step table's cell starts with, and "per dossier" after the unit.
    ['Giải quyết trong 05 ngày làm việc', 5, 'd'],
    ['Trả kết quả trong 03 ngày làm việc', 3, 'd'],
    ['Xử lý hồ sơ không quá 2 giờ', 2, 'h'],
    ['Thực hiện 4 giờ', 4, 'h'],
    ['Giải quyết trong ngày', 1, 'sameday'],
    ['Trả kết quả ngay trong ngày', 1, 'sameday'],
    ['Trong ngày làm việc tiếp nhận hồ sơ', 1, 'sameday'],
    // The day of receipt in a decision's other words: "nhận hồ sơ", "nhận đủ hồ sơ hợp lệ", "nhận được yêu cầu".
    ['Ngay trong ngày nhận hồ sơ', 1, 'sameday'],
    ['Trong ngày nhận đủ hồ sơ hợp lệ', 1, 'sameday'],
    ['trong ngày nhận được yêu cầu', 1, 'sameday'],
    ['Trong ngày tiếp nhận đủ hồ sơ', 1, 'sameday'],
    ['05 ngày làm việc/hồ sơ', 5, 'd'],
    ['02 giờ / 01 hồ sơ', 2, 'h'],
    // "And a half" after the unit, as officers say it; a fraction of a day is working time.
    ['1 ngày rưỡi', 1.5, 'd'],
    ['một ngày rưỡi làm việc', 1.5, 'd'],
    ['2 tiếng rưỡi', 2.5, 'h'],
    ['1 giờ rưỡi', 1.5, 'h'],
    ['3 buổi rưỡi', 1.75, 'd'],
    // A vulgar fraction after a whole number, or alone, as word processors type it; read as the decimal is.
    ['1½ ngày làm việc', 1.5, 'd'],
    ['1 ½ ngày làm việc', 1.5, 'd'],
    ['01½ ngày làm việc', 1.5, 'd'],
    ['không quá 2¼ giờ làm việc', 2.25, 'h'],
    ['¾ giờ làm việc', 0.75, 'h'],
    ['¼ ngày làm việc', 0.25, 'd'],
    ['3¾ ngày làm việc kể từ ngày nhận đủ hồ sơ', 3.75, 'd'],
    ['1½ năm', 18, 'month'],
    // The abbreviation of step tables.
    ['5 ngày LV', 5, 'd'],
    ['5 NLV', 5, 'd'],
  ])('%s is %s %s', (text, value, unit) => {
    const duration = parseDuration(text);
    expect(duration?.unit).toBe(unit);
    expect(duration?.value).toBeCloseTo(value, 9);
  });

  it('reads a whole number and a vulgar fraction as the decimal, its tail kept, and refuses what the decimal is refused', () => {
    const pairs: [string, string][] = [
      ['1½ ngày làm việc', '1,5 ngày làm việc'],
      ['1 ½ giờ làm việc', '1,5 giờ làm việc'],
      ['2¼ ngày làm việc kể từ ngày nhận đủ hồ sơ', '2,25 ngày làm việc kể từ ngày nhận đủ hồ sơ'],
    ];
    for (const [fraction, decimal] of pairs) expect(read(fraction), fraction).toEqual(read(decimal));
    expect(formatDurationShort(parseDuration('1½ ngày làm việc')!)).toBe('1.5d');
    expect(read('1½ ngày lịch')).toBe('fractionalCalendar');
    expect(read('½ tháng')).toBe('fractionalMonth');
    // A way of filing's own limit in brackets, and what it is less by, are read with their fractions too.
    expect(readDuration('3 ngày làm việc (đối với hồ sơ nộp trực tuyến là 2½ ngày làm việc)')).toEqual({
      ok: false,
      problem: {
        code: 'perChannel',
        limits: [{ kind: 'online', limit: '2½ ngày làm việc' }],
        general: '3 ngày làm việc',
      },
    });
    expect(readDuration('3 ngày làm việc (giảm 1 ½ ngày làm việc đối với hồ sơ nộp trực tuyến)')).toMatchObject({
      problem: { code: 'perChannel', limits: [{ kind: 'online', limit: '1,5 ngày làm việc' }] },
    });
  });

  it('counts a limit written in years as its months, marked to be printed in years', () => {
    expect(read('1 năm')).toEqual({ value: 12, unit: 'month', years: true, bare: false });
    expect(read('01 năm kể từ ngày nhận đủ hồ sơ')).toEqual({
      value: 12,
      unit: 'month',
      years: true,
      note: 'kể từ ngày nhận đủ hồ sơ',
      bare: false,
    });
    expect(read('1,5 năm')).toEqual({ value: 18, unit: 'month', years: true, bare: false });
    expect(read('2 years')).toEqual({ value: 24, unit: 'month', years: true, bare: false });
    // Months stay months, and a third of a year, which two decimals cannot hold, is its 4 months.
    expect(read('12 tháng')).toEqual({ value: 12, unit: 'month', bare: false });
    expect(read('1/3 năm')).toEqual({ value: 4, unit: 'month', bare: false });
    expect(formatDurationShort(parseDuration('01 năm')!)).toBe('1 năm');
    expect(formatDurationShort(parseDuration('18 tháng')!)).toBe('18 tháng');
  });

  it('keeps the legal tail as a note, never losing it', () => {
    expect(parseDuration('05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ')).toEqual({
      value: 5,
      unit: 'd',
      note: 'kể từ ngày nhận đủ hồ sơ hợp lệ',
    });
    expect(parseDuration('Không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ.')).toEqual({
      value: 15,
      unit: 'd',
      note: 'kể từ ngày nhận đủ hồ sơ',
    });
    // After a comma, as some published procedures write it.
    expect(parseDuration('15 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ')).toEqual({
      value: 15,
      unit: 'd',
      note: 'kể từ ngày nhận đủ hồ sơ hợp lệ',
    });
    // After a full stop or a semicolon, as a sentence of its own or a paste that lost its space: the same tail, never
    // a remark in brackets nor another case's limit (";" made it an error, "." without a space no duration at all).
    for (const text of [
      '15 ngày làm việc; kể từ ngày nhận đủ hồ sơ hợp lệ',
      '15 ngày làm việc. kể từ ngày nhận đủ hồ sơ hợp lệ',
      '15 ngày làm việc.kể từ ngày nhận đủ hồ sơ hợp lệ',
      'Không quá 15 ngày làm việc ; tính từ ngày nhận đủ hồ sơ hợp lệ.',
    ])
      expect(parseDuration(text)?.note, text).toMatch(/^(?:kể|tính) từ ngày nhận đủ hồ sơ hợp lệ$/u);
    expect(parseDuration('15 ngày làm việc. Kể từ ngày nhận đủ hồ sơ')).toEqual({
      value: 15,
      unit: 'd',
      note: 'kể từ ngày nhận đủ hồ sơ',
    });
    expect(formatDurationShort(parseDuration('05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ')!)).toBe(
      '5d kể từ ngày nhận đủ hồ sơ hợp lệ',
    );
  });

  it('reads the hours a limit in days is glossed with as the same time, not a note, unless they differ', () => {
    // As ISO documents print a limit, procmap's own included: "02 ngày làm việc (16 giờ)" printed "(16 giờ) (16 giờ)".
    expect(parseDuration('02 ngày làm việc (16 giờ)')).toEqual({ value: 2, unit: 'd' });
    expect(parseDuration('0,5 ngày làm việc (04 giờ làm việc)')).toEqual({ value: 0.5, unit: 'd' });
    expect(parseDuration('2 ngay lam viec (16 gio)')).toEqual({ value: 2, unit: 'd' });
    expect(parseDuration('10 ngày làm việc (80 giờ) kể từ ngày nhận đủ hồ sơ')).toEqual({
      value: 10,
      unit: 'd',
      note: 'kể từ ngày nhận đủ hồ sơ',
    });
    // Other hours are no note either, which a document would print beside its own: the reading keeps them for
    // rule bracketed-hours to set against the calendar's day.
    expect(readDuration('02 ngày làm việc (20 giờ)')).toEqual({
      ok: true,
      duration: { value: 2, unit: 'd' },
      bare: false,
      hours: 20,
    });
    expect(readDuration('5 ngày làm việc (42,5 giờ) kể từ ngày nhận đủ hồ sơ')).toEqual({
      ok: true,
      duration: { value: 5, unit: 'd', note: 'kể từ ngày nhận đủ hồ sơ' },
      bare: false,
      hours: 42.5,
    });
    expect(readDuration('10 ngày làm việc (80h)')).toMatchObject({ duration: { value: 10, unit: 'd' }, hours: 80 });
    expect(readDuration('10 ngày làm việc (80 tiếng)')).toMatchObject({
      duration: { value: 10, unit: 'd' },
      hours: 80,
    });
  });

  it('reads the law’s same-day limit with its next-day clause, keeping the clause as the note', () => {
    // Decree 23/2015/NĐ-CP, Art. 7, as chứng thực procedures publish it.
    expect(
      parseDuration(
        'Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ',
      ),
    ).toEqual({
      value: 1,
      unit: 'sameday',
      // The day's own words stay with the clause: the law's sentence is quoted whole, never "trong ngày hoặc …".
      note: 'cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ',
    });
    expect(parseDuration('trong ngày; sau 15h30 trả vào ngày làm việc tiếp theo')).toEqual({
      value: 1,
      unit: 'sameday',
      note: '(sau 15h30 trả vào ngày làm việc tiếp theo)',
    });
    // Whatever words come before the hour, as officers paraphrase the Decree.
    expect(parseDuration('Trong ngày; hồ sơ nhận sau 15 giờ trả trong ngày làm việc tiếp theo')).toEqual({
      value: 1,
      unit: 'sameday',
      note: '(hồ sơ nhận sau 15 giờ trả trong ngày làm việc tiếp theo)',
    });
    // The day of receipt named "nhận hồ sơ", as decisions also write it: its words stay with the clause likewise.
    expect(
      parseDuration(
        'Ngay trong ngày nhận hồ sơ, trường hợp nhận hồ sơ sau 15 giờ thì trả trong ngày làm việc tiếp theo',
      ),
    ).toEqual({
      value: 1,
      unit: 'sameday',
      note: '(trường hợp nhận hồ sơ sau 15 giờ thì trả trong ngày làm việc tiếp theo)',
    });
    // Without an hour, the words say nothing procmap can count.
    expect(parseDuration('trong ngày hoặc ngày làm việc tiếp theo')).toBeUndefined();
    expect(parseDuration('trong ngày nhận hồ sơ hoặc ngày làm việc tiếp theo')).toBeUndefined();
  });

  it('keeps a remark in brackets after the unit as a note, before the legal tail', () => {
    expect(parseDuration('05 ngày làm việc (không kể thời gian niêm yết)')).toEqual({
      value: 5,
      unit: 'd',
      note: '(không kể thời gian niêm yết)',
    });
    const both = parseDuration('05 (năm) ngày làm việc (không kể thời gian niêm yết) kể từ ngày nhận đủ hồ sơ');
    expect(both).toEqual({ value: 5, unit: 'd', note: '(không kể thời gian niêm yết) kể từ ngày nhận đủ hồ sơ' });
    // The canonical form reads back the same.
    expect(parseDuration(formatDurationShort(both!))).toEqual(both);
    // A legal tail inside the brackets stays in them: the remark is the whole bracket.
    expect(parseDuration('10 ngày làm việc (kể từ ngày nhận đủ hồ sơ hợp lệ)')).toEqual({
      value: 10,
      unit: 'd',
      note: '(kể từ ngày nhận đủ hồ sơ hợp lệ)',
    });
    expect(parseDuration('05 ngày làm việc (kể từ ngày nhận đủ hồ sơ) đối với hồ sơ nộp trực tuyến')).toEqual({
      value: 5,
      unit: 'd',
      note: '(kể từ ngày nhận đủ hồ sơ) đối với hồ sơ nộp trực tuyến',
    });
    // "(lịch)" is part of the unit, in any case.
    expect(readDuration('30 Ngày (Lịch)')).toMatchObject({
      ok: true,
      bare: false,
      duration: { value: 30, unit: 'cd' },
    });
  });

  it('reads a general limit with a case named by "đối với … thì" after it, or a sentence naming no other time', () => {
    const landLaw =
      'đối với các xã miền núi, hải đảo, vùng có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn thì thời gian thực hiện được tăng thêm 10 ngày làm việc';
    const limit = parseDuration(`15 ngày làm việc; ${landLaw}`);
    expect(limit).toEqual({ value: 15, unit: 'd', note: `(${landLaw})` });
    expect(parseDuration(formatDurationShort(limit!))).toEqual(limit);
    expect(parseDuration('05 ngày làm việc, riêng hồ sơ cấp lại thì 03 ngày làm việc')).toEqual({
      value: 5,
      unit: 'd',
      note: '(riêng hồ sơ cấp lại thì 03 ngày làm việc)',
    });
    expect(
      parseDuration('10 ngày làm việc. Thời gian này không tính thời gian các ngày nghỉ lễ, Tết theo quy định'),
    ).toEqual({
      value: 10,
      unit: 'd',
      note: '(Thời gian này không tính thời gian các ngày nghỉ lễ, Tết theo quy định)',
    });
    // A sentence naming another time, or a case without what it takes, is still no one limit.
    expect(readDuration('10 ngày làm việc. Thời gian niêm yết 15 ngày không tính vào thời hạn')).toMatchObject({
      ok: false,
    });
    expect(readDuration('05 ngày làm việc; đối với xã miền núi 07 ngày làm việc')).toMatchObject({ ok: false });
    // A limit per way of filing and a limit per case keep their own messages.
    expect(readDuration('10 ngày làm việc; đối với hồ sơ nộp trực tuyến thì không quá 05 ngày làm việc')).toMatchObject(
      { ok: false, problem: { code: 'perChannel' } },
    );
  });

  it('reads a general limit with the exception of another case after it, the exception kept in brackets', () => {
    const note = '(trường hợp phải xác minh thì không quá 10 ngày làm việc)';
    for (const text of [
      '05 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày làm việc',
      '05 ngày làm việc, trường hợp phải xác minh thì không quá 10 ngày làm việc.',
      '05 ngày làm việc. trường hợp phải xác minh thì không quá 10 ngày làm việc',
    ])
      expect(parseDuration(text)).toEqual({ value: 5, unit: 'd', note });
    const withTail = parseDuration(
      'Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ. Nếu phải lấy ý kiến bộ, ngành thì 20 ngày làm việc',
    );
    expect(withTail).toEqual({
      value: 10,
      unit: 'd',
      note: 'kể từ ngày nhận đủ hồ sơ. Nếu phải lấy ý kiến bộ, ngành thì 20 ngày làm việc',
    });
    const exception = parseDuration('02 ngày làm việc; riêng trường hợp cấp lại thì 01 ngày làm việc');
    expect(formatDurationShort(exception!)).toBe('2d (riêng trường hợp cấp lại thì 01 ngày làm việc)');
    expect(parseDuration(formatDurationShort(exception!))).toEqual(exception);
    // Typed without accents, the exception is kept as typed.
    expect(parseDuration('5 ngay lam viec; truong hop phai xac minh thi 10 ngay lam viec')).toEqual({
      value: 5,
      unit: 'd',
      note: '(truong hop phai xac minh thi 10 ngay lam viec)',
    });
    // A bare "ngày" before the exception is still asked about.
    expect(readDuration('15 ngày; trường hợp phải xác minh thì 30 ngày')).toMatchObject({ ok: true, bare: true });
    // The same-day limit's next-day clause keeps its own reading; what is no limit before a case stays refused.
    expect(
      parseDuration('Trong ngày; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo'),
    ).toEqual({
      value: 1,
      unit: 'sameday',
      note: '(trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo)',
    });
    // In brackets, so that "trong ngày (trường hợp …)" prints and reads back as the law meant it.
    expect(
      formatDurationShort(parseDuration('Trong ngày; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả vào hôm sau')!),
    ).toBe('trong ngày (trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả vào hôm sau)');
    expect(readDuration('vài ngày; trường hợp phải xác minh thì 10 ngày làm việc')).toEqual({
      ok: false,
      problem: { code: 'unknown' },
    });
  });

  it('reads a hostile limit with many legal tails inside an open bracket in one pass along the text', () => {
    // Each "kể từ" lies inside the bracket; counting brackets from the start for each one took minutes.
    expect(readDuration(`5 ngày làm việc (${' kể từ x'.repeat(100_000)}`)).toEqual({
      ok: false,
      problem: { code: 'unknown' },
    });
  });

  it('reads a duration typed without accents as its accented twin, keeping the note as typed', () => {
    expect(read('5 ngay lam viec')).toEqual({ value: 5, unit: 'd', bare: false });
    expect(read('Khong qua 03 ngay lam viec ke tu ngay nhan du ho so hop le')).toEqual({
      value: 3,
      unit: 'd',
      note: 'ke tu ngay nhan du ho so hop le',
      bare: false,
    });
    expect(read('4 GIO')).toEqual({ value: 4, unit: 'h', bare: false });
    expect(read('1 gio 30 phut')).toEqual({ value: 1.5, unit: 'h', bare: false });
    expect(read('2 thang')).toEqual({ value: 2, unit: 'month', bare: false });
    expect(read('01 thang')).toEqual({ value: 1, unit: 'month', bare: false });
    expect(read('1 nam')).toEqual(read('1 năm'));
    expect(read('2 nam')).toEqual({ value: 24, unit: 'month', years: true, bare: false });
    expect(read('Khong qua 01 nam ke tu ngay nhan du ho so')).toMatchObject({
      value: 12,
      note: 'ke tu ngay nhan du ho so',
    });
    expect(read('05 (nam) ngay lam viec')).toEqual({ value: 5, unit: 'd', bare: false });
    expect(read('1 ngay ruoi')).toEqual({ value: 1.5, unit: 'd', bare: false });
    expect(read('Ngay trong ngay')).toEqual({ value: 1, unit: 'sameday', bare: false });
    expect(read('15 ngay')).toEqual({ value: 15, unit: 'cd', bare: true });
    expect(read('30 ngay lich')).toEqual({ value: 30, unit: 'cd', bare: false });
    expect(read('Thoi han giai quyet: 05 ngay lam viec')).toEqual({ value: 5, unit: 'd', bare: false });
    // The law's same-day limit with its next-day clause, and the hour it names as the cutoff.
    const clause =
      'Trong ngay co quan, to chuc tiep nhan yeu cau hoac trong ngay lam viec tiep theo, neu tiep nhan yeu cau sau 15 gio';
    expect(read(clause)).toEqual({
      value: 1,
      unit: 'sameday',
      note: 'co quan, to chuc tiep nhan yeu cau hoac trong ngay lam viec tiep theo, neu tiep nhan yeu cau sau 15 gio',
      bare: false,
    });
    expect(cutoffInLimit(clause)).toBe('15:00');
    // Each word keeps its length with its accents (NFC), so the note is found at the same place as typed.
    for (const [bare, accented] of ACCENTS)
      expect([bare, accented.normalize('NFC').length]).toEqual([bare, bare.length]);
    // No accents to put back, or words that still are no duration: refused as written.
    expect(read('Giai quyet ngay')).toBe('unknown');
    expect(read('vai ngay')).toBe('unknown');
    expect(read('Trong ngay lam viec tiep theo')).toEqual({ value: 1, unit: 'sameday', nextDay: 'close', bare: false });
    expect(read('Trong ngày hoặc ngày làm việc tiếp theo')).toBe('nextDay');
    expect(read('Trong ngày hoặc chậm nhất vào ngày làm việc tiếp theo')).toBe('nextDay');
  });

  it('reads a duration with some accents missing or misplaced, as typing slips leave them, keeping the note as typed', () => {
    expect(read('02 ngày làm viêc')).toEqual({ value: 2, unit: 'd', bare: false });
    expect(read('Không quá 05 ngày lam việc')).toEqual({ value: 5, unit: 'd', bare: false });
    expect(read('2 gìơ')).toEqual({ value: 2, unit: 'h', bare: false });
    expect(read('3 ngay làm việc kể từ ngày nhận đủ hồ sơ')).toEqual({
      value: 3,
      unit: 'd',
      note: 'kể từ ngày nhận đủ hồ sơ',
      bare: false,
    });
    // Still no duration once folded: refused as written.
    expect(read('Buổi sáng')).toBe('unknown');
    expect(read('Trong giờ hành chính')).toBe('unknown');
  });

  it('reads "giờ (làm việc)" and "phút (làm việc)" as working hours and minutes, no remark, as "ngày (làm việc)" is', () => {
    const hours = (value: number) => ({ ok: true, bare: false, duration: { value, unit: 'h' } });
    expect(readDuration('1 giờ (làm việc)')).toEqual(hours(1));
    expect(readDuration('1 giờ(làm việc)')).toEqual(hours(1));
    expect(readDuration('2 tiếng ( làm việc )')).toEqual(hours(2));
    expect(readDuration('15 phút (làm việc)')).toEqual(hours(0.25));
    expect(readDuration('1 giờ 30 phút (làm việc)')).toEqual(hours(1.5));
    expect(formatDurationShort(parseDuration('1 giờ (làm việc)')!)).toBe('1h');
    expect(formatDurationShort(parseDuration('15 phút (làm việc)')!)).toBe('0.25h');
    // Any other bracket is still a remark.
    expect(readDuration('1 giờ (không kể thời gian niêm yết)')).toMatchObject({
      ok: true,
      duration: { value: 1, unit: 'h', note: '(không kể thời gian niêm yết)' },
    });
  });

  it('reads "ngày (làm việc)" as working days and "ngày (lịch)" as calendar days, however the brackets are spaced', () => {
    expect(readDuration('3 ngày (làm việc)')).toEqual({ ok: true, bare: false, duration: { value: 3, unit: 'd' } });
    expect(readDuration('3 ngày(làm việc)')).toEqual({ ok: true, bare: false, duration: { value: 3, unit: 'd' } });
    expect(readDuration('30 ngày ( lịch )')).toEqual({ ok: true, bare: false, duration: { value: 30, unit: 'cd' } });
    expect(readDuration('5 ngày làm việc(không kể thời gian niêm yết)')).toMatchObject({
      ok: true,
      duration: { value: 5, unit: 'd', note: '(không kể thời gian niêm yết)' },
    });
  });

  it('reads "at once" or "the same day" with the longest span the law allows after it as that span, never less', () => {
    for (const [text, value] of [
      ['Ngay khi nhận đủ hồ sơ hoặc trong thời hạn 02 ngày làm việc', 2],
      ['Trong ngày hoặc chậm nhất 02 ngày làm việc', 2],
      ['Trả ngay; trường hợp cần xác minh thì không quá 05 ngày làm việc', 5],
      ['Giải quyết ngay sau khi nhận đủ hồ sơ, hoặc không quá 03 ngày làm việc kể từ ngày nhận', 3],
    ] as const)
      expect(read(text), text).toEqual({ value, unit: 'd', note: `(${text})`, bare: false });
    // procmap's own spelling of it reads back the same.
    const written = formatDurationShort(
      parseDuration('Trả ngay; trường hợp cần xác minh thì không quá 05 ngày làm việc')!,
    );
    expect(written).toBe('5d (Trả ngay; trường hợp cần xác minh thì không quá 05 ngày làm việc)');
    expect(parseDuration(written)).toEqual(
      parseDuration('Trả ngay; trường hợp cần xác minh thì không quá 05 ngày làm việc'),
    );
    // At once alone is still no span; the same day with another case's exception keeps the same day.
    expect(read('Giải quyết ngay')).toBe('immediately');
    expect(read('Trong ngày; trường hợp phức tạp thì không quá 03 ngày làm việc')).toMatchObject({ unit: 'sameday' });
  });

  it('reads a limit pasted with the mark of its list item, as the national record and documents list them', () => {
    for (const text of ['- 03 ngày làm việc', '• 03 ngày làm việc', '+ 03 ngày làm việc'])
      expect(readDuration(text)).toEqual({ ok: true, bare: false, duration: { value: 3, unit: 'd' } });
    // A dash alone is a cell with nothing in it yet.
    expect(readDuration('-')).toEqual({ ok: false, problem: { code: 'empty' } });
  });

  it('reads hours as "g" and minutes as "ph", as hand-written schedules abbreviate them, and a stray comma or dash', () => {
    expect(['2g', '2g30', '30ph', '1 giờ 30 phút làm việc'].map(read)).toEqual([
      { value: 2, unit: 'h', bare: false },
      { value: 2.5, unit: 'h', bare: false },
      { value: 0.5, unit: 'h', bare: false },
      { value: 1.5, unit: 'h', bare: false },
    ]);
    expect(read('3 ngày làm việc,')).toEqual({ value: 3, unit: 'd', bare: false });
    for (const text of ['3 ngày làm việc – kể từ ngày nhận hồ sơ', '3 ngày làm việc - kể từ ngày nhận hồ sơ'])
      expect(read(text), text).toEqual({ value: 3, unit: 'd', note: 'kể từ ngày nhận hồ sơ', bare: false });
    expect(read('Trả ngay trong ngày')).toEqual({ value: 1, unit: 'sameday', bare: false });
    expect(read('Trả ngay')).toBe('immediately');
  });

  it('reads "N ngày" glossed with its working hours as working days, and with other hours as it reads "N ngày"', () => {
    expect(read('01 ngày (08 giờ làm việc)')).toEqual({ value: 1, unit: 'd', bare: false });
    expect(read('2 ngày (16 giờ)')).toEqual({ value: 2, unit: 'd', bare: false });
    expect(read('1 ngày (24 giờ)')).toEqual({ value: 1, unit: 'cd', note: '(24 giờ)', bare: true });
    // Hours of another calendar's day (hours_per_day: 8.5) say working days too; bracketed-hours checks them.
    expect(read('10 ngày (85 giờ)')).toEqual({ value: 10, unit: 'd', bare: false });
  });

  it('marks a bare "N ngày" so that ambiguous-days can ask, and nothing else', () => {
    expect(readDuration('02 ngày')).toMatchObject({ ok: true, bare: true });
    expect(readDuration('2 days')).toMatchObject({ ok: true, bare: true });
    for (const text of ['2 ngày làm việc', '2 ngày lịch', 'nửa ngày', '0,5 ngày', '2d'])
      expect(readDuration(text)).toMatchObject({ ok: true, bare: false });
  });
});

describe('parseDuration: the spellings procmap writes, read without the officers’ patterns', () => {
  it('reads each as the same text spaced otherwise does, through the officers’ patterns', () => {
    const written = ['4h', '0.25h', '20min', '40min', '0.5d', '3d', '30cd', '1 tháng', '12 tháng', 'trong ngày'];
    for (const text of written) expect(read(text), text).toEqual(read(` ${text.replace(' ', '  ')} `));
    // And what they write back is the text itself.
    for (const text of written) expect(formatDurationShort(parseDuration(text)!), text).toBe(text);
    expect(['0.3min', '2.5 tháng'].map(read)).toEqual(['precision', 'fractionalMonth']);
  });
});

describe('parseDuration: what it refuses, and what it says', () => {
  const say = (text: string, lang: 'en' | 'vi' = 'en') => {
    const reading = readDuration(text);
    if (reading.ok) throw new Error(`${text} was read`);
    return durationProblemText(text, reading.problem, lang);
  };

  it.each([
    ['1 tuần', '"1 tuần" can mean 5 working days or 7 calendar days: write "5 ngày làm việc" or "7 ngày lịch"'],
    ['2 weeks', '"2 weeks" can mean 10 working days or 14 calendar days: write "10 ngày làm việc" or "14 ngày lịch"'],
    ['5', '"5" has no unit: write "5 working days", "5 calendar days" or "5h" (working hours)'],
    ['1', '"1" has no unit: write "1 working day", "1 calendar day" or "1h" (working hours)'],
    // A fraction alone, as "1/2 ngày" is read: the unit is missing, as for "0,5".
    // Calendar days are whole: a fraction is offered only the units that can hold it.
    ['1/2', '"1/2" has no unit: write "1/2 working days" or "1/2h" (working hours)'],
    ['0.5', '"0.5" has no unit: write "0.5 working days" or "0.5h" (working hours)'],
    // No unit holds three decimals: adding one would not help.
    [
      '0.333',
      '"0.333" is finer than procmap counts: write at most two decimals, or hours and minutes such as "1 giờ 20 phút"',
    ],
    // "0 ngày làm việc" would be refused next (step-duration-positive): say what to write instead.
    [
      '0',
      '"0" is no time: write how long it takes, e.g. "30 min", "4h" or "1 ngày làm việc"; if a step\'s time is not known yet, write duration: 0h and draft: true',
    ],
    [
      '0.5cd',
      'Calendar days are whole days, so "0.5cd" cannot be counted: write whole calendar days, or working time such as "0.5 ngày làm việc"',
    ],
    [
      '1,5 tháng',
      'Months are counted whole (Civil Code Art. 148), so "1,5 tháng" cannot be counted: write whole months, or calendar days such as "45 ngày lịch"',
    ],
    [
      'vài giờ',
      '"vài giờ" is not a duration: write a number and a unit, e.g. "4h", "30 min", "1 giờ 30 phút", "0.5d", "3 ngày làm việc", "30 ngày lịch", "3 tháng" or "trong ngày"',
    ],
    [
      '05 (bảy) ngày làm việc',
      '"05 (bảy) ngày làm việc": the number 05 and the words "bảy" say different things; correct one of them',
    ],
    // As records give a limit per case: one case's limit is what a procedure holds.
    [
      '03 ngày làm việc đối với trường hợp không phải xác minh; 10 ngày làm việc đối với trường hợp phải xác minh',
      '"03 ngày làm việc đối với trường hợp không phải xác minh; 10 ngày làm việc đối với trường hợp phải xác minh" gives a limit for each case: write the limit of the case this procedure describes, with the case in brackets, e.g. time_limit: "03 ngày làm việc (đối với trường hợp không phải xác minh)"; a case with other steps is best a procedure of its own',
    ],
    // "At once" is no span to count; "ngay trong ngày" is the same-day limit and reads as such.
    [
      'Giải quyết ngay',
      '"Giải quyết ngay" says at once, which is no span of time procmap can count: write the time the result may take, e.g. "2h", or "trong ngày" when it is returned the same working day',
    ],
    [
      'Trả ngay',
      '"Trả ngay" says at once, which is no span of time procmap can count: write the time the result may take, e.g. "2h", or "trong ngày" when it is returned the same working day',
    ],
    [
      'Ngay sau khi nhận đủ hồ sơ hợp lệ',
      '"Ngay sau khi nhận đủ hồ sơ hợp lệ" says at once, which is no span of time procmap can count: write the time the result may take, e.g. "2h", or "trong ngày" when it is returned the same working day',
    ],
    // The same day or the next with no hour that says which, or "the next day" not said to be a working day.
    ...['Trong ngày hoặc ngày làm việc tiếp theo', 'Ngày hôm sau', 'Trong ngày làm việc tiếp theo nếu hồ sơ đủ'].map(
      (text) => [
        text,
        `"${text}" does not say which day the result is due: write "Trong ngày làm việc tiếp theo" when it is due by the close of the working day after the day of receipt; or, when the result is returned the same day unless the dossier comes late, "trong ngày" with the hour in cutoff, e.g. cutoff: "15:00"`,
      ],
    ),
    [
      'ba (05) ngày làm việc',
      '"ba (05) ngày làm việc": the number 05 and the words "ba" say different things; correct one of them',
    ],
    ['99999999999d', '"99999999999d" is longer than procmap accepts: at most 2500 working days'],
    // As the national record's text gives a limit per way of filing.
    [
      'Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc; Bưu chính công ích: 06 ngày làm việc',
      '"Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc; Bưu chính công ích: 06 ngày làm việc" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 05 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }, { kind: postal, time_limit: 06 ngày làm việc }]',
    ],
    // What the national record says of a procedure the law sets no limit for.
    [
      'Không quy định',
      '"Không quy định" names no time: the law may set no limit for this procedure, but its process needs one to count the appointment from; write the time your agency commits to, with what the law says in brackets, e.g. "5 ngày làm việc (pháp luật không quy định thời hạn)"',
    ],
    // A limit left to another text, named: the officer can look it up there (it had the advice for a word no unit).
    [
      'Theo quy định của pháp luật chuyên ngành',
      '"Theo quy định của pháp luật chuyên ngành" leaves the limit to another text: look the limit up there and write it as a time, with the reference in brackets, e.g. "20 ngày làm việc (theo quy định của pháp luật chuyên ngành)"; if that text sets none, write the time your agency commits to',
    ],
    [
      'Thực hiện theo quy định tại Điều 12 Nghị định 43/2014/NĐ-CP',
      '"Thực hiện theo quy định tại Điều 12 Nghị định 43/2014/NĐ-CP" leaves the limit to another text: look the limit up there and write it as a time, with the reference in brackets, e.g. "20 ngày làm việc (theo quy định tại Điều 12 Nghị định 43/2014/NĐ-CP)"; if that text sets none, write the time your agency commits to',
    ],
    // Every way a limit per case is written gets the per-case advice: the case in brackets, before a colon, or after
    // "đối với"; the parts between semicolons or commas.
    ...[
      ['5 ngày làm việc (đối với cấp mới), 3 ngày làm việc (đối với cấp lại)', '5 ngày làm việc (đối với cấp mới)'],
      ['Cấp mới: 05 ngày làm việc; cấp lại: 03 ngày làm việc', '05 ngày làm việc (Cấp mới)'],
      ['05 ngày làm việc (cấp mới); 03 ngày làm việc (cấp lại)', '05 ngày làm việc (cấp mới)'],
      ['05 ngày làm việc đối với cấp mới, 03 ngày làm việc đối với cấp lại', '05 ngày làm việc (đối với cấp mới)'],
      ['05 ngày làm việc (cấp mới, cấp đổi); 03 ngày làm việc (cấp lại)', '05 ngày làm việc (cấp mới, cấp đổi)'],
    ].map(([text, example]) => [
      text!,
      `"${text}" gives a limit for each case: write the limit of the case this procedure describes, with the case in brackets, e.g. time_limit: "${example}"; a case with other steps is best a procedure of its own`,
    ]),
    // Cases that are all ways of filing are left to the channels' reading, never taken as cases: between commas too.
    [
      '03 ngày làm việc (trực tiếp), 02 ngày làm việc (trực tuyến)',
      '"03 ngày làm việc (trực tiếp), 02 ngày làm việc (trực tuyến)" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 03 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 02 ngày làm việc }]',
    ],
    // Or with each way of filing after its limit, in brackets or not, as decisions announcing procedures write it.
    [
      '03 ngày làm việc (đối với hồ sơ nộp trực tiếp); 02 ngày làm việc đối với hồ sơ nộp trực tuyến',
      '"03 ngày làm việc (đối với hồ sơ nộp trực tiếp); 02 ngày làm việc đối với hồ sơ nộp trực tuyến" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 03 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 02 ngày làm việc }]',
    ],
    // The general limit first, another way of filing's after it, or in brackets, where it would have been a note.
    [
      '10 ngày làm việc; trực tuyến: 08 ngày làm việc',
      '"10 ngày làm việc; trực tuyến: 08 ngày làm việc" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 10 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 08 ngày làm việc }]; the text names no way of filing for 10 ngày làm việc, so procmap gives it to filing in person at the one-stop counter (in_person): if dossiers may also be filed another way, add { kind: postal } to channels',
    ],
    [
      '10 ngày làm việc (trực tuyến: 08 ngày làm việc)',
      '"10 ngày làm việc (trực tuyến: 08 ngày làm việc)" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 10 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 08 ngày làm việc }]; the text names no way of filing for 10 ngày làm việc, so procmap gives it to filing in person at the one-stop counter (in_person): if dossiers may also be filed another way, add { kind: postal } to channels',
    ],
    // The online limit after a comma, as a sentence writes it; a comma inside the law's tail splits nothing.
    [
      '05 ngày làm việc, trực tuyến 04 ngày làm việc',
      '"05 ngày làm việc, trực tuyến 04 ngày làm việc" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 05 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }]; the text names no way of filing for 05 ngày làm việc, so procmap gives it to filing in person at the one-stop counter (in_person): if dossiers may also be filed another way, add { kind: postal } to channels',
    ],
    [
      '05 ngày làm việc, nộp trực tuyến: 04 ngày làm việc',
      '"05 ngày làm việc, nộp trực tuyến: 04 ngày làm việc" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 05 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }]; the text names no way of filing for 05 ngày làm việc, so procmap gives it to filing in person at the one-stop counter (in_person): if dossiers may also be filed another way, add { kind: postal } to channels',
    ],
    [
      '05 ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ, trực tuyến 04 ngày làm việc',
      '"05 ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ, trực tuyến 04 ngày làm việc" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 05 ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ and channels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }]; the text names no way of filing for 05 ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ, so procmap gives it to filing in person at the one-stop counter (in_person): if dossiers may also be filed another way, add { kind: postal } to channels',
    ],
    // The law's tail after the bracket is the general limit's, as it is before the bracket.
    [
      '05 ngày làm việc (trực tuyến 03 ngày làm việc) kể từ ngày nhận đủ hồ sơ hợp lệ',
      '"05 ngày làm việc (trực tuyến 03 ngày làm việc) kể từ ngày nhận đủ hồ sơ hợp lệ" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ and channels: [{ kind: in_person }, { kind: online, time_limit: 03 ngày làm việc }]; the text names no way of filing for 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, so procmap gives it to filing in person at the one-stop counter (in_person): if dossiers may also be filed another way, add { kind: postal } to channels',
    ],
    [
      '05 ngày làm việc (nộp trực tuyến còn 03 ngày làm việc), tính từ ngày nhận đủ hồ sơ',
      '"05 ngày làm việc (nộp trực tuyến còn 03 ngày làm việc), tính từ ngày nhận đủ hồ sơ" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 05 ngày làm việc tính từ ngày nhận đủ hồ sơ and channels: [{ kind: in_person }, { kind: online, time_limit: 03 ngày làm việc }]; the text names no way of filing for 05 ngày làm việc tính từ ngày nhận đủ hồ sơ, so procmap gives it to filing in person at the one-stop counter (in_person): if dossiers may also be filed another way, add { kind: postal } to channels',
    ],
    // The exception's case first, as laws write it: a shorter online limit is never dropped into a note.
    [
      '10 ngày làm việc; trường hợp nộp hồ sơ trực tuyến thì không quá 05 ngày làm việc',
      '"10 ngày làm việc; trường hợp nộp hồ sơ trực tuyến thì không quá 05 ngày làm việc" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 10 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 05 ngày làm việc }]; the text names no way of filing for 10 ngày làm việc, so procmap gives it to filing in person at the one-stop counter (in_person): if dossiers may also be filed another way, add { kind: postal } to channels',
    ],
    [
      '20 ngày làm việc (đối với hồ sơ nộp trực tuyến là 18 ngày làm việc)',
      '"20 ngày làm việc (đối với hồ sơ nộp trực tuyến là 18 ngày làm việc)" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 20 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 18 ngày làm việc }]; the text names no way of filing for 20 ngày làm việc, so procmap gives it to filing in person at the one-stop counter (in_person): if dossiers may also be filed another way, add { kind: postal } to channels',
    ],
    [
      '10 ngày làm việc; riêng hồ sơ nộp qua dịch vụ bưu chính thì 12 ngày làm việc',
      '"10 ngày làm việc; riêng hồ sơ nộp qua dịch vụ bưu chính thì 12 ngày làm việc" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 10 ngày làm việc and channels: [{ kind: in_person }, { kind: postal, time_limit: 12 ngày làm việc }]; the text names no way of filing for 10 ngày làm việc, so procmap gives it to filing in person at the one-stop counter (in_person): if dossiers may also be filed another way, add { kind: online } to channels',
    ],
    // A range, as schedules estimate a step: one time is asked for, the longest in the example.
    [
      '10 - 15 phút',
      '"10 - 15 phút" is a range: write one time, e.g. "15 phút" (for a step, the longest it may take, so that the plan holds for every dossier)',
    ],
    [
      'từ 10 đến 15 ngày làm việc',
      '"từ 10 đến 15 ngày làm việc" is a range: write one time, e.g. "15 ngày làm việc" (for a step, the longest it may take, so that the plan holds for every dossier)',
    ],
    // One part named by a channel is not a list of limits: the other ways' limit is unsaid, and asked for.
    [
      'Trực tuyến: 04 ngày làm việc',
      '"Trực tuyến: 04 ngày làm việc" gives the limit of filing online alone, "Trực tuyến", and no limit for the other ways of filing: if every way of filing has this limit, write time_limit: "04 ngày làm việc"; if only filing online has it, write the limit of the other ways in time_limit and this one in channels: [{ kind: in_person }, { kind: online, time_limit: "04 ngày làm việc" }]',
    ],
    // Days and hours together: the hours of a working day belong to the calendar, so procmap asks for one unit.
    [
      '1 ngày 4 giờ',
      '"1 ngày 4 giờ" mixes days and hours: write it in one unit, e.g. "12h" (working hours) or "1.5d", if a working day is 8 working hours',
    ],
    [
      '2 ngày làm việc 3 giờ',
      '"2 ngày làm việc 3 giờ" mixes days and hours: write it in one unit, e.g. "19h" (working hours), if a working day is 8 working hours',
    ],
    // With a comma, a plus or "và" between them, as "1 ngày 4 giờ" is.
    [
      '05 ngày làm việc, 04 giờ',
      '"05 ngày làm việc, 04 giờ" mixes days and hours: write it in one unit, e.g. "44h" (working hours) or "5.5d", if a working day is 8 working hours',
    ],
    [
      '1 ngày làm việc + 4 giờ',
      '"1 ngày làm việc + 4 giờ" mixes days and hours: write it in one unit, e.g. "12h" (working hours) or "1.5d", if a working day is 8 working hours',
    ],
    [
      '1 ngày và 4 tiếng',
      '"1 ngày và 4 tiếng" mixes days and hours: write it in one unit, e.g. "12h" (working hours) or "1.5d", if a working day is 8 working hours',
    ],
    // Three digits after a point or comma: thousands as Vietnamese groups them, or a decimal; never read as 1.
    [
      '1.000 phút',
      '"1.000 phút": "1.000" can be read as 1000 (thousands grouped) or as 1 (a decimal): write "1000 phút" or "1 phút"',
    ],
    [
      '1,500 ngày làm việc',
      '"1,500 ngày làm việc": "1,500" can be read as 1500 (thousands grouped) or as 1.5 (a decimal): write "1500 ngày làm việc" or "1.5 ngày làm việc"',
    ],
    ['1.000h', '"1.000h": "1.000" can be read as 1000 (thousands grouped) or as 1 (a decimal): write "1000h" or "1h"'],
    [
      '3 tháng rưỡi',
      'Months are counted whole (Civil Code Art. 148), so "3 tháng rưỡi" cannot be counted: write whole months, or calendar days such as "45 ngày lịch"',
    ],
    [
      '0.333d',
      '"0.333d" is finer than procmap counts: write at most two decimals, or hours and minutes such as "1 giờ 20 phút"',
    ],
  ])('%s', (text, message) => {
    expect(say(text)).toBe(message);
  });

  it('says it in Vietnamese too, without a pattern in sight', () => {
    expect(say('1 tuần', 'vi')).toBe(
      '"1 tuần" có thể hiểu là 5 ngày làm việc hoặc 7 ngày lịch: hãy ghi "5 ngày làm việc" hoặc "7 ngày lịch"',
    );
    expect(say('Cấp mới: 05 ngày làm việc; cấp lại: 03 ngày làm việc', 'vi')).toBe(
      '"Cấp mới: 05 ngày làm việc; cấp lại: 03 ngày làm việc" ghi thời hạn cho từng trường hợp: hãy ghi thời hạn của trường hợp mà quy trình này mô tả, kèm trường hợp trong ngoặc, ví dụ time_limit: "05 ngày làm việc (Cấp mới)"; trường hợp có các bước khác nên là một quy trình riêng',
    );
    // An exception's sentence copied without the general limit before it: that case's limit alone, said as the case
    // named with a colon is; it was "không phải là thời gian", which told the officer nothing of what to write.
    expect(say('Trường hợp cần xác minh thì không quá 10 ngày làm việc', 'vi')).toBe(
      '"Trường hợp cần xác minh thì không quá 10 ngày làm việc" chỉ ghi thời hạn của một trường hợp ("Trường hợp cần xác minh"), không ghi thời hạn của các trường hợp khác: hãy ghi thời hạn của trường hợp mà quy trình này mô tả, kèm trường hợp trong ngoặc, ví dụ time_limit: "không quá 10 ngày làm việc (Trường hợp cần xác minh)"; trường hợp có các bước khác nên là một quy trình riêng',
    );
    expect(say('Nếu phải xác minh thì 10 ngày làm việc')).toContain(
      'gives the limit of one case only ("Nếu phải xác minh"), not that of the others',
    );
    // A case whose limit does not read is still no time at all.
    expect(say('Trường hợp cần xác minh thì trả sau')).toContain('is not a duration');
    expect(say('5', 'vi')).toBe('"5" thiếu đơn vị: ghi "5 ngày làm việc", "5 ngày lịch" hoặc "5h" (giờ làm việc)');
    expect(say('1.000 phút', 'vi')).toBe(
      '"1.000 phút": "1.000" có thể hiểu là 1000 (phân cách hàng nghìn) hoặc 1 (số thập phân): hãy ghi "1000 phút" hoặc "1 phút"',
    );
    expect(say('1.500 ngày làm việc', 'vi')).toBe(
      '"1.500 ngày làm việc": "1.500" có thể hiểu là 1500 (phân cách hàng nghìn) hoặc 1,5 (số thập phân): hãy ghi "1500 ngày làm việc" hoặc "1,5 ngày làm việc"',
    );
    // With the decimal comma Vietnamese writes, and without calendar days, which are whole.
    expect(say('0.5', 'vi')).toBe('"0.5" thiếu đơn vị: ghi "0,5 ngày làm việc" hoặc "0,5h" (giờ làm việc)');
    const half = readDuration(0.5);
    if (half.ok) throw new Error('0.5 was read');
    expect(durationProblemText(0.5, half.problem, 'vi')).toBe(
      '"0.5" thiếu đơn vị: ghi "0,5 ngày làm việc" hoặc "0,5h" (giờ làm việc)',
    );
    for (const advice of ['0,5 ngày làm việc', '0,5h', '0.5 working days', '0.5h'])
      expect(readDuration(advice).ok, advice).toBe(true);
    expect(say('15 (năm) ngày', 'vi')).toBe('"15 (năm) ngày": số 15 và chữ "năm" không khớp nhau; hãy sửa cho đúng');
  });

  it('refuses a limit per case written a line each, bulleted or not, folded or not, quoted as its one line', () => {
    const cases = [
      '07 ngày làm việc đối với trường hợp không phải niêm yết',
      '10 ngày làm việc đối với trường hợp phải niêm yết',
    ];
    const one = cases.join('; ');
    for (const text of [
      `- ${cases[0]}\n- ${cases[1]}\n`,
      `${cases[0]}\n${cases[1]}\n`,
      `${cases[0]};\n${cases[1]}\n`,
      `• ${cases[0]}\n• ${cases[1]}`,
    ]) {
      expect(say(text), text).toBe(
        `"${one}" gives a limit for each case: write the limit of the case this procedure describes, with the case in brackets, e.g. time_limit: "07 ngày làm việc (đối với trường hợp không phải niêm yết)"; a case with other steps is best a procedure of its own`,
      );
      expect(say(text, 'vi'), text).toBe(
        `"${one}" ghi thời hạn cho từng trường hợp: hãy ghi thời hạn của trường hợp mà quy trình này mô tả, kèm trường hợp trong ngoặc, ví dụ time_limit: "07 ngày làm việc (đối với trường hợp không phải niêm yết)"; trường hợp có các bước khác nên là một quy trình riêng`,
      );
    }
    // A folded block (`>-`) reads as one line without a separator: each case from its number on.
    expect(read(`${cases[0]} ${cases[1]}`)).toBe('perCase');
    expect(read(`- ${cases[0]} - ${cases[1]}`)).toBe('perCase');
    // A number inside a single case splits nothing read: one limit with its case stays a limit.
    expect(read('05 ngày làm việc đối với hồ sơ nộp sau 15 giờ')).toMatchObject({ value: 5, unit: 'd' });
    expect(read('05 ngày làm việc đối với trường hợp\ncó từ 2 người đề nghị trở lên')).toMatchObject({
      value: 5,
      unit: 'd',
    });
  });

  it("says a span before an event is the applicant's filing deadline, not the time the agency takes", () => {
    const text = '15 ngày làm việc trước ngày dự kiến tổ chức';
    expect(read(text)).toBe('deadline');
    expect(say(text)).toBe(
      '"15 ngày làm việc trước ngày dự kiến tổ chức" is a deadline for the applicant, who files the dossier 15 ngày làm việc before the event ("trước ngày dự kiến tổ chức"), not the time the agency takes to process it: write the processing time your agency has, e.g. "10 ngày làm việc", and put the filing deadline in conditions or a note',
    );
    expect(say(text, 'vi')).toBe(
      '"15 ngày làm việc trước ngày dự kiến tổ chức" là hạn người nộp phải nộp hồ sơ (15 ngày làm việc trước ngày dự kiến tổ chức), không phải thời gian cơ quan giải quyết hồ sơ: hãy ghi thời gian giải quyết của cơ quan, ví dụ "10 ngày làm việc", và ghi hạn nộp hồ sơ ở conditions (điều kiện) hoặc ghi chú',
    );
    expect(read('Chậm nhất 30 ngày trước khi tổ chức lễ hội')).toBe('deadline');
  });

  it('never turns a 400-digit number into Infinity', () => {
    const huge = `${'9'.repeat(400)}d`;
    expect(parseDuration(huge)).toBeUndefined();
    expect(say(huge)).toContain('is longer than procmap accepts');
  });
});

describe('durationProblemText: text from the file reaches the terminal escaped', () => {
  // Found by the property test (seed -1783753051): a line break copied into a duration split the report line.
  it('writes line breaks and escape sequences in the quoted value as their escapes', () => {
    const reading = readDuration('x\nclick n0 \u001b[2J');
    if (reading.ok) throw new Error('expected a refusal');
    const text = durationProblemText('x\nclick n0 \u001b[2J', reading.problem, 'en');
    expect(text).toContain('"x\\nclick n0 \\u001b[2J" is not a duration');
    expect(text).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('parseDuration: hours said to be on the clock', () => {
  const say = (text: string, lang: 'en' | 'vi') => {
    const reading = readDuration(text);
    if (reading.ok) throw new Error(`${text} was read`);
    return durationProblemText(text, reading.problem, lang);
  };

  it('refuses them with the working-time limits to write, not as "no duration", in both languages', () => {
    expect(say('24 tiếng đồng hồ', 'en')).toBe(
      '"24 tiếng đồng hồ" is hours on the clock, which procmap cannot count: it counts limits in working hours only. Write the limit in working hours that your appointments use, e.g. "24 giờ làm việc", as one-stop software counts "24 giờ", or "1 ngày làm việc", which ends at the same hour the next working day; then check with procmap time that the appointments it gives are not later than the law allows',
    );
    expect(say('24 giờ đồng hồ', 'vi')).toBe(
      '"24 giờ đồng hồ" là giờ tính liên tục (giờ đồng hồ), procmap không tính được: procmap chỉ tính thời hạn theo giờ làm việc. Hãy ghi thời hạn theo giờ làm việc mà ngày hẹn trả đang dùng, ví dụ "24 giờ làm việc", như phần mềm một cửa tính "24 giờ", hoặc "1 ngày làm việc", hết vào cùng giờ đó của ngày làm việc tiếp theo; rồi kiểm tra bằng procmap time rằng ngày hẹn trả procmap tính không muộn hơn luật cho phép',
    );
    // Not whole days of the clock: the working hours alone; a number in Vietnamese with its decimal comma.
    expect(say('1.5 giờ liên tục', 'vi')).toContain('ví dụ "1,5 giờ làm việc", như phần mềm một cửa tính "1,5 giờ";');
    expect(say('48 tiếng đồng hồ', 'en')).toContain(
      'or "2 ngày làm việc", which ends at the same hour 2 working days later;',
    );
  });

  it('reads them with the legal wrappers and tail, without accents, and in English', () => {
    for (const text of [
      'Trong thời hạn 24 giờ đồng hồ kể từ khi nhận đủ hồ sơ',
      '24 tieng dong ho',
      '24 gio lien tuc',
      '24 clock hours',
      '24 hours on the clock',
    ])
      expect(read(text), text).toBe('clockHours');
    // "tiếng" alone is as ambiguous as "giờ": read as working hours, and asked about by ambiguous-hours.
    expect(read('24 tiếng')).toEqual({ value: 24, unit: 'h', bare: false });
  });
});

describe('a limit shorter than the general one by a time, and a time in words in the bracket', () => {
  /** The limits per way of filing a text is read as: the general one, and each named way's own. */
  const split = (text: string) => {
    const reading = readDuration(text);
    if (reading.ok || reading.problem.code !== 'perChannel') return reading.ok ? 'ok' : reading.problem.code;
    const { general, limits } = reading.problem;
    return {
      general,
      limits: limits.map(({ kind, limit, note }) => (note ? `${kind} ${note}: ${limit}` : `${kind}: ${limit}`)),
    };
  };

  it('reads "giảm N" as the general limit less N, in the unit of the general limit, however it is placed', () => {
    const online = (limit: string) => ({ general: '05 ngày làm việc', limits: [`online: ${limit}`] });
    expect(split('05 ngày làm việc (giảm 01 ngày làm việc đối với hồ sơ nộp trực tuyến)')).toEqual(
      online('4 ngày làm việc'),
    );
    expect(split('05 ngày làm việc (hồ sơ nộp trực tuyến: giảm 01 ngày làm việc)')).toEqual(online('4 ngày làm việc'));
    expect(split('05 ngày làm việc (đối với hồ sơ nộp trực tuyến thì được giảm 01 ngày làm việc)')).toEqual(
      online('4 ngày làm việc'),
    );
    // What it is compared with is the general limit, and names no way of filing of its own.
    expect(split('05 ngày làm việc (hồ sơ nộp trực tuyến ít hơn 01 ngày làm việc so với hồ sơ nộp trực tiếp)')).toEqual(
      online('4 ngày làm việc'),
    );
    expect(split('05 ngày làm việc (rút ngắn 0,5 ngày làm việc đối với hồ sơ nộp trực tuyến)')).toEqual(
      online('4,5 ngày làm việc'),
    );
    // A bare "ngày" is the general limit's day.
    expect(split('05 ngày làm việc (giảm 01 ngày đối với hồ sơ nộp trực tuyến)')).toEqual(online('4 ngày làm việc'));
    expect(split('30 ngày lịch (giảm 5 ngày đối với hồ sơ nộp trực tuyến)')).toEqual({
      general: '30 ngày lịch',
      limits: ['online: 25 ngày (lịch)'],
    });
    // After a semicolon or a comma, and at each grade.
    expect(split('05 ngày làm việc; trực tuyến giảm 01 ngày làm việc')).toEqual(online('4 ngày làm việc'));
    expect(split('05 ngày làm việc, trực tuyến giảm 01 ngày làm việc')).toEqual(online('4 ngày làm việc'));
    expect(
      split(
        '05 ngày làm việc (đối với hồ sơ nộp trực tuyến một phần giảm 01 ngày làm việc, toàn trình giảm 02 ngày làm việc)',
      ),
    ).toEqual({
      general: '05 ngày làm việc',
      limits: ['online Trực tuyến một phần: 4 ngày làm việc', 'online Trực tuyến toàn trình: 3 ngày làm việc'],
    });
    // "giảm còn" gives the limit itself.
    expect(split('05 ngày làm việc (giảm còn 03 ngày làm việc đối với hồ sơ nộp trực tuyến)')).toEqual(
      online('03 ngày làm việc'),
    );
  });

  it('refuses a time in another unit or as long as the general limit, and a time it cannot count', () => {
    expect(readDuration('05 ngày làm việc (giảm 4 giờ đối với hồ sơ nộp trực tuyến)')).toEqual({
      ok: false,
      problem: {
        code: 'reducedLimit',
        general: '05 ngày làm việc',
        kind: 'online',
        by: '4 giờ',
        why: 'unit',
        unit: 'd',
      },
    });
    expect(read('05 ngày làm việc (giảm 06 ngày làm việc đối với hồ sơ nộp trực tuyến)')).toBe('reducedLimit');
    expect(read('trong ngày (giảm 4 giờ đối với hồ sơ nộp trực tuyến)')).toBe('reducedLimit');
    const unread = (text: string) => {
      const reading = readDuration(text);
      return reading.ok ? undefined : durationProblemText(text, reading.problem, 'en');
    };
    expect(unread('05 ngày làm việc (giảm 1 tuần đối với hồ sơ nộp trực tuyến)')).toBe(
      '"05 ngày làm việc (giảm 1 tuần đối với hồ sơ nộp trực tuyến)" gives filing online the limit "1 tuần" in brackets, which procmap cannot count: "1 tuần" can mean 5 working days or 7 calendar days: write "5 ngày làm việc" or "7 ngày lịch"',
    );
    expect(unread('05 ngày làm việc (đối với hồ sơ nộp trực tuyến là năm (04) ngày làm việc)')).toContain(
      'gives filing online the limit "năm (04) ngày làm việc" in brackets, which procmap cannot count: "năm (04) ngày làm việc": the number 04 and the words "năm" say different things',
    );
    // Inside a bracket with a bracket of its own, too.
    expect(read('05 ngày làm việc (đối với hồ sơ nộp trực tuyến là 1 tuần (kể từ ngày nhận đủ hồ sơ))')).toBe(
      'channelLimitUnread',
    );
    // The same day in a bracket that is no limit procmap reads is still online filing's time, never a remark.
    expect(read('05 ngày làm việc (đối với hồ sơ nộp trực tuyến, trả kết quả trong ngày)')).toBe('channelRemark');
    // A bracket that names a way and no time stays a remark.
    expect(read('05 ngày làm việc (không áp dụng nộp trực tuyến)')).toEqual({
      value: 5,
      unit: 'd',
      note: '(không áp dụng nộp trực tuyến)',
      bare: false,
    });
  });

  it('reads a share taken off the general limit ("rút ngắn 1/3", "giảm 50%"), rounded down to the unit\'s step', () => {
    const online = (general: string, limit: string) => ({ general, limits: [`online: ${limit}`] });
    expect(split('06 ngày làm việc (thời hạn giải quyết trực tuyến được rút ngắn 1/3)')).toEqual(
      online('06 ngày làm việc', '4 ngày làm việc'),
    );
    expect(split('10 ngày làm việc (giảm 50% thời gian giải quyết đối với hồ sơ nộp trực tuyến)')).toEqual(
      online('10 ngày làm việc', '5 ngày làm việc'),
    );
    expect(split('05 ngày làm việc (hồ sơ nộp trực tuyến được giảm 30 phần trăm thời gian)')).toEqual(
      online('05 ngày làm việc', '3,5 ngày làm việc'),
    );
    // 3,33 working days: the half day below, the earlier due date; whole calendar days; the minute below in hours.
    expect(split('05 ngày làm việc (rút ngắn 1/3 đối với hồ sơ nộp trực tuyến)')).toEqual(
      online('05 ngày làm việc', '3 ngày làm việc'),
    );
    expect(split('20 ngày lịch (giảm 1/3 thời gian đối với hồ sơ nộp trực tuyến)')).toEqual(
      online('20 ngày lịch', '13 ngày (lịch)'),
    );
    expect(split('30 ngày (giảm một nửa thời gian đối với hồ sơ nộp trực tuyến)')).toEqual(
      online('30 ngày', '15 ngày (lịch)'),
    );
    // Working hours stay working hours to the minute, a bare hour word stays bare (ambiguous-hours asks about both).
    expect(split('4 giờ làm việc (giảm 1/3 đối với hồ sơ nộp trực tuyến)')).toEqual(
      online('4 giờ làm việc', '2 giờ 40 phút làm việc'),
    );
    expect(split('4 giờ (giảm 1/3 đối với hồ sơ nộp trực tuyến)')).toEqual(online('4 giờ', '2 giờ 40 phút'));
    expect(split('05 ngày làm việc; trực tuyến giảm 50%')).toEqual(online('05 ngày làm việc', '2,5 ngày làm việc'));
  });

  it('reads a share in words, the share that is left, and a share of the fee and the time together', () => {
    const online = (limit: string) => ({ general: '06 ngày làm việc', limits: [`online: ${limit}`] });
    expect(split('06 ngày làm việc (nộp trực tuyến giảm một phần ba thời gian)')).toEqual(online('4 ngày làm việc'));
    expect(split('06 ngày làm việc (giảm hai phần ba thời gian đối với hồ sơ nộp trực tuyến)')).toEqual(
      online('2 ngày làm việc'),
    );
    expect(split('06 ngày làm việc (trực tuyến rút ngắn một phần tư)')).toEqual(online('4,5 ngày làm việc'));
    expect(split('06 ngày làm việc, nộp trực tuyến giảm năm mươi phần trăm thời gian')).toEqual(
      online('3 ngày làm việc'),
    );
    // "còn": the share that is left, not the share taken off.
    expect(split('06 ngày làm việc (hồ sơ trực tuyến: thời gian giải quyết còn 1/2)')).toEqual(
      online('3 ngày làm việc'),
    );
    expect(split('06 ngày làm việc (hồ sơ nộp trực tuyến thời gian giải quyết còn một nửa)')).toEqual(
      online('3 ngày làm việc'),
    );
    expect(split('06 ngày làm việc; trực tuyến còn 2/3')).toEqual(online('4 ngày làm việc'));
    // The fee's share beside the time's is no limit: refused as the two written apart are, with the time read.
    for (const text of [
      '06 ngày làm việc (giảm 50% lệ phí và thời gian giải quyết đối với hồ sơ nộp trực tuyến)',
      '06 ngày làm việc (giảm 50% thời gian và lệ phí đối với hồ sơ nộp trực tuyến)',
      '06 ngày làm việc (giảm 50% lệ phí, giảm 50% thời gian đối với hồ sơ nộp trực tuyến)',
    ])
      expect(readDuration(text), text).toMatchObject({
        ok: false,
        problem: { code: 'channelRemark', kind: 'online', limit: '3 ngày làm việc' },
      });
  });

  it('refuses a share of the limit it cannot read, never keeping it as a remark', () => {
    for (const [text, share] of [
      ['06 ngày làm việc (giảm 1/3 thời gian giải quyết hồ sơ trực tuyến)', '1/3'],
      ['06 ngày làm việc (thời gian giải quyết hồ sơ trực tuyến bằng 2/3)', '2/3'],
    ])
      expect(readDuration(text!), text).toEqual({
        ok: false,
        problem: { code: 'shareUnread', general: '06 ngày làm việc', kind: 'online', share },
      });
  });

  it('never reads a share of something else, and refuses a share that leaves no limit procmap can write', () => {
    // Half the fee online is a remark of the limit, as it was.
    expect(read('05 ngày làm việc (nộp trực tuyến được giảm 50% lệ phí)')).toMatchObject({ value: 5, unit: 'd' });
    const unread = (text: string) => {
      const reading = readDuration(text);
      return reading.ok ? undefined : durationProblemText(text, reading.problem, 'en');
    };
    expect(unread('0,5 ngày làm việc (giảm 60% đối với hồ sơ nộp trực tuyến)')).toBe(
      '"0,5 ngày làm việc (giảm 60% đối với hồ sơ nộp trực tuyến)" gives filing online the limit 0,5 ngày làm việc less 60%, which leaves less than procmap counts in that unit: write the limit filing online has in the bracket instead, in working hours, e.g. "(đối với hồ sơ nộp trực tuyến là … giờ làm việc)"',
    );
    expect(unread('trong ngày (giảm 50% đối với hồ sơ nộp trực tuyến)')).toContain(
      'less 50%, which leaves less than procmap counts in that unit: write the limit filing online has in the bracket instead, in working hours',
    );
    expect(unread('1 tháng (giảm 1/3 đối với hồ sơ nộp trực tuyến)')).toContain(
      'which is less than a month, about 20 days, and procmap counts months only whole (Civil Code Art. 148): write the limit filing online has in the bracket instead, in calendar days, e.g. "(đối với hồ sơ nộp trực tuyến là 20 ngày lịch)" if your agency applies 20 days',
    );
    expect(unread('05 ngày làm việc (giảm 100% đối với hồ sơ nộp trực tuyến)')).toContain(
      'less 100%, which leaves no time',
    );
  });

  // At these sizes a reading that tried every word as the start of a number, or every bracket against the general
  // limit, runs past the test's timeout (4 s at a fifth of them); one pass takes well under a second.
  it('reads a hostile bracket of number words, or of brackets taking time, in one pass', () => {
    const words = `5 ngày làm việc (trực tuyến ${'bốn '.repeat(100_000)})`;
    // No time in it: a remark, as before, found without trying every word as the start of a number.
    expect(read(words)).toMatchObject({ value: 5, unit: 'd' });
    expect(read(`5 ngày làm việc ${'(trực tuyến giảm 1 ngày)'.repeat(25_000)}`)).toBe('channelRemark');
  });
});

describe('parseDuration: working time as procmap prints it', () => {
  it('reads back minutes and hours, printed as working time in either language, as the same working hours', () => {
    for (const hours of [1 / 60, 0.25, 0.5, 0.75, 1, 1.5, 1.75, 7])
      for (const lang of ['vi', 'en'] as const) {
        const printed = formatDuration({ value: hours, unit: 'h' }, lang);
        // Minutes alone say "làm việc" as hours do: a step table reads as one kind of time.
        expect(printed).toMatch(lang === 'vi' ? / làm việc$/ : /\bworking\b/);
        expect([printed, parseDuration(printed)]).toEqual([printed, { value: hours, unit: 'h' }]);
      }
  });
});

describe('the next-day limit ("Trong ngày làm việc tiếp theo")', () => {
  it.each([
    ['Trong ngày làm việc tiếp theo', 'close', undefined],
    ['Ngày làm việc tiếp theo', 'close', undefined],
    ['Chậm nhất vào ngày làm việc tiếp theo', 'close', undefined],
    ['Giải quyết trong ngày làm việc tiếp theo', 'close', undefined],
    ['Ngày làm việc kế tiếp', 'close', undefined],
    ['Ngày làm việc tiếp theo kể từ ngày nhận đủ hồ sơ', 'close', 'kể từ ngày nhận đủ hồ sơ'],
    ['Buổi sáng ngày làm việc tiếp theo', 'morning', undefined],
    ['Vào buổi sáng ngày làm việc tiếp theo', 'morning', undefined],
    ['Buoi sang ngay lam viec tiep theo', 'morning', undefined],
    ['by the next working day', 'close', undefined],
    ['the morning of the next working day', 'morning', undefined],
  ])('reads "%s" as due on the working day after receipt (%s)', (text, nextDay, note) => {
    expect(read(text)).toEqual({ value: 1, unit: 'sameday', nextDay, ...(note ? { note } : {}), bare: false });
  });

  it('writes it canonically and reads the canonical words back', () => {
    const close = parseDuration('ngày làm việc tiếp theo')!;
    const morning = parseDuration('buổi sáng ngày làm việc tiếp theo')!;
    expect(formatDurationShort(close)).toBe('Trong ngày làm việc tiếp theo');
    expect(formatDurationShort(morning)).toBe('Buổi sáng ngày làm việc tiếp theo');
    expect(parseDuration(formatDurationShort(close))).toEqual(close);
    expect(parseDuration(formatDurationShort(morning))).toEqual(morning);
    for (const lang of ['vi', 'en'] as const) {
      expect(parseDuration(formatDuration(close, lang))).toEqual(close);
      expect(parseDuration(formatDuration(morning, lang))).toEqual(morning);
    }
    expect(formatDuration(close, 'vi')).toBe('trong ngày làm việc tiếp theo');
    expect(formatDuration(morning, 'en')).toBe('the morning of the next working day');
    // "trong ngày" stays the day of receipt.
    expect(parseDuration('trong ngày')).toEqual({ value: 1, unit: 'sameday' });
  });
});
