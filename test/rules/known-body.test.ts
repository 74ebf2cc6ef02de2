import { testRule } from '../helpers/rule-tester.js';

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
      message: 'Body "TPP" is not declared in `bodies`; did you mean "TP"?',
      vi: 'Đơn vị "TPP" chưa được khai báo trong `bodies`; có phải là "TP"?',
    },
  ],
  'invalid-unknown.yaml': [
    {
      line: 16,
      column: 11,
      message: 'Body "VPDK" is not declared in `bodies`',
      vi: 'Đơn vị "VPDK" chưa được khai báo trong `bodies`',
    },
  ],
});
