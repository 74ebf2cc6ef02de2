import { describe, expect, it } from 'vitest';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('canonical-clock', {
  'invalid-hours.yaml': [
    {
      line: 6,
      column: 9,
      message: 'Write time "15 giờ" as "15:00"',
      vi: 'Hãy viết giờ "15 giờ" thành "15:00"',
    },
  ],
});

describe('rule canonical-clock fix', () => {
  it('offers HH:MM', () => {
    expect(lintFixture('canonical-clock', 'invalid-hours.yaml').map((d) => d.fix)).toEqual([
      { path: ['cutoff'], value: '15:00' },
    ]);
  });
});
