import { describe, expect, it } from 'vitest';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

testRule('canonical-boolean', {
  'invalid-words.yaml': [
    { line: 6, column: 19, message: 'Write "Có" as true', vi: 'Hãy ghi "Có" thành true' },
    { line: 8, column: 67, message: 'Write "có" as true', vi: 'Hãy ghi "có" thành true' },
    { line: 9, column: 53, message: 'Write "yes" as true', vi: 'Hãy ghi "yes" thành true' },
    { line: 9, column: 73, message: 'Write "không" as false', vi: 'Hãy ghi "không" thành false' },
  ],
  // A tick copied from a table ("x", "✓") says yes: read, and written true.
  'invalid-tick.yaml': [
    { line: 6, column: 19, message: 'Write "x" as true', vi: 'Hãy ghi "x" thành true' },
    { line: 8, column: 67, message: 'Write "✓" as true', vi: 'Hãy ghi "✓" thành true' },
  ],
});

describe('rule canonical-boolean fix', () => {
  it('writes true and false in place, keeping the comment', () => {
    expect(fixedFixture('canonical-boolean', 'invalid-words.yaml')).toBe(
      fixtureText('canonical-boolean', 'valid-canonical.yaml'),
    );
  });
});
