import { describe, expect, it } from 'vitest';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('invisible-characters', {
  'invalid-bidi-and-zero-width.yaml': [
    {
      line: 2,
      column: 27,
      message:
        'Line 2 has an invisible character, U+202E (right-to-left override); it can make the text read differently from what is stored: delete it',
      vi: 'Dòng 2 có ký tự ẩn U+202E (right-to-left override), có thể làm văn bản hiển thị khác với nội dung lưu: hãy xoá ký tự này',
    },
    {
      line: 11,
      column: 21,
      message:
        'Line 11 has an invisible character, U+200B (zero-width space); it can make the text read differently from what is stored: delete it',
    },
  ],
});

describe('rule invisible-characters fix', () => {
  it('offers the line without its invisible characters', () => {
    const [diagnostic] = lintFixture('invisible-characters', 'invalid-bidi-and-zero-width.yaml');
    expect(diagnostic!.fix).toMatchObject({
      range: { line: 2, column: 1, endLine: 2 },
      text: 'title: Chứng thực bản sao từ bản chính',
    });
  });
});
