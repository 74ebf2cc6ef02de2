import { describe, expect, it } from 'vitest';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('canonical-next', {
  'invalid-single.yaml': [
    {
      line: 14,
      column: 11,
      message: 'Write next "sign" as a list: [sign]',
      vi: 'Hãy ghi bước tiếp theo "sign" dạng danh sách: [sign]',
    },
  ],
});

describe('rule canonical-next fix', () => {
  it('puts the id in brackets where it stands', () => {
    expect(lintFixture('canonical-next', 'invalid-single.yaml').map((d) => d.fix)).toEqual([
      { range: { line: 14, column: 11, endLine: 14, endColumn: 15 }, text: '[sign]' },
    ]);
  });
});
