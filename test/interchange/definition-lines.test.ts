import { describe, expect, it } from 'vitest';
import { definitionLines } from '../../src/interchange/definition-lines.js';

const under = (...lines: string[]) => definitionLines(['Định nghĩa, viết tắt', ...lines]);

describe('definitions written as lines under their heading', () => {
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
