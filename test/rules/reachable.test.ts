import { testRule } from '../helpers/rule-tester.js';

testRule('reachable', {
  'invalid-dead-end.yaml': [
    {
      line: 19,
      column: 9,
      message: 'Step "return" cannot be reached from the first step "receive"',
      vi: 'Không thể đi tới bước "return" từ bước đầu tiên "receive"',
    },
  ],
});
