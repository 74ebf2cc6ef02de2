import { testRule } from '../helpers/rule-tester.js';

testRule('draft-steps', {
  'invalid-imported.yaml': [
    {
      line: 14,
      column: 5,
      message:
        'Step "s1" is a draft: write who does it (body) and how long it takes (duration), then remove "draft: true"',
      vi: 'Bước "s1" là bước nháp: ghi đơn vị thực hiện (body) và thời gian (duration), rồi xóa "draft: true"',
    },
    {
      line: 19,
      column: 5,
      message:
        'Step "s2" is a draft: write who does it (body) and how long it takes (duration), then remove "draft: true"',
    },
  ],
  'invalid-partly.yaml': [
    {
      line: 18,
      column: 5,
      message:
        'Step "s2" is a draft: write who does it (body) and how long it takes (duration), then remove "draft: true"',
    },
  ],
});
