import { describe, expect, it } from 'vitest';
import { limitReading } from '../helpers/limit-text.js';
import { breakdownParts } from '../../src/model/limit-breakdown.js';
import { cutoffInLimit } from '../../src/model/lenient.js';

describe('a same-day limit with its cutoff clause not in brackets', () => {
  it.each([
    ['Trả kết quả ngay trong ngày nếu nhận hồ sơ trước 15 giờ', '(nếu nhận hồ sơ trước 15 giờ)'],
    ['Trong ngày nếu nhận hồ sơ trước 15 giờ', '(nếu nhận hồ sơ trước 15 giờ)'],
    ['Ngay trong ngày nếu nhận hồ sơ trước 15 giờ', '(nếu nhận hồ sơ trước 15 giờ)'],
    ['Trong ngày nếu tiếp nhận trước 15 giờ 00', '(nếu tiếp nhận trước 15 giờ 00)'],
    ['Trong ngày nếu tiếp nhận trước 15h', '(nếu tiếp nhận trước 15h)'],
  ])('reads %j as the bracketed form, cutoff 15:00', (text, note) => {
    expect(limitReading(text)).toEqual({ value: 1, unit: 'sameday', note });
    expect(cutoffInLimit(text)).toBe('15:00');
  });

  it('takes the receipt before an hour for a cutoff, and no other condition', () => {
    expect(limitReading('Trong ngày khi nộp hồ sơ trước 15 giờ 30')).toEqual({
      value: 1,
      unit: 'sameday',
      note: '(khi nộp hồ sơ trước 15 giờ 30)',
    });
    expect(limitReading('Trong ngày nếu hồ sơ hợp lệ')).toEqual({ code: 'unknown' });
    expect(limitReading('Trong ngày nếu trả kết quả trước 17 giờ')).toEqual({ code: 'unknown' });
  });
});

describe('what a limit leaves out, after a comma or a semicolon', () => {
  const LEFT_OUT = '(không kể thời gian chuyển hồ sơ giữa các cơ quan)';

  it.each([', ', '; '])('reads "17 ngày làm việc%skhông kể …" as the bracketed remark', (mark) => {
    expect(limitReading(`17 ngày làm việc${mark}không kể thời gian chuyển hồ sơ giữa các cơ quan`)).toEqual({
      value: 17,
      unit: 'd',
      note: LEFT_OUT,
    });
  });

  it('refuses words the bracket would refuse, never a note --fix turns into an error', () => {
    const words = 'không kể thời gian chuyển hồ sơ qua bưu chính 02 ngày làm việc';
    expect(limitReading(`17 ngày làm việc, ${words}`)).toEqual(limitReading(`17 ngày làm việc (${words})`));
    expect(limitReading(`17 ngày làm việc (${words})`)).toMatchObject({ code: 'channelRemark' });
  });

  it('keeps the agencies’ shares and the remark after them, each its own bracket', () => {
    const reading = limitReading(
      '17 ngày làm việc, trong đó: UBND xã 05 ngày làm việc, Sở Nội vụ 12 ngày làm việc (không kể thời gian chuyển hồ sơ qua bưu chính)',
    );
    const note =
      '(trong đó: UBND xã 05 ngày làm việc, Sở Nội vụ 12 ngày làm việc) (không kể thời gian chuyển hồ sơ qua bưu chính)';
    expect(reading).toEqual({ value: 17, unit: 'd', note });
    expect(breakdownParts(note)).toEqual([
      { agency: 'UBND xã', time: '05 ngày làm việc' },
      { agency: 'Sở Nội vụ', time: '12 ngày làm việc' },
    ]);
  });
});
