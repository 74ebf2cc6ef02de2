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

  it('shares the spare width among the columns when no cell holds a word', () => {
    expect(channelColumns([['', '', null, null]])).toEqual([26, 32, 22, 20]);
  });
});
