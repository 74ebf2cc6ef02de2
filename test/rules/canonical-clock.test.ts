import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/lint/fix.js';
import { lintFixture, testRule } from '../helpers/rule-tester.js';
import { ROOT } from '../helpers/cli.js';

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
    const text = readFileSync(join(ROOT, 'test/rules/fixtures/canonical-clock/invalid-hours.yaml'), 'utf8');
    const fixes = lintFixture('canonical-clock', 'invalid-hours.yaml').flatMap((d) => (d.fix ? [d.fix] : []));
    expect(applyFixes(text, fixes).split('\n')[5]).toBe(
      'cutoff: "15:00" # hồ sơ nhận sau giờ này trả vào ngày làm việc tiếp theo',
    );
  });
});
