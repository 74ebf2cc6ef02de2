import { describe, expect, it } from 'vitest';
import { fixedFixture, testRule } from '../helpers/rule-tester.js';

testRule('originals-in-copies', {
  'invalid-twice.yaml': [
    {
      line: 7,
      column: 44,
      message:
        'Dossier item "Tờ khai" gives its originals twice, originals: 1 and copies: "01 bản chính"; "bản chính" is the original, not a copy: keep originals and remove copies',
      vi: 'Giấy tờ "Tờ khai" ghi số bản chính hai lần, originals: 1 và copies: "01 bản chính"; "bản chính" không phải bản sao: hãy giữ originals và bỏ copies',
    },
    {
      line: 10,
      column: 13,
      message:
        'Dossier item "Giấy chứng nhận" gives its originals twice, originals: 1 and copies: "01 bản chính, 02 bản sao"; "bản chính" is the original, not a copy: keep originals and write copies: 2',
      vi: 'Giấy tờ "Giấy chứng nhận" ghi số bản chính hai lần, originals: 1 và copies: "01 bản chính, 02 bản sao"; "bản chính" không phải bản sao: hãy giữ originals và ghi copies: 2',
    },
    {
      line: 13,
      column: 13,
      message:
        'Dossier item "Căn cước" gives its originals twice, originals: 01 and copies: "01 bản chính"; "bản chính" is the original, not a copy: keep originals and remove copies',
    },
    {
      // Numbers that differ: which is right is the officer's to say.
      line: 14,
      column: 46,
      message:
        'Dossier item "Giấy phép" has originals: 1 and copies: "02 bản chính", which is about the original, not a copy: keep one of them, originals for the number of originals or the words alone (the document prints them under "Bản chính"), and write in copies only the copies',
      vi: 'Giấy tờ "Giấy phép" có originals: 1 và copies: "02 bản chính", là nói về bản chính, không phải bản sao: hãy giữ một trong hai, originals cho số bản chính hoặc chỉ phần chữ (tài liệu in dưới cột "Bản chính"), và ở copies chỉ ghi bản sao',
    },
    {
      line: 15,
      column: 45,
      message:
        'Dossier item "Hộ chiếu" has originals: 1 and copies: "01 bản chính (xuất trình)", which is about the original, not a copy: keep one of them, originals for the number of originals or the words alone (the document prints them under "Bản chính"), and write in copies only the copies',
    },
  ],
});

describe('rule originals-in-copies fix', () => {
  it('removes the words where they say the originals again, keeps the copies they name, and leaves the rest', () => {
    const fixed = fixedFixture('originals-in-copies', 'invalid-twice.yaml');
    expect(fixed).toContain('  - { name: Tờ khai, originals: 1 }\n');
    expect(fixed).toContain('  - name: Giấy chứng nhận\n    originals: 1\n    copies: 2\n');
    expect(fixed).toContain('  - name: Căn cước\n    originals: "01"\n  - { name: Giấy phép');
    expect(fixed).toContain('{ name: Giấy phép, originals: 1, copies: "02 bản chính" }');
    expect(fixed).toContain('{ name: Hộ chiếu, originals: 1, copies: "01 bản chính (xuất trình)" }');
  });
});
