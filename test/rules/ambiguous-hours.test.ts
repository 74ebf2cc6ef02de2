import { describe, expect, it } from 'vitest';
import { saysBareHours } from '../../src/model/duration.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('ambiguous-hours', {
  // A step's hours are office hours, except whole days on the clock written in hours: 72 giờ is 3 days or 9.
  'invalid-step.yaml': [
    {
      line: 12,
      column: 51,
      message:
        'Step B2: "72 giờ" is counted as 72 working hours (9 working days); "72 giờ" may mean hours on the clock (3 calendar days). If it means working hours, write "72 giờ làm việc"; if it means hours on the clock, write "3 ngày lịch"',
      vi: 'Bước B2: "72 giờ" đang được tính là 72 giờ làm việc (9 ngày làm việc); "72 giờ" có thể là giờ tính liên tục (3 ngày). Nếu là giờ làm việc, hãy ghi "72 giờ làm việc"; nếu là giờ liên tục, hãy ghi "3 ngày lịch"',
    },
  ],
  // 24 hours on the clock are 1 calendar day, in the singular ("1 calendar days" before).
  'invalid-step-one-day.yaml': [
    {
      line: 12,
      column: 51,
      message:
        'Step B2: "24 giờ" is counted as 24 working hours (3 working days); "24 giờ" may mean hours on the clock (1 calendar day). If it means working hours, write "24 giờ làm việc"; if it means hours on the clock, write "1 ngày lịch"',
      vi: 'Bước B2: "24 giờ" đang được tính là 24 giờ làm việc (3 ngày làm việc); "24 giờ" có thể là giờ tính liên tục (1 ngày). Nếu là giờ làm việc, hãy ghi "24 giờ làm việc"; nếu là giờ liên tục, hãy ghi "1 ngày lịch"',
    },
  ],
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
        '"08 tiếng" is counted as 8 working hours; a law that says "8 tiếng" may mean hours on the clock from receipt, which end sooner. If it means working hours, write "8 tiếng làm việc"; if it means hours on the clock, check that the appointments procmap gives are not later than the law allows (procmap counts working hours only)',
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
        '"1 giờ 30 phút" is counted as 1 working hour 30 minutes; a law that says "1 giờ 30 phút" may mean hours on the clock from receipt, which end sooner. If it means working hours, write "1 giờ 30 phút làm việc"; if it means hours on the clock, check that the appointments procmap gives are not later than the law allows (procmap counts working hours only)',
      vi: '"1 giờ 30 phút" đang được tính là 1 giờ 30 phút làm việc; văn bản ghi "1 giờ 30 phút" có thể là giờ tính liên tục kể từ khi nhận, hết sớm hơn. Nếu là giờ làm việc, hãy ghi "1 giờ 30 phút làm việc"; nếu là giờ liên tục, hãy kiểm tra ngày hẹn trả procmap tính không muộn hơn luật cho phép (procmap chỉ tính theo giờ làm việc)',
    },
    {
      line: 14,
      column: 17,
      message:
        '"6 giờ 40 phút" is counted as 6 working hours 40 minutes; a law that says "6 giờ 40 phút" may mean hours on the clock from receipt, which end sooner. If it means working hours, write "6 giờ 40 phút làm việc"; if it means hours on the clock, check that the appointments procmap gives are not later than the law allows (procmap counts working hours only)',
      vi: '"6 giờ 40 phút" đang được tính là 6 giờ 40 phút làm việc; văn bản ghi "6 giờ 40 phút" có thể là giờ tính liên tục kể từ khi nhận, hết sớm hơn. Nếu là giờ làm việc, hãy ghi "6 giờ 40 phút làm việc"; nếu là giờ liên tục, hãy kiểm tra ngày hẹn trả procmap tính không muộn hơn luật cho phép (procmap chỉ tính theo giờ làm việc)',
    },
  ],
  // The shares by agency are parts of the total, in its unit: under working time they are working hours; under a bare
  // total they are asked with it, and the text to write makes them all explicit at once.
  'invalid-shares.yaml': [
    {
      line: 5,
      column: 13,
      message:
        '"4 giờ làm việc (UBND xã: 2 giờ; Sở Tư pháp: 2 giờ)" gives each agency\'s share of the limit: "2 giờ", "2 giờ" are parts of a total in working hours, so they are working hours: write "4 giờ làm việc (UBND xã: 2 giờ làm việc; Sở Tư pháp: 2 giờ làm việc)"',
      vi: '"4 giờ làm việc (UBND xã: 2 giờ; Sở Tư pháp: 2 giờ)" ghi phần thời gian của từng cơ quan trong thời hạn: "2 giờ", "2 giờ" là phần của tổng thời hạn tính bằng giờ làm việc nên là giờ làm việc: hãy ghi "4 giờ làm việc (UBND xã: 2 giờ làm việc; Sở Tư pháp: 2 giờ làm việc)"',
    },
    {
      line: 9,
      column: 17,
      message:
        '"4 giờ (UBND xã: 2 giờ; Sở Tư pháp: 2 giờ)" is counted as 4 working hours; a law that says "4 giờ" may mean hours on the clock from receipt, which end sooner, and the shares it gives each agency ("2 giờ", "2 giờ") with it. If it means working hours, write "4 giờ làm việc (UBND xã: 2 giờ làm việc; Sở Tư pháp: 2 giờ làm việc)"; if it means hours on the clock, check that the appointments procmap gives are not later than the law allows (procmap counts working hours only)',
      vi: '"4 giờ (UBND xã: 2 giờ; Sở Tư pháp: 2 giờ)" đang được tính là 4 giờ làm việc; văn bản ghi "4 giờ" có thể là giờ tính liên tục kể từ khi nhận, hết sớm hơn, và phần thời gian của từng cơ quan ("2 giờ", "2 giờ") cũng vậy. Nếu là giờ làm việc, hãy ghi "4 giờ làm việc (UBND xã: 2 giờ làm việc; Sở Tư pháp: 2 giờ làm việc)"; nếu là giờ liên tục, hãy kiểm tra ngày hẹn trả procmap tính không muộn hơn luật cho phép (procmap chỉ tính theo giờ làm việc)',
    },
    {
      line: 11,
      column: 17,
      message:
        '"1 ngày làm việc (UBND xã: 4 tiếng; Sở Tư pháp: 4 giờ làm việc)" gives each agency\'s share of the limit: "4 tiếng" are parts of a total in working days, so they are working hours: write "1 ngày làm việc (UBND xã: 4 tiếng làm việc; Sở Tư pháp: 4 giờ làm việc)"',
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

  // saysBareHours passes over a limit without an hour word or a "g" after a figure before its pattern: in any case.
  it('finds the hour word in capitals too, and none in a same-day limit', () => {
    for (const text of ['24 GIỜ', '48 Tiếng', '24 HOURS', '24 Hrs', '24   G'])
      expect(saysBareHours(text), text).toBe(true);
    for (const text of ['trong ngày', 'Trong ngày làm việc']) expect(saysBareHours(text), text).toBe(false);
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
      // The bare hours of the shares are theirs, not the total's: `time` prints no "procmap tính là" beside it.
      '4 giờ làm việc (UBND xã: 2 giờ; Sở Tư pháp: 2 giờ)',
    ])
      expect(saysBareHours(text), text).toBe(false);
  });
});
