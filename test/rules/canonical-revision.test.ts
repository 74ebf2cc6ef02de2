import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/lint/fix.js';
import { ROOT } from '../helpers/cli.js';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

const FIXTURES = join(ROOT, 'test/rules/fixtures/canonical-revision');

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
});

describe('rule canonical-revision fix', () => {
  it('writes the number in place, without quotes, keeping the comment', () => {
    const text = readFileSync(join(FIXTURES, 'invalid-words.yaml'), 'utf8');
    const fixes = lintFixture('canonical-revision', 'invalid-words.yaml').flatMap((d) => (d.fix ? [d.fix] : []));
    expect(applyFixes(text, fixes)).toBe(readFileSync(join(FIXTURES, 'valid-numbers.yaml'), 'utf8'));
  });
});
