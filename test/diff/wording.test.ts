import { describe, expect, it } from 'vitest';
import { sameWording } from '../../src/diff/spelling.js';

describe('sameWording: what differs in wording only', () => {
  it('marks, letter case and spaces; "số" before a number in a legal reference', () => {
    expect(sameWording('Le phi 8.000 dong', 'Lệ phí 8.000 đồng')).toBe(true);
    expect(sameWording('LỆ PHÍ  8.000 đồng', 'lệ phí 8.000 đồng')).toBe(true);
    expect(sameWording('Tờ khai', 'Tờkhai')).toBe(true);
    expect(sameWording('Nghị định số 23/2015/NĐ-CP', 'Nghị định 23/2015/NĐ-CP', true)).toBe(true);
    expect(sameWording('Nghị định số: 23/2015/NĐ-CP', 'Nghi dinh 23/2015/ND-CP', true)).toBe(true);
    expect(sameWording({ name: 'To khai', originals: 1 }, { name: 'Tờ khai', originals: 1 })).toBe(true);
  });

  it('never a number changed, nor "số" outside a legal reference, nor other words', () => {
    expect(sameWording('Lệ phí 8.000 đồng', 'Lệ phí 10.000 đồng')).toBe(false);
    expect(sameWording('Lệ phí 8.000 đồng', 'Lệ phí 8000 đồng')).toBe(false);
    expect(sameWording('Lệ phí 5 000 đồng', 'Lệ phí 50 00 đồng')).toBe(false);
    expect(sameWording('Nghị định 23/2015/NĐ-CP', 'Nghị định 23/2016/NĐ-CP', true)).toBe(false);
    expect(sameWording('Nghị định 23/2015/NĐ-CP', 'Thông tư 23/2015/NĐ-CP', true)).toBe(false);
    expect(sameWording('Nghị định số 23/2015/NĐ-CP', 'Nghị định 23/2015/NĐ-CP')).toBe(false);
    expect(sameWording({ name: 'Tờ khai', originals: 1 }, { name: 'Tờ khai', originals: 2 })).toBe(false);
    expect(sameWording('Lệ phí 8.000 đồng', 'Phí 8.000 đồng')).toBe(false);
  });
});
