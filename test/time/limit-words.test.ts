import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/model/duration.js';
import { limitParts, limitWords } from '../../src/time/limit-words.js';

/** The words of a limit as written. */
const words = (text: string, lang: 'vi' | 'en', options?: Parameters<typeof limitWords>[3]) =>
  limitWords(parseDuration(text)!, text, lang, options);

describe('limitWords', () => {
  // Section 5.4 printed "17 ngày làm việc (136 giờ), UBND xã: …; Sở Nội vụ: …", shares after a comma, where the
  // channel table and the law write them in brackets: now in one bracket with procmap's reading.
  it("keeps a liên thông limit's shares in brackets, joined to the hours it reads", () => {
    const text = '17 ngày làm việc (UBND xã: 05 ngày làm việc; Sở Nội vụ: 12 ngày làm việc)';
    expect(words(text, 'vi', { head: '17 ngày làm việc (136 giờ)' })).toBe(
      '17 ngày làm việc (136 giờ; UBND xã: 05 ngày làm việc; Sở Nội vụ: 12 ngày làm việc)',
    );
    expect(words(text, 'vi')).toBe(text);
  });

  // 10-ly-lich-tu-phap (probe s63) printed "10 ngày (lịch) kể từ …; … không quá 15 ngày lịch" in its document.
  it('keeps the law\'s own words before its tail, "Không quá" and "ngày lịch", never two spellings in one sentence', () => {
    const text =
      'Không quá 10 ngày lịch kể từ ngày nhận được yêu cầu hợp lệ; trường hợp phải xác minh thì thời hạn không quá 15 ngày lịch';
    expect(words(text, 'vi', { reader: 'document' })).toBe(text);
    // Working days keep the hours procmap adds after them.
    expect(
      limitWords(
        parseDuration('Không quá 10 ngày làm việc kể từ ngày nhận hồ sơ')!,
        'Không quá 10 ngày làm việc kể từ ngày nhận hồ sơ',
        'vi',
        {
          head: '10 ngày làm việc (80 giờ)',
          reader: 'document',
        },
      ),
    ).toBe('Không quá 10 ngày làm việc (80 giờ) kể từ ngày nhận hồ sơ');
    // Without words before the number, procmap's head as ever.
    expect(words('05 ngày làm việc kể từ ngày nhận hồ sơ', 'vi')).toBe('5 ngày làm việc kể từ ngày nhận hồ sơ');
  });

  it('prints hours the law leaves open as written, with procmap\'s reading marked, never as "giờ làm việc"', () => {
    const text = 'Trong thời hạn 24 giờ kể từ khi nhận đủ hồ sơ';
    expect(words(text, 'vi')).toBe('24 giờ (procmap tính là 24 giờ làm việc) kể từ khi nhận đủ hồ sơ');
    expect(words(text, 'en')).toBe(
      '24 hours (counted by procmap as working hours; as the law says: "Trong thời hạn 24 giờ kể từ khi nhận đủ hồ sơ")',
    );
    expect(words(text, 'vi', { note: false })).toBe('24 giờ (procmap tính là 24 giờ làm việc)');
    expect(words(text, 'en', { note: false })).toBe('24 hours (counted by procmap as working hours)');
    // However the hour word is written: "tiếng", officers' "g", hours with minutes.
    // The law's own hour word is kept: "tiếng" is its words, "giờ" would not be.
    expect(words('48 tiếng', 'vi')).toBe('48 tiếng (procmap tính là 48 giờ làm việc)');
    expect(words('24 tiếng kể từ khi nhận đủ hồ sơ', 'en')).toBe(
      '24 hours (counted by procmap as working hours; as the law says: "24 tiếng kể từ khi nhận đủ hồ sơ")',
    );
    expect(words('24g', 'vi')).toBe('24 giờ (procmap tính là 24 giờ làm việc)');
    expect(words('1 giờ 30 phút', 'vi')).toBe('1 giờ 30 phút (procmap tính là 1 giờ 30 phút làm việc)');
    expect(words('1 hours', 'en')).toBe('1 hour (counted by procmap as working hours)');
  });

  it("says how open hours are counted without the tool's name in a document, and not at all to the public", () => {
    const text = 'Trong thời hạn 24 giờ kể từ khi nhận đủ hồ sơ';
    expect(words(text, 'vi', { reader: 'document' })).toBe('24 giờ (tính theo giờ làm việc) kể từ khi nhận đủ hồ sơ');
    expect(words(text, 'en', { reader: 'document', note: false })).toBe('24 hours (counted in working hours)');
    expect(words(text, 'vi', { reader: 'public' })).toBe('24 giờ kể từ khi nhận đủ hồ sơ');
    expect(words('24 tiếng', 'vi', { reader: 'public' })).toBe('24 tiếng');
    expect(words(text, 'en', { reader: 'public', note: false })).toBe('24 hours');
    // Limits the words settle read the same for everyone.
    expect(words('5d', 'vi', { reader: 'public' })).toBe('5 ngày làm việc');
  });

  it('leaves hours the words settle as they are', () => {
    expect(words('24 giờ làm việc', 'vi')).toBe('24 giờ làm việc');
    expect(words('4h', 'en')).toBe('4 working hours');
    expect(words('5 ngày làm việc', 'en')).toBe('5 working days');
    // A step's hours are office hours: nothing to mark.
    expect(words('2 giờ', 'vi', { step: true })).toBe('2 giờ làm việc');
  });

  it("quotes the law's whole phrase in English rather than glue its Vietnamese tail onto the translation", () => {
    const sameDay =
      'Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ';
    expect(words(sameDay, 'vi')).toBe(
      'trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ',
    );
    expect(words(sameDay, 'en')).toBe(
      'same day (as the law says: "Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ")',
    );
    // The law's words are quoted as the file writes them, never as procmap reads them: its bare "ngày", its "05".
    expect(words('30 ngày kể từ ngày nhận đủ hồ sơ', 'en')).toBe(
      '30 calendar days (as the law says: "30 ngày kể từ ngày nhận đủ hồ sơ")',
    );
    // A head that ends in brackets takes the quote inside them: one bracket, not two in a row.
    expect(words('05 ngày làm việc kể từ ngày nhận', 'en', { head: '5 working days (40 h)' })).toBe(
      '5 working days (40 h; as the law says: "05 ngày làm việc kể từ ngày nhận")',
    );
  });

  it("quotes the law's words with brackets of their own after the limit's bracket, never inside it", () => {
    const sameDay = 'Trong ngày (trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo)';
    expect(words(sameDay, 'en')).toBe(
      'same day; as the law says: "Trong ngày (trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo)"',
    );
    // procmap's reading keeps its bracket; the quote follows it.
    expect(words('24 giờ (kể từ khi nhận đủ hồ sơ)', 'en')).toBe(
      '24 hours (counted by procmap as working hours); as the law says: "24 giờ (kể từ khi nhận đủ hồ sơ)"',
    );
  });

  it("gives the pieces apart for outputs that mark the law's Vietnamese", () => {
    const text = '24 giờ kể từ khi nhận';
    expect(limitParts(parseDuration(text)!, text, 'en')).toEqual({
      head: '24 hours',
      reading: 'counted by procmap as working hours',
      law: '24 giờ kể từ khi nhận',
      whole: true,
    });
    expect(limitParts(parseDuration('5d')!, '5d', 'vi')).toEqual({
      head: '5 ngày làm việc',
      reading: null,
      law: null,
      whole: false,
    });
  });

  it("quotes a limit procmap reworded as the file writes it, never procmap's reading of it as the law's words", () => {
    // Read as "trong ngày" with the exception set in brackets: neither is what the officer wrote.
    const text =
      'Ngay trong ngày làm việc; trường hợp hồ sơ nộp sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo';
    expect(words(text, 'vi')).toBe(text);
    expect(words(text, 'en')).toBe(`same day (as the law says: "${text}")`);
    expect(words(text, 'vi', { note: false })).toBe('trong ngày');
    // An exception after a general limit: its words whole, the open hours' reading after them.
    const hours = '24 giờ; trường hợp phải xác minh thì không quá 48 giờ';
    expect(words(hours, 'vi')).toBe(`${hours} (procmap tính là 24 giờ làm việc)`);
    expect(words(hours, 'vi', { reader: 'document' })).toBe(`${hours} (tính theo giờ làm việc)`);
    // Over several lines in the file: one line, the words unchanged.
    expect(words('05 ngày làm việc\n  kể từ ngày nhận', 'en')).toBe(
      '5 working days (as the law says: "05 ngày làm việc kể từ ngày nhận")',
    );
  });
});
