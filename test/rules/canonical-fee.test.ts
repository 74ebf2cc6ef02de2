import { describe, expect, it } from 'vitest';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('canonical-fee', {
  'invalid-number.yaml': [
    {
      line: 22,
      column: 6,
      message: 'Write fee 100000 as "100.000 đồng"',
      vi: 'Hãy ghi phí 100000 thành "100.000 đồng"',
    },
  ],
});

describe('rule canonical-fee fix', () => {
  it('writes the amount with its unit', () => {
    expect(lintFixture('canonical-fee', 'invalid-number.yaml').map((d) => d.fix)).toEqual([
      { path: ['fee'], value: '100.000 đồng' },
    ]);
  });
});
