import { testRule } from '../helpers/rule-tester.js';

const LIMIT = '15 ngày làm việc (UBND xã: 05 ngày làm việc; Sở Tư pháp: 10 ngày làm việc)';

testRule('steps-within-share', {
  // The total holds (15 days for 4 h + 6.5 + 8 days), but UBND xã's steps take 7 days of its 5: "UBND xã" names the
  // body "Ủy ban nhân dân cấp xã Thử", its abbreviation spelled out and the level word left out.
  'invalid-over.yaml': [
    {
      line: 6,
      column: 13,
      message: `The steps of UBND xã (s1 → s2) take 7 working days (56 h) on the critical path, over its share of 5 working days (40 h) in "${LIMIT}" by 2 working days (16 h): shorten them, or correct the share`,
      vi: `Các bước của UBND xã (s1 → s2) mất 7 ngày làm việc (56 giờ) theo đường găng, vượt phần thời gian 5 ngày làm việc (40 giờ) của cơ quan này trong "${LIMIT}" là 2 ngày làm việc (16 giờ): hãy rút ngắn các bước, hoặc sửa phần thời gian`,
    },
  ],
  // "Sở Tư pháp" is no body here (Phòng Tư pháp is another office): said, not guessed.
  'invalid-unmatched.yaml': [
    {
      line: 5,
      column: 13,
      message: `"Sở Tư pháp" in "${LIMIT}" names no body of this procedure, so its steps cannot be checked against its share: name its body as the limit does (bodies: UBXA "UBND xã Thử", PTP "Phòng Tư pháp")`,
    },
  ],
});
