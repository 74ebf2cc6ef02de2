import { testRule } from '../helpers/rule-tester.js';

testRule('step-duration-positive', {
  'invalid-zero.yaml': [
    {
      line: 13,
      column: 15,
      message: 'Step "receive" takes no time (0h); give it the time it really takes, e.g. 0.5h',
      vi: 'Bước "receive" có thời gian bằng 0 (0h); ghi thời gian thực tế, ví dụ 0.5h',
    },
    {
      line: 21,
      column: 15,
      message: 'Step "return" takes no time (0 ngày làm việc); give it the time it really takes, e.g. 0.5h',
    },
  ],
  // A draft step's placeholder 0h is reported by draft-steps, once.
  'invalid-zero-beside-draft.yaml': [
    { line: 13, column: 15, message: 'Step "s1" takes no time (0h); give it the time it really takes, e.g. 0.5h' },
  ],
});
