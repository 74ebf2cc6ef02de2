import { testRule } from '../helpers/rule-tester.js';

testRule('schema', {
  'invalid-duration.yaml': [
    {
      line: 17,
      column: 15,
      message:
        '"vài giờ" is not a duration: write a number and a unit, e.g. "4h", "30 min", "1 giờ 30 phút", "0.5d", "3 ngày làm việc", "30 ngày lịch", "3 tháng" or "trong ngày"',
    },
  ],
  'invalid-missing-title.yaml': [
    {
      line: 1,
      column: 1,
      message: 'Missing required property "title"; add it, e.g. title: Chứng thực bản sao từ bản chính',
      vi: 'Thiếu trường bắt buộc "title"; hãy thêm, ví dụ title: Chứng thực bản sao từ bản chính',
    },
  ],
  'invalid-typo.yaml': [{ line: 5, column: 1, message: 'Unknown property "time_limt"; did you mean "time_limit"?' }],
});
