import { testRule } from '../helpers/rule-tester.js';

testRule('acyclic', {
  'invalid-loop.yaml': [
    {
      line: 22,
      column: 11,
      message: 'The flow loops: receive → sign → return → receive',
      vi: 'Luồng xử lý quay vòng: receive → sign → return → receive',
    },
  ],
});
