import { testRule } from '../helpers/rule-tester.js';

testRule('unique-step-id', {
  'invalid-duplicate.yaml': [
    {
      line: 18,
      column: 9,
      message: 'Step id "sign" is already used by step 2',
      vi: 'Mã bước "sign" đã được dùng ở bước 2',
    },
  ],
});
