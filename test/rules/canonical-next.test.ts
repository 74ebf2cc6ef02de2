import { describe, expect, it } from 'vitest';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('canonical-next', {
  // Step ids cannot hold a comma, so "sign, return" can only be two steps, as step tables write them.
  'invalid-comma-list.yaml': [
    {
      line: 14,
      column: 11,
      message: 'Write next "sign, return" as a list: [sign, return]',
      vi: 'Hãy ghi các bước tiếp theo "sign, return" dạng danh sách: [sign, return]',
    },
  ],
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

  it('writes ids separated by commas as a list of them', () => {
    expect(lintFixture('canonical-next', 'invalid-comma-list.yaml').map((d) => d.fix)).toEqual([
      { range: { line: 14, column: 11, endLine: 14, endColumn: 23 }, text: '[sign, return]' },
    ]);
  });
});
