import { testRule } from '../helpers/rule-tester.js';

testRule('substep-total', {
  // 2 = 1.5 working days, 2.1 + 2.2 = 4 + 4 hours: neither reading is safe to guess, so the officer is asked.
  'invalid-apart.yaml': [
    {
      line: 15,
      column: 15,
      message:
        'Step 2 "Giải quyết hồ sơ" takes 1.5 working days (12 h), but its sub-steps 2.1, 2.2 add up to 1 working day (8 h); procmap counts both, 2.5 working days (20 h). If step 2 is made of its sub-steps, write 1 working day (8 h) as its time (or correct the sub-steps to add up to 1.5 working days (12 h)); if it is work of its own besides them, number them as steps of their own (2.1, 2.2 → 3, 4)',
      vi: 'Bước 2 «Giải quyết hồ sơ» ghi 1,5 ngày làm việc (12 giờ), nhưng các bước con 2.1, 2.2 cộng lại 1 ngày làm việc (8 giờ); procmap đang cộng cả hai, thành 2,5 ngày làm việc (20 giờ). Nếu bước 2 gồm các bước con, hãy ghi thời gian bước 2 là 1 ngày làm việc (8 giờ) (hoặc sửa thời gian các bước con cho đủ 1,5 ngày làm việc (12 giờ)); nếu bước 2 là việc riêng ngoài các bước con, hãy đánh số chúng thành bước riêng (2.1, 2.2 → 3, 4)',
    },
  ],
});
