import { describe, expect, it } from 'vitest';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('nfc', {
  'invalid-decomposed.yaml': [
    {
      line: 2,
      column: 10,
      message: 'Line 2 has decomposed (NFD) characters; save the file as Unicode NFC (precomposed)',
      vi: 'Dòng 2 có ký tự tổ hợp (NFD); hãy lưu tệp ở dạng Unicode dựng sẵn (NFC)',
    },
  ],
});

describe('rule nfc fix', () => {
  it('offers the NFC text of the whole line', () => {
    const [diagnostic] = lintFixture('nfc', 'invalid-decomposed.yaml');
    expect(diagnostic!.fix).toEqual({
      range: { line: 2, column: 1, endLine: 2, endColumn: diagnostic!.endColumn },
      text: 'title: Chứng thực bản sao từ bản chính',
    });
  });
});
