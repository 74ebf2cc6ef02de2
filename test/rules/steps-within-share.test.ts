import { testRule } from '../helpers/rule-tester.js';

const LIMIT = '15 ngày làm việc (UBND xã: 05 ngày làm việc; Sở Tư pháp: 10 ngày làm việc)';

testRule('steps-within-share', {
  // The total holds (15 days for 4 h + 6.5 + 8 days), but UBND xã's steps take 7 days of its 5: "UBND xã" names the
  // body "Ủy ban nhân dân cấp xã Thử", its abbreviation spelled out and the level word left out.
  'invalid-over.yaml': [
    {
      line: 6,
      column: 13,
      message: `The steps of UBND xã (step 1 "UBND xã tiếp nhận" → step 2 "UBND xã thẩm định") take 7 working days (56 h) on the critical path, over its share of 5 working days (40 h) in "${LIMIT}" by 2 working days (16 h): shorten them, or correct the share`,
      vi: `Các bước của UBND xã (bước 1 «UBND xã tiếp nhận» → bước 2 «UBND xã thẩm định») mất 7 ngày làm việc (56 giờ) theo đường găng, vượt phần thời gian 5 ngày làm việc (40 giờ) của cơ quan này trong "${LIMIT}" là 2 ngày làm việc (16 giờ): hãy rút ngắn các bước, hoặc sửa phần thời gian`,
    },
  ],
  // "Sở Tư pháp" is no body here (Phòng Tư pháp is another office): said, not guessed, with the bodies no share took.
  'invalid-unmatched.yaml': [
    {
      line: 5,
      column: 13,
      severity: 'warning',
      message:
        'The share of "Sở Tư pháp" (10 ngày làm việc) in the time limit matches no body that does a step, so no step is checked against it: write the agency as its body is named in bodies ("Phòng Tư pháp"), e.g. "Phòng Tư pháp: 10 ngày làm việc"',
      vi: 'Phần thời gian của «Sở Tư pháp» (10 ngày làm việc) trong thời hạn không khớp với cơ quan nào thực hiện các bước, nên chưa kiểm tra được các bước của cơ quan này: hãy ghi tên cơ quan như trong bodies («Phòng Tư pháp»), ví dụ "Phòng Tư pháp: 10 ngày làm việc"',
    },
  ],
  // "cấp xã" is the commune's People's Committee and "Sở TP" the Sở Tư pháp, as officers write them: both matched, so
  // the commune's 4 days over its 3 are found (before, "cấp xã" matched nothing and the shares went unchecked).
  'invalid-level-alone.yaml': [
    {
      line: 6,
      column: 13,
      message:
        'The steps of cấp xã (step 1 "Tiếp nhận và thẩm định") take 4 working days (32 h) on the critical path, over its share of 3 working days (24 h) in "10 ngày làm việc (cấp xã: 03 ngày làm việc; Sở TP: 07 ngày làm việc)" by 1 working day (8 h): shorten them, or correct the share',
    },
  ],
  // The desk returns the result after the Sở's 10 days: that step is in the Sở's time, as `time` dates it, so the
  // Sở's steps take 10.5 days of its 10 and the commune's (receipt and its own) its 5 exactly.
  'invalid-desk-return.yaml': [
    {
      line: 6,
      column: 13,
      message:
        'The steps of Sở Tư pháp (step 3 "Sở Tư pháp xử lý" → step 4 "Trả kết quả") take 10.5 working days (84 h) on the critical path, over its share of 10 working days (80 h) in "15 ngày làm việc (UBND xã: 05 ngày làm việc; Sở Tư pháp: 10 ngày làm việc)" by 0.5 working days (4 h): shorten them, or correct the share',
    },
  ],
  // Shares in calendar days (bare "07 ngày" under a bare total: calendar days, procmap's one reading) are checked on
  // every date the agency may get the dossier, as within-time-limit sweeps a calendar limit: Tết 2026 leaves the
  // commune's 4 working days outside its 7 days (received Fri 13/2 at closing time, 17:00: the 7 days end Fri 20/2, in
  // Tết, so Mon 23/2 17:00; 23–26/2, ends Thu 26/2 17:00, 3 days late). The Sở's 1 working day fits its 13 days
  // whatever the date: its share is swept with the commune's steps counted as nothing (before, they were counted in
  // the Sở's time too).
  // Counted one after another, the shares end past the whole limit's appointment when a share ends on a day off:
  // received Sat 10/01/2026 (a day this calendar opens), the commune's 7 days 11–17/1 run to Mon 19/1, the Sở's 13 from
  // 20/1 end Sun 1/2, so Mon 2/2; the 20 days from 11/1 end Fri 30/1. The total binds: a warning says so.
  // The overruns are said in days and hours (not "24 working hours").
  'invalid-calendar-days.yaml': [
    {
      line: 7,
      column: 13,
      severity: 'warning',
      message:
        'The shares in "20 ngày (UBND xã: 07 ngày; Sở Tư pháp: 13 ngày)", counted one after another, can end after the appointment of the whole limit: received Sat 10/01/2026 07:30, the share of Sở Tư pháp ends Mon 02/02/2026 17:00, the appointment is Fri 30/01/2026 17:00 (a share ending on a day off runs to the next working day). The whole limit binds: Sở Tư pháp must finish by the appointment; or write the shares so that they end within it',
    },
    {
      line: 7,
      column: 13,
      message:
        'The steps of UBND xã (step 1 "Tiếp nhận và thẩm định") do not fit its share of 07 ngày in "20 ngày (UBND xã: 07 ngày; Sở Tư pháp: 13 ngày)" for every date it may get the dossier: got Fri 13/02/2026 17:00, they end Thu 26/02/2026 17:00, 3 working days (24 h) after the share ends Mon 23/02/2026 17:00: shorten them, or correct the share',
      vi: 'Các bước của UBND xã (bước 1 «Tiếp nhận và thẩm định») không vừa phần thời gian 07 ngày của cơ quan này trong "20 ngày (UBND xã: 07 ngày; Sở Tư pháp: 13 ngày)" với mọi ngày nhận hồ sơ: nhận T6 13/02/2026 17:00 thì các bước xong T5 26/02/2026 17:00, sau khi hết phần thời gian (T2 23/02/2026 17:00) 3 ngày làm việc (24 giờ): hãy rút ngắn các bước, hoặc sửa phần thời gian',
    },
  ],
});
