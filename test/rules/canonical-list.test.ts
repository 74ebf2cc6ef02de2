import { describe, expect, it } from 'vitest';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

testRule('canonical-list', {
  // legal_basis holds two documents typed on one line: items-in-one-text writes them as items; `[A; B]` would be one.
  'invalid-several-items.yaml': [
    { line: 12, column: 10, message: 'Write records as a list: put "Sổ theo dõi" in [ ]' },
  ],
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
  'invalid-none.yaml': [
    {
      line: 8,
      column: 13,
      message: '"Không" says conditions has nothing: write it as an empty list, []',
      vi: '"Không" nghĩa là conditions không có gì: hãy ghi danh sách trống, []',
    },
    {
      line: 9,
      column: 10,
      message: '"Không có" says records has nothing: write it as an empty list, []',
      vi: '"Không có" nghĩa là records không có gì: hãy ghi danh sách trống, []',
    },
    {
      line: 18,
      column: 7,
      message: '"Không" says inputs has nothing: write it as an empty list, []',
      vi: '"Không" nghĩa là inputs không có gì: hãy ghi danh sách trống, []',
    },
  ],
});

describe('rule canonical-list fix', () => {
  it('puts the text in brackets, quoting it where a comma would split it, and keeps the comment', () => {
    expect(fixedFixture('canonical-list', 'invalid-text.yaml')).toBe(fixtureText('canonical-list', 'valid-lists.yaml'));
  });

  it("writes an empty list for one that says there is none, a block list's item too", () => {
    expect(fixedFixture('canonical-list', 'invalid-none.yaml')).toBe(fixtureText('canonical-list', 'valid-none.yaml'));
  });
});
