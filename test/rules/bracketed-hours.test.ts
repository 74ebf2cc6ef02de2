import { testRule } from '../helpers/rule-tester.js';

testRule('bracketed-hours', {
  // 10 working days are 80 hours at 8 hours a day: the text says 160.
  'invalid-limit.yaml': [
    {
      line: 5,
      column: 13,
      message:
        '"10 ngày làm việc (160 giờ)" contradicts itself: 10 working days are 80 working hours in the calendar (8 hours a working day), not the 160 hours in brackets. procmap counts 10 working days (80 hours): write "10 ngày làm việc (80 giờ)", or "20 ngày làm việc (160 giờ)" if 160 hours is the right time',
      vi: '"10 ngày làm việc (160 giờ)" tự mâu thuẫn: 10 ngày làm việc là 80 giờ làm việc theo lịch làm việc (một ngày làm việc 8 giờ), không phải 160 giờ như trong ngoặc. procmap đang tính 10 ngày làm việc (80 giờ): hãy ghi "10 ngày làm việc (80 giờ)", hoặc "20 ngày làm việc (160 giờ)" nếu 160 giờ mới đúng',
    },
  ],
  // 3 working days glossed as 72 hours, 3 days of 24 hours on the clock: the other way out offered before, "9 ngày làm
  // việc (72 giờ)", tripled the limit; the clock reading ends sooner, so only procmap's count is offered.
  'invalid-clock-hours.yaml': [
    {
      line: 5,
      column: 13,
      message:
        '"03 ngày làm việc (72 giờ)" gives 3 working days as 72 hours: 3 days of 24 hours on the clock, which run through nights, weekends and holidays and end sooner than 3 working days (24 working hours) when a day off falls inside. procmap counts 3 working days, never hours on the clock: check the legal text and write "03 ngày làm việc (24 giờ)" if it means working days; if it means 72 hours from receipt, plan the steps to return the result sooner',
      vi: '"03 ngày làm việc (72 giờ)" ghi 3 ngày làm việc thành 72 giờ: đó là 3 ngày đủ 24 giờ liên tục, tính cả đêm, thứ bảy, chủ nhật, ngày lễ, nên hết sớm hơn 3 ngày làm việc (24 giờ làm việc) khi có ngày nghỉ xen giữa. procmap tính 3 ngày làm việc, không tính giờ liên tục: hãy đối chiếu văn bản quy định rồi ghi "03 ngày làm việc (24 giờ)" nếu là ngày làm việc; nếu là 72 giờ kể từ khi nhận, hãy bố trí các bước để trả kết quả sớm hơn',
    },
  ],
  // 1 working day and 1 hour, in the singular ("1 working days are … the 1 hours" before).
  'invalid-one-day.yaml': [
    {
      line: 13,
      column: 15,
      message:
        '"01 ngày làm việc (1 giờ)" contradicts itself: 1 working day is 8 working hours in the calendar (8 hours a working day), not the 1 hour in brackets. procmap counts 1 working day (8 hours): write "01 ngày làm việc (8 giờ)"',
      vi: '"01 ngày làm việc (1 giờ)" tự mâu thuẫn: 1 ngày làm việc là 8 giờ làm việc theo lịch làm việc (một ngày làm việc 8 giờ), không phải 1 giờ như trong ngoặc. procmap đang tính 1 ngày làm việc (8 giờ): hãy ghi "01 ngày làm việc (8 giờ)"',
    },
  ],
  // A channel's limit with the decimal comma and the law's tail, and a step's duration, are read the same way.
  'invalid-channel-step.yaml': [
    {
      line: 9,
      column: 17,
      message:
        '"05 ngày (42,5 giờ) kể từ ngày nhận đủ hồ sơ hợp lệ" contradicts itself: 5 working days are 40 working hours in the calendar (8 hours a working day), not the 42.5 hours in brackets. procmap counts 5 working days (40 hours): write "05 ngày (40 giờ) kể từ ngày nhận đủ hồ sơ hợp lệ"',
      vi: '"05 ngày (42,5 giờ) kể từ ngày nhận đủ hồ sơ hợp lệ" tự mâu thuẫn: 5 ngày làm việc là 40 giờ làm việc theo lịch làm việc (một ngày làm việc 8 giờ), không phải 42,5 giờ như trong ngoặc. procmap đang tính 5 ngày làm việc (40 giờ): hãy ghi "05 ngày (40 giờ) kể từ ngày nhận đủ hồ sơ hợp lệ"',
    },
    {
      line: 21,
      column: 15,
      message:
        '"2 ngày làm việc (20 giờ)" contradicts itself: 2 working days are 16 working hours in the calendar (8 hours a working day), not the 20 hours in brackets. procmap counts 2 working days (16 hours): write "2 ngày làm việc (16 giờ)", or "2,5 ngày làm việc (20 giờ)" if 20 hours is the right time',
    },
  ],
});
