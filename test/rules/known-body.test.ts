import { testRule } from '../helpers/rule-tester.js';

testRule('known-body', {
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
