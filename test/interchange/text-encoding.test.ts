import { describe, expect, it } from 'vitest';
import { CsvTextDecoder, encodingOf } from '../../src/interchange/text-encoding.js';

const HEADER = 'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Trạng thái\r\nH-1,1.000894,02/03/2026 09:00,Đã trả kết quả\r\n';

/** UTF-16 bytes of a text, without a byte order mark. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  if (order === 'be') bytes.swap16();
  return bytes;
}

describe('the encoding of a CSV file', () => {
  it('finds UTF-16 without its byte order mark by the zero paired with each Latin letter, and reads it', () => {
    for (const order of ['le', 'be'] as const) {
      const bytes = utf16(HEADER, order);
      expect(encodingOf(bytes)).toBe(`utf-16${order}`);
      const decoder = new CsvTextDecoder();
      expect(decoder.write(bytes) + decoder.end()).toBe(HEADER);
    }
  });

  it('keeps UTF-8, with or without its mark, and UTF-16 with its mark, as before', () => {
    expect(encodingOf(Buffer.from(HEADER, 'utf8'))).toBe('utf-8');
    expect(encodingOf(Buffer.from(`\uFEFF${HEADER}`, 'utf8'))).toBe('utf-8');
    expect(encodingOf(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(HEADER, 'le')]))).toBe('utf-16le');
    // A stray zero byte in UTF-8 text is no UTF-16.
    expect(encodingOf(Buffer.from(`${HEADER}\u0000`, 'utf8'))).toBe('utf-8');
    expect(encodingOf(new Uint8Array())).toBe('utf-8');
  });
});
