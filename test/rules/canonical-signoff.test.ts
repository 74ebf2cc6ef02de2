import { describe, expect, it } from 'vitest';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('canonical-signoff', {
  'invalid-name.yaml': [
    {
      line: 23,
      column: 16,
      message: 'Write prepared_by "Nguyễn Văn An" as { name, title }, with the title',
      vi: 'Hãy ghi prepared_by "Nguyễn Văn An" dạng { name, title }, kèm chức vụ',
    },
    { line: 24, column: 16, message: 'Write approved_by "Lê Văn Cường, Chủ tịch" as { name, title }, with the title' },
    {
      line: 25,
      column: 16,
      message: 'Write reviewed_by "Trần Thị Bình, Trưởng phòng" as { name, title }, with the title',
    },
  ],
});

describe('rule canonical-signoff fix', () => {
  it('wraps the name as written, quoting a plain one that holds a comma', () => {
    expect(
      lintFixture('canonical-signoff', 'invalid-name.yaml').map((d) => d.fix && 'text' in d.fix && d.fix.text),
    ).toEqual([
      '{ name: Nguyễn Văn An }',
      '{ name: "Lê Văn Cường, Chủ tịch" }',
      '{ name: "Trần Thị Bình, Trưởng phòng" }',
    ]);
  });
});
