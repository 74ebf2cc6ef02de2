import { describe, expect, it } from 'vitest';
import { definitionLines } from '../../src/interchange/definition-lines.js';

const under = (...lines: string[]) => definitionLines(['Định nghĩa, viết tắt', ...lines]);

describe('definitions written as lines under their heading', () => {
  it('reads several on a line when each after a semicolon is an abbreviation and its meaning', () => {
    expect(
      under('- UBND: Ủy ban nhân dân; TTHC: Thủ tục hành chính; LĐ-TB&XH - Lao động, Thương binh và Xã hội'),
    ).toEqual({
      definitions: [
        { term: 'UBND', meaning: 'Ủy ban nhân dân' },
        { term: 'TTHC', meaning: 'Thủ tục hành chính' },
        { term: 'LĐ-TB&XH', meaning: 'Lao động, Thương binh và Xã hội' },
      ],
      unread: [],
    });
  });

  it('keeps a semicolon of the meaning when what follows is no abbreviation and its meaning', () => {
    for (const line of [
      'BPMC: Bộ phận Một cửa; nơi tiếp nhận và trả kết quả',
      // A telephone number is no meaning in words.
      'TTPVHCC: Trung tâm Phục vụ hành chính công; ĐT: 0222.3822.123',
      // "Lưu ý" is a word, not an abbreviation.
      'CC: Công chức; Lưu ý: cấp xã',
    ])
      expect(under(line).definitions).toEqual([
        { term: line.slice(0, line.indexOf(':')), meaning: line.slice(line.indexOf(':') + 1).trim() },
      ]);
  });

  it('ends at a numbered heading under a heading without a number, which is no definition', () => {
    expect(under('- BPMC: Bộ phận Một cửa', '5.7. Các bước', 'Tiếp nhận: Bộ phận Một cửa')).toEqual({
      definitions: [{ term: 'BPMC', meaning: 'Bộ phận Một cửa' }],
      unread: [],
    });
    expect(under('BPMC: Bộ phận Một cửa', '5. Nội dung quy trình', 'CC: Công chức').definitions).toHaveLength(1);
    // A numbered definition is still one.
    expect(under('1. UBND: Ủy ban nhân dân', '2. BPMC: Bộ phận Một cửa').definitions).toHaveLength(2);
  });
});
