import { describe, expect, it } from 'vitest';
import { canonicalSpelling } from '../../src/model/duration.js';
import { fixtureText, fullyFixedFixture, lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('canonical-duration', {
  'invalid-long.yaml': [
    { line: 5, column: 13, message: 'Write "1 ngày làm việc" as "1d"', vi: 'Hãy viết "1 ngày làm việc" thành "1d"' },
    { line: 17, column: 15, message: 'Write "4 giờ" as "4h"', vi: 'Hãy viết "4 giờ" thành "4h"' },
  ],
  // Years stay years: "1 năm" is the law's word, never "12 tháng".
  'invalid-years.yaml': [
    {
      line: 5,
      column: 13,
      message: 'Write "01 năm kể từ ngày nhận đủ hồ sơ" as "1 năm kể từ ngày nhận đủ hồ sơ"',
      vi: 'Hãy viết "01 năm kể từ ngày nhận đủ hồ sơ" thành "1 năm kể từ ngày nhận đủ hồ sơ"',
    },
  ],
  // A step's time outside the limit in words: `counted: false` is its one spelling.
  'invalid-uncounted-words.yaml': [
    {
      line: 17,
      column: 15,
      message: 'Write "5d (không tính vào thời hạn giải quyết)" as "5d" with "counted: false" on the step',
      vi: 'Hãy viết "5d (không tính vào thời hạn giải quyết)" thành "5d" và ghi "counted: false" ở bước này',
    },
  ],
});

describe('rule canonical-duration fix', () => {
  it('offers the short spelling of each value', () => {
    expect(lintFixture('canonical-duration', 'invalid-long.yaml').map((d) => d.fix)).toEqual([
      { path: ['time_limit'], value: '1d' },
      { path: ['steps', 1, 'duration'], value: '4h' },
    ]);
  });

  it('keeps a limit the law wrote in years in years, and months in months', () => {
    expect(canonicalSpelling('2 năm', 8, true)).toBe('2 năm');
    expect(canonicalSpelling('1,5 năm', 8, true)).toBe('1.5 năm');
    expect(canonicalSpelling('2 years', 8, true)).toBe('2 năm');
    expect(canonicalSpelling('12 tháng', 8, true)).toBe('12 tháng');
    expect(canonicalSpelling('18 tháng', 8, true)).toBe('18 tháng');
  });

  it('leaves a limit of a bare "24 giờ" as written, the question ambiguous-hours asks; the steps\' hours are shortened', () => {
    expect(lintFixture('canonical-duration', 'bare-hours-limit.yaml').map((d) => d.fix)).toEqual([
      { path: ['steps', 1, 'duration'], value: '4h' },
    ]);
  });

  it('writes a time outside the limit in words as the time and `counted: false`, never the time alone', () => {
    expect(fullyFixedFixture('canonical-duration', 'invalid-uncounted-words.yaml')).toBe(
      fixtureText('canonical-duration', 'valid-uncounted.yaml'),
    );
  });
});
