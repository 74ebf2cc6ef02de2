import { testRule } from '../helpers/rule-tester.js';

testRule('unused-body', {
  'invalid-unused.yaml': [
    {
      line: 9,
      column: 3,
      message: 'Body "VHXH" is declared but no step uses it',
      vi: 'Đơn vị "VHXH" được khai báo nhưng không bước nào sử dụng',
    },
  ],
});
