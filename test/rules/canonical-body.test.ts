import { describe, expect, it } from 'vitest';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

testRule('canonical-body', {
  'invalid-name.yaml': [
    {
      line: 12,
      column: 11,
      message: 'Write body "Bộ phận Tiếp nhận và Trả kết quả" by its key: TN',
      vi: 'Hãy ghi đơn vị "Bộ phận Tiếp nhận và Trả kết quả" bằng mã: TN',
    },
    {
      line: 16,
      column: 11,
      message: 'Write body "Công chức  Tư pháp - Hộ tịch" by its key: TP-XA',
      vi: 'Hãy ghi đơn vị "Công chức  Tư pháp - Hộ tịch" bằng mã: TP-XA',
    },
    {
      line: 20,
      column: 11,
      message: 'Write body "Bộ phận Tiếp nhận và Trả kết quả" by its key: TN',
      vi: 'Hãy ghi đơn vị "Bộ phận Tiếp nhận và Trả kết quả" bằng mã: TN',
    },
  ],
});

describe('rule canonical-body fix', () => {
  it('writes the key in place, keeping the comment', () => {
    expect(fixedFixture('canonical-body', 'invalid-name.yaml')).toBe(fixtureText('canonical-body', 'valid-key.yaml'));
  });
});
