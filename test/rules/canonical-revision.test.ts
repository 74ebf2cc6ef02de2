import { describe, expect, it } from 'vitest';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

testRule('canonical-revision', {
  'invalid-words.yaml': [
    {
      line: 3,
      column: 11,
      message: 'Write revision "Lần ban hành: 02" as 2',
      vi: 'Hãy ghi lần ban hành "Lần ban hành: 02" thành 2',
    },
    { line: 14, column: 17, message: 'Write revision "Lần 1" as 1', vi: 'Hãy ghi lần ban hành "Lần 1" thành 1' },
    { line: 15, column: 17, message: 'Write revision "02" as 2', vi: 'Hãy ghi lần ban hành "02" thành 2' },
  ],
  // Roman numerals after "lần", as history tables number revisions: capitals, with or without accents.
  'invalid-roman.yaml': [
    {
      line: 3,
      column: 11,
      message: 'Write revision "Lần thứ III" as 3',
      vi: 'Hãy ghi lần ban hành "Lần thứ III" thành 3',
    },
    {
      line: 14,
      column: 17,
      message: 'Write revision "Lần thứ I" as 1',
      vi: 'Hãy ghi lần ban hành "Lần thứ I" thành 1',
    },
    {
      line: 15,
      column: 17,
      message: 'Write revision "Lần ban hành: II" as 2',
      vi: 'Hãy ghi lần ban hành "Lần ban hành: II" thành 2',
    },
    {
      line: 16,
      column: 17,
      message: 'Write revision "Lan thu III" as 3',
      vi: 'Hãy ghi lần ban hành "Lan thu III" thành 3',
    },
  ],
});

describe('rule canonical-revision fix', () => {
  it('writes the number in place, without quotes, keeping the comment', () => {
    expect(fixedFixture('canonical-revision', 'invalid-words.yaml')).toBe(
      fixtureText('canonical-revision', 'valid-numbers.yaml'),
    );
  });
});

describe('rule canonical-revision fix, Roman numerals', () => {
  it('writes the number each stands for', () => {
    expect(fixedFixture('canonical-revision', 'invalid-roman.yaml')).toBe(
      fixtureText('canonical-revision', 'valid-roman-fixed.yaml'),
    );
  });
});
