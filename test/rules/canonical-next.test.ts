import { describe, expect, it } from 'vitest';
import { fixedFixture, fixtureText, lintFixture, testRule } from '../helpers/rule-tester.js';

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
  // A target written by its step number, as step tables write it, is read as the step with that number.
  'invalid-step-number.yaml': [
    {
      line: 14,
      column: 11,
      message: 'Write next "Bước 2" as a list: [B2]',
      vi: 'Hãy ghi bước tiếp theo "Bước 2" dạng danh sách: [B2]',
    },
    {
      line: 19,
      column: 21,
      message: 'Write next step "Bước 3" by its id: B3',
      vi: 'Hãy ghi bước tiếp theo "Bước 3" bằng mã bước: B3',
    },
    {
      line: 24,
      column: 12,
      message: 'Write next step "bước 04" by its id: B4',
      vi: 'Hãy ghi bước tiếp theo "bước 04" bằng mã bước: B4',
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

  it('writes a target given by its step number by its id, keeping the comment', () => {
    expect(fixedFixture('canonical-next', 'invalid-step-number.yaml')).toBe(
      fixtureText('canonical-next', 'valid-step-ids.yaml'),
    );
  });
});
