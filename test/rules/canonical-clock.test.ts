import { describe, expect, it } from 'vitest';
import { fixedFixture, lintFixture, testRule } from '../helpers/rule-tester.js';

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

  it('writes the time in quotes, so that YAML 1.1 tools do not read 15:00 as the number 900', () => {
    expect(fixedFixture('canonical-clock', 'invalid-hours.yaml').split('\n')[5]).toBe(
      'cutoff: "15:00" # hồ sơ nhận sau giờ này trả vào ngày làm việc tiếp theo',
    );
  });
});
