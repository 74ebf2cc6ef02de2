import { describe, expect, it } from 'vitest';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('known-body', {
  // The name of one body is read as that body (canonical-body); the name of two cannot be.
  'invalid-shared-name.yaml': [
    {
      line: 17,
      column: 11,
      message:
        'Body "công chức tư pháp - hộ tịch" is the name of several bodies (TP-XA, TP-PHUONG): write the key of the one meant, e.g. body: TP-XA',
      vi: '"công chức tư pháp - hộ tịch" là tên của nhiều đơn vị (TP-XA, TP-PHUONG): hãy ghi mã của đơn vị đúng, ví dụ body: TP-XA',
    },
  ],
  'invalid-typo.yaml': [
    {
      line: 16,
      column: 11,
      message: 'Body "TPP" is not declared in `bodies`; did you mean "TP" (Công chức Tư pháp - Hộ tịch)?',
      vi: 'Đơn vị "TPP" chưa được khai báo trong "bodies"; có phải là "TP" (Công chức Tư pháp - Hộ tịch)?',
    },
  ],
  'invalid-with-role.yaml': [
    {
      line: 14,
      column: 11,
      message:
        'Body "Bộ phận tiếp nhận và trả kết quả (Công chức tiếp nhận)" is not declared in `bodies`: if it is Bộ phận Tiếp nhận và Trả kết quả and who in it does the step, write body: TNTKQ and role: Công chức tiếp nhận',
      vi: 'Đơn vị "Bộ phận tiếp nhận và trả kết quả (Công chức tiếp nhận)" chưa được khai báo trong "bodies": nếu đó là Bộ phận Tiếp nhận và Trả kết quả và người thực hiện bước, hãy ghi body: TNTKQ và role: Công chức tiếp nhận',
    },
    {
      line: 18,
      column: 11,
      message:
        'Body "Công chức Tư pháp - Hộ tịch - Ông Nguyễn Văn A" is not declared in `bodies`: if it is Công chức Tư pháp - Hộ tịch and who in it does the step, write body: TP and role: Ông Nguyễn Văn A',
      vi: 'Đơn vị "Công chức Tư pháp - Hộ tịch - Ông Nguyễn Văn A" chưa được khai báo trong "bodies": nếu đó là Công chức Tư pháp - Hộ tịch và người thực hiện bước, hãy ghi body: TP và role: Ông Nguyễn Văn A',
    },
  ],
  // valid-loose-names.yaml: a name but for dashes, "và" and initials is the one body so named. Here "KT-HT" is the
  // initials of two declared rooms, and a lone "TP" of many words: neither is read as a body; the message names the
  // bodies each may be.
  'invalid-loose-two.yaml': [
    {
      line: 20,
      column: 11,
      message:
        'Body "Phòng KT-HT" may be any of "KTHT" (Phòng Kinh tế - Hạ tầng), "KYTHT" (Phòng Kỹ thuật - Hạ tầng): write the key of the one meant, e.g. body: KTHT, or its full name',
      vi: 'Đơn vị "Phòng KT-HT" có thể là một trong các đơn vị "KTHT" (Phòng Kinh tế - Hạ tầng), "KYTHT" (Phòng Kỹ thuật - Hạ tầng): hãy ghi mã của đơn vị đúng, ví dụ body: KTHT, hoặc tên đầy đủ của đơn vị đó',
    },
    {
      line: 24,
      column: 11,
      // Not read as that body (a lone "TP" may stand for many words), but the one it may shorten is named.
      message: 'Body "Công chức TP" is not declared in `bodies`; did you mean "TP" (Công chức Tư pháp)?',
    },
  ],
  // "UBND" alone, the first words of two declared committees' names: both are named, and what to write.
  'invalid-initials.yaml': [
    {
      line: 18,
      column: 11,
      message:
        'Body "UBND" may be any of "UBNDX" (Ủy ban nhân dân xã), "UBNDH" (Ủy ban nhân dân huyện): write the key of the one meant, e.g. body: UBNDX, or its full name',
      vi: 'Đơn vị "UBND" có thể là một trong các đơn vị "UBNDX" (Ủy ban nhân dân xã), "UBNDH" (Ủy ban nhân dân huyện): hãy ghi mã của đơn vị đúng, ví dụ body: UBNDX, hoặc tên đầy đủ của đơn vị đó',
    },
    {
      line: 22,
      column: 11,
      message: 'Body "Phòng TC" is not declared in `bodies`; did you mean "TCKH" (Phòng Tài chính - Kế hoạch)?',
    },
  ],
  // Declared as its key, without the bullet and full stop pasted with it: "VPDK: - VPDK." declares nothing.
  'invalid-marked-unknown.yaml': [
    {
      line: 17,
      column: 11,
      message:
        'Body "- VPDK." is not declared in `bodies`: write the key of one that is ("TNTKQ" (Bộ phận Tiếp nhận và Trả kết quả), "TP" (Công chức Tư pháp - Hộ tịch)), or declare it there with its full name, e.g. under bodies: VPDK: (the body\'s full name)',
    },
  ],
  'invalid-unknown.yaml': [
    {
      line: 16,
      column: 11,
      message:
        'Body "VPDK" is not declared in `bodies`: write the key of one that is ("TNTKQ" (Bộ phận Tiếp nhận và Trả kết quả), "TP" (Công chức Tư pháp - Hộ tịch)), or declare it there with its full name, e.g. under bodies: VPDK: (the body\'s full name)',
      vi: 'Đơn vị "VPDK" chưa được khai báo trong "bodies": hãy ghi mã của một đơn vị đã khai báo ("TNTKQ" (Bộ phận Tiếp nhận và Trả kết quả), "TP" (Công chức Tư pháp - Hộ tịch)), hoặc khai báo thêm đơn vị này với tên đầy đủ, ví dụ dưới bodies: VPDK: (tên đầy đủ của đơn vị)',
    },
  ],
});

describe('rule known-body on bodies pasted with their marks', () => {
  // Neither a valid fixture (bulleted-list asks to delete the marks) nor an invalid one (known-body says nothing).
  it('reads "- TNTKQ." and "• Công chức Tư pháp - Hộ tịch;" as the bodies they name', () => {
    expect(lintFixture('known-body', 'marked-body.yaml')).toEqual([]);
  });
});
