import { describe, expect, it } from 'vitest';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('canonical-dossier', {
  'invalid-names.yaml': [
    {
      line: 23,
      column: 5,
      message: 'Write dossier item "Tờ khai chứng thực" as { name, copies, form }',
      vi: 'Hãy ghi giấy tờ "Tờ khai chứng thực" dạng { name, copies, form }',
    },
    { line: 25, column: 5, message: 'Write dossier item "Bản sao, 02 bản" as { name, copies, form }' },
  ],
});

describe('rule canonical-dossier fix', () => {
  it('wraps each name as written, keeping its quotes', () => {
    expect(
      lintFixture('canonical-dossier', 'invalid-names.yaml').map((d) => d.fix && 'text' in d.fix && d.fix.text),
    ).toEqual(['{ name: Tờ khai chứng thực }', "{ name: 'Bản sao, 02 bản' }"]);
  });
});
