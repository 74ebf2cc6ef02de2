import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/lint/fix.js';
import { ROOT } from '../helpers/cli.js';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

const FIXTURES = join(ROOT, 'test/rules/fixtures/canonical-body');

testRule('canonical-body', {
  'invalid-name.yaml': [
    {
      line: 12,
      column: 11,
      message: 'Write body "Bộ phận Tiếp nhận và Trả kết quả" by its key: TN',
      vi: 'Hãy ghi đơn vị "Bộ phận Tiếp nhận và Trả kết quả" bằng mã: TN',
    },
    {
      line: 16,
      column: 11,
      message: 'Write body "Công chức  Tư pháp - Hộ tịch" by its key: TP-XA',
      vi: 'Hãy ghi đơn vị "Công chức  Tư pháp - Hộ tịch" bằng mã: TP-XA',
    },
    {
      line: 20,
      column: 11,
      message: 'Write body "Bộ phận Tiếp nhận và Trả kết quả" by its key: TN',
      vi: 'Hãy ghi đơn vị "Bộ phận Tiếp nhận và Trả kết quả" bằng mã: TN',
    },
  ],
});

describe('rule canonical-body fix', () => {
  it('writes the key in place, keeping the comment', () => {
    const text = readFileSync(join(FIXTURES, 'invalid-name.yaml'), 'utf8');
    const fixes = lintFixture('canonical-body', 'invalid-name.yaml').flatMap((d) => (d.fix ? [d.fix] : []));
    expect(applyFixes(text, fixes)).toBe(readFileSync(join(FIXTURES, 'valid-key.yaml'), 'utf8'));
  });
});
