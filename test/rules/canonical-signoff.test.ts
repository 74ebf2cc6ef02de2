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
    {
      line: 24,
      column: 16,
      message: 'Write approved_by "Lê Văn Cường, Chủ tịch" as { name: Lê Văn Cường, title: Chủ tịch }',
      vi: 'Hãy ghi approved_by "Lê Văn Cường, Chủ tịch" dạng { name: Lê Văn Cường, title: Chủ tịch }',
    },
    {
      line: 25,
      column: 16,
      message: 'Write reviewed_by "Trần Thị Bình, Trưởng phòng" as { name: Trần Thị Bình, title: Trưởng phòng }',
    },
  ],
});

describe('rule canonical-signoff fix', () => {
  it('wraps a name as written, and writes a title given after a comma in its place', () => {
    expect(
      lintFixture('canonical-signoff', 'invalid-name.yaml').map((d) => d.fix && 'text' in d.fix && d.fix.text),
    ).toEqual([
      '{ name: Nguyễn Văn An }',
      '{ name: Lê Văn Cường, title: Chủ tịch }',
      '{ name: Trần Thị Bình, title: Trưởng phòng }',
    ]);
  });
});
