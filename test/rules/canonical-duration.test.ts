import { describe, expect, it } from 'vitest';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('canonical-duration', {
  'invalid-long.yaml': [
    { line: 5, column: 13, message: 'Write "1 ngày làm việc" as "1d"', vi: 'Hãy viết "1 ngày làm việc" thành "1d"' },
    { line: 17, column: 15, message: 'Write "4 giờ" as "4h"', vi: 'Hãy viết "4 giờ" thành "4h"' },
  ],
});

describe('rule canonical-duration fix', () => {
  it('offers the short spelling of each value', () => {
    expect(lintFixture('canonical-duration', 'invalid-long.yaml').map((d) => d.fix)).toEqual([
      { path: ['time_limit'], value: '1d' },
      { path: ['steps', 1, 'duration'], value: '4h' },
    ]);
  });

  it('leaves a limit of a bare "24 giờ" as written, the question ambiguous-hours asks; the steps\' hours are shortened', () => {
    expect(lintFixture('canonical-duration', 'bare-hours-limit.yaml').map((d) => d.fix)).toEqual([
      { path: ['steps', 1, 'duration'], value: '4h' },
    ]);
  });
});
