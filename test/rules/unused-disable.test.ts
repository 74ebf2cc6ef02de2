import { testRule } from '../helpers/rule-tester.js';

testRule('unused-disable', {
  'invalid-unknown-rule.yaml': [
    {
      line: 1,
      column: 1,
      message: 'Unknown rule "unused-bodies" in "procmap-disable"; did you mean "unused-body"?',
      vi: 'Không có quy tắc "unused-bodies" trong "procmap-disable"; có phải là "unused-body"?',
    },
  ],
  'invalid-unused.yaml': [
    {
      line: 5,
      column: 16,
      message: 'This "procmap-disable-line" comment suppresses no problem; remove it',
      vi: 'Chú thích "procmap-disable-line" này không bỏ qua vấn đề nào; hãy xóa nó',
    },
  ],
});
