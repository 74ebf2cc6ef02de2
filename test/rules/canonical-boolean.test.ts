import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyFixes } from '../../src/lint/fix.js';
import { ROOT } from '../helpers/cli.js';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('canonical-boolean', {
  'invalid-words.yaml': [
    { line: 6, column: 19, message: 'Write "Có" as true', vi: 'Hãy ghi "Có" thành true' },
    { line: 8, column: 67, message: 'Write "có" as true', vi: 'Hãy ghi "có" thành true' },
    { line: 9, column: 53, message: 'Write "yes" as true', vi: 'Hãy ghi "yes" thành true' },
    { line: 9, column: 73, message: 'Write "không" as false', vi: 'Hãy ghi "không" thành false' },
  ],
});

describe('rule canonical-boolean fix', () => {
  it('writes true and false in place, keeping the comment, and the file then reads as before', () => {
    const file = join(ROOT, 'test/rules/fixtures/canonical-boolean/invalid-words.yaml');
    const text = readFileSync(file, 'utf8');
    const fixes = lintFixture('canonical-boolean', 'invalid-words.yaml').flatMap((d) => (d.fix ? [d.fix] : []));
    const fixed = applyFixes(text, fixes);
    expect(fixed.split('\n').slice(5, 9)).toEqual([
      'four_on_the_spot: true # tiếp nhận, thẩm định, phê duyệt, trả kết quả tại chỗ',
      'bodies:',
      '  TNTKQ: { name: Bộ phận Tiếp nhận và Trả kết quả, single_window: true }',
      '  TP: { name: Công chức Tư pháp - Hộ tịch, on_site: true, single_window: false }',
    ]);
    expect(parse(fixed)).toEqual(
      parse(readFileSync(join(ROOT, 'test/rules/fixtures/canonical-boolean/valid-canonical.yaml'), 'utf8')),
    );
  });
});
