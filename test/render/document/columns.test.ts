import { describe, expect, it } from 'vitest';
import { channelColumns } from '../../../src/render/document/columns.js';

describe("the channels table's columns", () => {
  it('gives the width beyond each minimum to the columns that hold the words, adding up to 100', () => {
    const fee = 'Trường hợp nhà ở riêng lẻ: 75.000 đồng/giấy phép\nTrường hợp công trình khác: 150.000 đồng/giấy phép';
    const widths = channelColumns([
      ['Trực tiếp', '20 ngày làm việc', fee, null],
      ['Trực tuyến', '18 ngày làm việc', fee, null],
    ]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(100);
    const [name, limit, feeWidth, note] = widths as [number, number, number, number];
    // A long fee beside an empty note: the fee is the widest column, the note keeps only its minimum.
    expect(feeWidth).toBeGreaterThan(Math.max(name, limit));
    expect(note).toBe(10);
  });

  it('gives a note more width than a limit written short in every row (the probe: the note ran over 7 lines)', () => {
    const widths = channelColumns([
      ['Trực tiếp', '5 ngày làm việc', '100.000 đồng', null],
      ['Trực tuyến', '4 ngày làm việc\nĐạt: vừa đúng thời hạn', '50.000 đồng', 'Nộp trên Cổng Dịch vụ công quốc gia'],
      ['Qua dịch vụ bưu chính công ích', '5 ngày làm việc', 'Như phí, lệ phí chung', null],
    ]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(100);
    const [name, limit, , note] = widths as [number, number, number, number];
    expect(note).toBeGreaterThan(limit);
    expect(name).toBeGreaterThan(limit);
  });

  it('gives a fee by 12 cases the width, not a note of one long line beside it (the fee ran over four pages)', () => {
    const fee = Array.from(
      { length: 12 },
      (_, i) =>
        `Trường hợp ${i + 1}: công trình có lưu lượng từ ${i * 100} đến dưới ${(i + 1) * 100} m³/ngày đêm: 1.500.000 đồng/hồ sơ`,
    ).join('\n');
    const note =
      'Nộp hồ sơ qua Cổng Dịch vụ công quốc gia hoặc Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; '.repeat(
        3,
      );
    const widths = channelColumns([
      ['Trực tiếp', '25 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', fee, note.trim()],
      ['Trực tuyến', '25 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', '500.000 đồng', null],
    ]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(100);
    const [name, limit, feeWidth, noteWidth] = widths as [number, number, number, number];
    // Before: 12% for the fee, 60% for the note. Now the fee is the widest column, the others keep room to read.
    expect(feeWidth).toBeGreaterThanOrEqual(35);
    expect(feeWidth).toBeGreaterThan(Math.max(name, limit, noteWidth));
    expect(noteWidth).toBeGreaterThanOrEqual(15);
  });

  it('shares the spare width among the columns when no cell holds a word', () => {
    expect(channelColumns([['', '', null, null]])).toEqual([26, 32, 22, 20]);
  });
});
