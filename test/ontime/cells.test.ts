import { describe, expect, it } from 'vitest';
import {
  cellMoment,
  isNotSettled,
  parseChannel,
  parseMomentText,
  parsePauses,
  reversedPause,
} from '../../src/ontime/cells.js';
import { at } from './helpers.js';

describe('dossier cells', () => {
  it('reads moments in every unambiguous form', () => {
    expect(parseMomentText('13/02/2026 09:05')).toBe(at('2026-02-13 09:05'));
    // Typed with a Chinese or Japanese input method's full-width digits and colon.
    expect(cellMoment('１３/０２/２０２６ ０９：０５')).toBe(at('2026-02-13 09:05'));
    expect(parseMomentText('3/2/2026 9:05')).toBe(at('2026-02-03 09:05'));
    // Seconds past the minute count as after it: 09:05:59 is read as 09:06.
    expect(parseMomentText('13-02-2026 09:05:59')).toBe(at('2026-02-13 09:06'));
    expect(parseMomentText('13.02.2026')).toBe(at('2026-02-13 00:00'));
    expect(parseMomentText('09:05 13/02/2026')).toBe(at('2026-02-13 09:05'));
    expect(parseMomentText('13/02/2026 9h05')).toBe(at('2026-02-13 09:05'));
    expect(parseMomentText('2026-02-13T09:05:00.000')).toBe(at('2026-02-13 09:05'));
    expect(parseMomentText('2026-02-13 09:05')).toBe(at('2026-02-13 09:05'));
    expect(parseMomentText('2026-02-13T02:05:00Z')).toBe(at('2026-02-13 09:05'));
    expect(parseMomentText('2026-02-13T09:05:00+07:00')).toBe(at('2026-02-13 09:05'));
    expect(parseMomentText('2026-02-13T10:05:00+0800')).toBe(at('2026-02-13 09:05'));
    // As the receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả) writes it.
    expect(parseMomentText('9 giờ 05 phút, ngày 13 tháng 02 năm 2026')).toBe(at('2026-02-13 09:05'));
    expect(parseMomentText('ngày 13/02/2026')).toBe(at('2026-02-13 00:00'));
    // As exports from one-stop software in the Vietnamese Windows locale write the afternoon (CH, chiều).
    expect(parseMomentText('13/02/2026 2:30:00 CH')).toBe(at('2026-02-13 14:30'));
  });

  it('refuses what is not a moment', () => {
    for (const text of [
      '31/02/2026',
      '13/13/2026',
      '13/02/2026 25:00',
      '09:00 13/02/2026 10:00',
      'tomorrow',
      '2026-02-30',
      '13/02/26',
      '9 giờ 05 phút, thứ Năm, ngày 13/02/2026',
    ]) {
      expect(parseMomentText(text), text).toBeUndefined();
    }
    expect(cellMoment('')).toBeUndefined();
    expect(cellMoment('  ')).toBeUndefined();
    expect(cellMoment('soon')).toBeNull();
  });

  it('reads spreadsheet dates and serial numbers as wall-clock time', () => {
    expect(cellMoment(new Date(Date.UTC(2026, 1, 13, 9, 5)))).toBe(at('2026-02-13 09:05'));
    // 46066 is 2026-02-13 in Excel's 1900 system; .375 is 09:00.
    expect(cellMoment(46066.375)).toBe(at('2026-02-13 09:00'));
    expect(cellMoment(12)).toBeNull();
  });

  it('knows the channels as officers and the national record write them', () => {
    expect(parseChannel('Trực tiếp')).toBe('in_person');
    expect(parseChannel('TRUC TIEP')).toBe('in_person');
    expect(parseChannel('in_person')).toBe('in_person');
    expect(parseChannel('Trực tuyến')).toBe('online');
    expect(parseChannel('2')).toBe('online');
    expect(parseChannel('Qua dịch vụ bưu chính công ích')).toBe('postal');
    expect(parseChannel('Dịch vụ công trực tuyến')).toBe('online');
    expect(parseChannel('Dịch vụ bưu chính')).toBe('postal');
    expect(parseChannel('fax')).toBeUndefined();
  });

  it('reads pauses from text, open pauses and JSON lists', () => {
    expect(parsePauses('13/02/2026 08:00 - 24/02/2026 08:00; 02/03/2026 08:00 – 03/03/2026 08:00')).toEqual([
      { from: at('2026-02-13 08:00'), to: at('2026-02-24 08:00') },
      { from: at('2026-03-02 08:00'), to: at('2026-03-03 08:00') },
    ]);
    expect(parsePauses('2026-02-13T08:00 đến 2026-02-24T08:00')).toEqual([
      { from: at('2026-02-13 08:00'), to: at('2026-02-24 08:00') },
    ]);
    expect(parsePauses('13/02/2026 08:00 -')).toEqual([{ from: at('2026-02-13 08:00') }]);
    expect(parsePauses([{ from: '2026-02-13T08:00', to: '2026-02-24T08:00' }])).toEqual([
      { from: at('2026-02-13 08:00'), to: at('2026-02-24 08:00') },
    ]);
    expect(parsePauses([['13/02/2026 08:00', '24/02/2026 08:00']])).toHaveLength(1);
    expect(parsePauses('')).toEqual([]);
    expect(parsePauses('soon')).toBeNull();
    expect(parsePauses('13/02/2026 08:00')).toBeNull();
    expect(parsePauses('24/02/2026 08:00 - 13/02/2026 08:00')).toBeNull();
  });

  it('finds the pause of a cell that ends before it starts, as written, in text and in a JSON list', () => {
    expect(reversedPause('13/02/2026 08:00 - 14/02/2026 08:00; 24/02/2026 08:00 – 20/02/2026 08:00')).toEqual({
      written: '24/02/2026 08:00 – 20/02/2026 08:00',
      start: '24/02/2026 08:00',
      end: '20/02/2026 08:00',
    });
    expect(reversedPause([{ from: '2026-02-24T08:00', to: '2026-02-13T08:00' }])).toEqual({
      written: '2026-02-24T08:00 - 2026-02-13T08:00',
      start: '2026-02-24T08:00',
      end: '2026-02-13T08:00',
    });
    // Not a pause at all, or a pause in order: nothing reversed to say.
    for (const cell of ['soon', '13/02/2026 08:00 - 24/02/2026 08:00', '24/02/2026 08:00 - sau Tết', ''])
      expect(reversedPause(cell), cell).toBeUndefined();
  });

  it('recognises withdrawn, refused and cancelled dossiers', () => {
    for (const status of ['Đã rút hồ sơ', 'Từ chối tiếp nhận', 'Đã hủy', 'Dừng giải quyết', 'withdrawn'])
      expect(isNotSettled(status), status).toBe(true);
    for (const status of ['Trả lại', 'Đã trả lại hồ sơ', 'Hoàn trả hồ sơ', 'Hồ sơ bị trả về', 'Không giải quyết'])
      expect(isNotSettled(status), status).toBe(true);
    for (const status of ['Đã trả kết quả', 'Chuyển trả về Bộ phận Một cửa', 'Đang xử lý', 'Tạm dừng', 'Chờ bổ sung'])
      expect(isNotSettled(status), status).toBe(false);
    // "Tạm dừng …" in any wording is a pause, not Form 05's stop.
    for (const status of ['Tạm dừng giải quyết', 'Tạm dừng xử lý', 'tạm dừng giải quyết hồ sơ'])
      expect(isNotSettled(status), status).toBe(false);
  });
});

describe('a fraction of a second in a date cell', () => {
  it('is read to the nearest second, as time --received and a spreadsheet serial read it', () => {
    expect(parseMomentText('13/02/2026 09:00:00.5')).toBe(at('2026-02-13 09:01'));
    expect(parseMomentText('2026-02-13T09:00:00.5+07:00')).toBe(at('2026-02-13 09:01'));
    expect(parseMomentText('2026-02-13T09:00:00.2+07:00')).toBe(at('2026-02-13 09:00'));
  });
});
