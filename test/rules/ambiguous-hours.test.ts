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
  'invalid-short-g.yaml': [
    {
      line: 6,
      column: 13,
      message:
        '"24 g" is counted as 24 working hours; a law that says "24 giờ" may mean hours on the clock from receipt, which end sooner. If it means working hours, write "24 giờ làm việc"; if it means hours on the clock, check that the appointments procmap gives are not later than the law allows (procmap counts working hours only)',
      vi: '"24 g" đang được tính là 24 giờ làm việc; văn bản ghi "24 giờ" có thể là giờ tính liên tục kể từ khi nhận, hết sớm hơn. Nếu là giờ làm việc, hãy ghi "24 giờ làm việc"; nếu là giờ liên tục, hãy kiểm tra ngày hẹn trả procmap tính không muộn hơn luật cho phép (procmap chỉ tính theo giờ làm việc)',
    },
    {
      line: 9,
      column: 17,
      message:
        '"24g" is counted as 24 working hours; a law that says "24 giờ" may mean hours on the clock from receipt, which end sooner. If it means working hours, write "24 giờ làm việc"; if it means hours on the clock, check that the appointments procmap gives are not later than the law allows (procmap counts working hours only)',
    },
    {
      // What was written is quoted, and a number in Vietnamese has its decimal comma.
      line: 11,
      column: 17,
      message:
        '"1 giờ 30 phút" is counted as 1 working hour 30 min; a law that says "1 giờ 30 phút" may mean hours on the clock from receipt, which end sooner. If it means working hours, write "1 giờ 30 phút làm việc"; if it means hours on the clock, check that the appointments procmap gives are not later than the law allows (procmap counts working hours only)',
      vi: '"1 giờ 30 phút" đang được tính là 1 giờ 30 phút làm việc; văn bản ghi "1 giờ 30 phút" có thể là giờ tính liên tục kể từ khi nhận, hết sớm hơn. Nếu là giờ làm việc, hãy ghi "1 giờ 30 phút làm việc"; nếu là giờ liên tục, hãy kiểm tra ngày hẹn trả procmap tính không muộn hơn luật cho phép (procmap chỉ tính theo giờ làm việc)',
    },
    {
      line: 14,
      column: 17,
      message:
        '"6 giờ 40 phút" is counted as 6 working hours 40 min; a law that says "6 giờ 40 phút" may mean hours on the clock from receipt, which end sooner. If it means working hours, write "6 giờ 40 phút làm việc"; if it means hours on the clock, check that the appointments procmap gives are not later than the law allows (procmap counts working hours only)',
      vi: '"6 giờ 40 phút" đang được tính là 6 giờ 40 phút làm việc; văn bản ghi "6 giờ 40 phút" có thể là giờ tính liên tục kể từ khi nhận, hết sớm hơn. Nếu là giờ làm việc, hãy ghi "6 giờ 40 phút làm việc"; nếu là giờ liên tục, hãy kiểm tra ngày hẹn trả procmap tính không muộn hơn luật cho phép (procmap chỉ tính theo giờ làm việc)',
    },
  ],
});

describe('saysBareHours', () => {
  it('finds the hour word alone in a limit counted in hours, with or without accents, in either language', () => {
    for (const text of ['24 giờ', 'Trong thời hạn 48 giờ kể từ khi nhận', '8 tiếng', '24 gio', '24 hours'])
      expect(saysBareHours(text), text).toBe(true);
  });

  it('finds officers\' short "g" for giờ, "hrs", hours with minutes and a slip of the accents', () => {
    for (const text of [
      '24g',
      '24 g',
      '24G',
      'Không quá 24 g kể từ khi nhận',
      '1g30',
      '24 hrs',
      '1 giờ 30 phút',
      '2 gìơ',
    ])
      expect(saysBareHours(text), text).toBe(true);
  });

  it("leaves working hours, procmap's short form, days and a same-day limit's cutoff hour alone", () => {
    for (const text of [
      '24 giờ làm việc',
      '1 giờ 30 phút làm việc',
      '1,5 giờ làm việc',
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
