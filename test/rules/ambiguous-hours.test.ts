import { describe, expect, it } from 'vitest';
import { saysBareHours } from '../../src/model/duration.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('ambiguous-hours', {
  'invalid-bare.yaml': [
    {
      line: 5,
      column: 13,
      message:
        '"Trong thời hạn 24 giờ kể từ khi nhận đủ hồ sơ" is counted as 24 working hours; a law that says "24 giờ" may mean hours on the clock from receipt, which end sooner. If it means working hours, write "24 giờ làm việc"; if it means hours on the clock, check that the appointments procmap gives are not later than the law allows (procmap counts working hours only)',
      vi: '"Trong thời hạn 24 giờ kể từ khi nhận đủ hồ sơ" đang được tính là 24 giờ làm việc; văn bản ghi "24 giờ" có thể là giờ tính liên tục kể từ khi nhận, hết sớm hơn. Nếu là giờ làm việc, hãy ghi "24 giờ làm việc"; nếu là giờ liên tục, hãy kiểm tra ngày hẹn trả procmap tính không muộn hơn luật cho phép (procmap chỉ tính theo giờ làm việc)',
    },
    {
      line: 9,
      column: 17,
      message:
        '"08 tiếng" is counted as 8 working hours; a law that says "8 giờ" may mean hours on the clock from receipt, which end sooner. If it means working hours, write "8 giờ làm việc"; if it means hours on the clock, check that the appointments procmap gives are not later than the law allows (procmap counts working hours only)',
    },
  ],
});

describe('saysBareHours', () => {
  it('finds the hour word alone in a limit counted in hours, with or without accents, in either language', () => {
    for (const text of ['24 giờ', 'Trong thời hạn 48 giờ kể từ khi nhận', '8 tiếng', '24 gio', '24 hours'])
      expect(saysBareHours(text), text).toBe(true);
  });

  it("leaves working hours, procmap's short form, days and a same-day limit's cutoff hour alone", () => {
    for (const text of [
      '24 giờ làm việc',
      '8 tiếng làm việc',
      '4 giờ hành chính',
      '16 working hours',
      '8h',
      '05 ngày làm việc',
      'Trong ngày làm việc; nếu tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo',
    ])
      expect(saysBareHours(text), text).toBe(false);
  });
});
