import { testRule } from '../helpers/rule-tester.js';

testRule('shares-over-total', {
  // 5 + 7 = 12 working days under a total of 10: the text contradicts itself, whichever number is wrong.
  'invalid-limit.yaml': [
    {
      line: 5,
      column: 13,
      message:
        '"10 ngày làm việc (UBND xã: 05 ngày làm việc; Sở Tư pháp: 07 ngày làm việc)" contradicts itself: the agencies\' shares (UBND xã: 05 ngày làm việc; Sở Tư pháp: 07 ngày làm việc) add up to 12 working days, more than the limit of 10 working days. procmap counts 10 working days: correct the share that is wrong, or write "12 ngày làm việc (UBND xã: 05 ngày làm việc; Sở Tư pháp: 07 ngày làm việc)" if the shares are right',
      vi: '"10 ngày làm việc (UBND xã: 05 ngày làm việc; Sở Tư pháp: 07 ngày làm việc)" tự mâu thuẫn: phần thời gian của các cơ quan (UBND xã: 05 ngày làm việc; Sở Tư pháp: 07 ngày làm việc) cộng lại là 12 ngày làm việc, nhiều hơn thời hạn 10 ngày làm việc. procmap đang tính 10 ngày làm việc: hãy sửa phần thời gian bị ghi sai, hoặc ghi "12 ngày làm việc (UBND xã: 05 ngày làm việc; Sở Tư pháp: 07 ngày làm việc)" nếu các phần thời gian đều đúng',
    },
  ],
  // Bare shares after "trong đó" are the total's working days; a channel's shares in hours add up in the calendar's
  // working day (8 hours): 4 + 6 hours are 1.25 days.
  'invalid-channel-hours.yaml': [
    {
      line: 5,
      column: 13,
      message:
        '"12 ngày làm việc (trong đó: UBND xã 05 ngày; Phòng Tư pháp 08 ngày)" contradicts itself: the agencies\' shares (UBND xã: 05 ngày; Phòng Tư pháp: 08 ngày) add up to 13 working days, more than the limit of 12 working days. procmap counts 12 working days: correct the share that is wrong, or write "13 ngày làm việc (trong đó: UBND xã 05 ngày; Phòng Tư pháp 08 ngày)" if the shares are right',
    },
    {
      line: 9,
      column: 17,
      message:
        '"1 ngày làm việc (UBND xã: 4 giờ làm việc; Sở Tư pháp: 6 giờ làm việc)" contradicts itself: the agencies\' shares (UBND xã: 4 giờ làm việc; Sở Tư pháp: 6 giờ làm việc) add up to 1.25 working days, more than the limit of 1 working day. procmap counts 1 working day: correct the share that is wrong, or write "1,25 ngày làm việc (UBND xã: 4 giờ làm việc; Sở Tư pháp: 6 giờ làm việc)" if the shares are right',
    },
  ],
});
