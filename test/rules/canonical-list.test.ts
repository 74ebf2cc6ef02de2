import { describe, expect, it } from 'vitest';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

testRule('canonical-list', {
  'invalid-text.yaml': [
    {
      line: 7,
      column: 14,
      message: 'Write legal_basis as a list: put "Nghị định 23/2015/NĐ-CP" in [ ]',
      vi: 'Hãy ghi legal_basis dạng danh sách: đặt "Nghị định 23/2015/NĐ-CP" trong [ ]',
    },
    {
      line: 8,
      column: 13,
      message: 'Write conditions as a list: put "Giấy tờ, văn bản: không thuộc các trường hợp tại Điều 22" in [ ]',
      vi: 'Hãy ghi conditions dạng danh sách: đặt "Giấy tờ, văn bản: không thuộc các trường hợp tại Điều 22" trong [ ]',
    },
    {
      line: 16,
      column: 13,
      message: 'Write inputs as a list: put "Bản chính và bản sao" in [ ]',
      vi: 'Hãy ghi inputs dạng danh sách: đặt "Bản chính và bản sao" trong [ ]',
    },
    {
      line: 17,
      column: 14,
      message: 'Write outputs as a list: put "Bản sao được chứng thực, ghi vào sổ" in [ ]',
      vi: 'Hãy ghi outputs dạng danh sách: đặt "Bản sao được chứng thực, ghi vào sổ" trong [ ]',
    },
  ],
});

describe('rule canonical-list fix', () => {
  it('puts the text in brackets, quoting it where a comma would split it, and keeps the comment', () => {
    expect(fixedFixture('canonical-list', 'invalid-text.yaml')).toBe(fixtureText('canonical-list', 'valid-lists.yaml'));
  });
});
