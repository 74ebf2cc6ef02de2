import { describe, expect, it } from 'vitest';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('canonical-level', {
  'invalid-vietnamese.yaml': [
    { line: 6, column: 8, message: 'Write level "Cấp xã" as "commune"', vi: 'Hãy ghi cấp "Cấp xã" thành "commune"' },
  ],
});

describe('rule canonical-level fix', () => {
  it('writes the English value in place, keeping the comment', () => {
    expect(lintFixture('canonical-level', 'invalid-vietnamese.yaml').map((d) => d.fix)).toEqual([
      { path: ['level'], value: 'commune' },
    ]);
  });
});
