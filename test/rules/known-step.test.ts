import { testRule } from '../helpers/rule-tester.js';

testRule('known-step', {
  'invalid-branch.yaml': [
    {
      line: 18,
      column: 43,
      message: 'Next step "tu-choi" does not exist',
      vi: 'Bước tiếp theo "tu-choi" không tồn tại',
    },
  ],
  'invalid-typo.yaml': [
    {
      line: 18,
      column: 12,
      message: 'Next step "retrun" does not exist; did you mean "return"?',
      vi: 'Bước tiếp theo "retrun" không tồn tại; có phải là "return"?',
    },
  ],
});
