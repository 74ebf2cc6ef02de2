import { describe, expect, it } from 'vitest';
import { bareDaysSaid } from '../../src/interchange/bare-days.js';

describe('what import says of a limit in plain "ngày"', () => {
  it('says one day in the singular, as every duration is worded', () => {
    const what = { en: 'Time limit', vi: 'Thời hạn giải quyết' };
    expect(bareDaysSaid('01 ngày', what)?.en).toBe(
      'Time limit "01 ngày" counts its days with a plain "ngày", which can mean 1 working day (as step tables often mean it) or 1 calendar day (as the law reads it, and procmap counts it until told): write "1 ngày làm việc" or "1 ngày lịch"',
    );
    expect(bareDaysSaid('15 ngày', what)?.en).toContain(
      '15 working days (as step tables often mean it) or 15 calendar days',
    );
    expect(bareDaysSaid('15 ngày làm việc', what)).toBeUndefined();
  });

  it("says a breakdown's bare shares are parts of the total, in lint's words, never another case's days", () => {
    const what = { en: 'Time limit', vi: 'Thời hạn giải quyết' };
    const limit = '15 ngày làm việc (trong đó: UBND xã 05 ngày; Phòng TN&MT 10 ngày)';
    const fixed = '15 ngày làm việc (trong đó: UBND xã 05 ngày làm việc; Phòng TN&MT 10 ngày làm việc)';
    // It said: counts the days of another case with a plain "ngày" ("05 ngày", "10 ngày").
    expect(bareDaysSaid(limit, what)).toEqual({
      en: `Time limit "${limit}" gives each agency's share of the limit: "05 ngày", "10 ngày" are parts of a total in working days, so they are working days too: write "${fixed}"`,
      vi: `Thời hạn giải quyết "${limit}" ghi phần thời gian của từng cơ quan trong thời hạn: "05 ngày", "10 ngày" là phần của tổng thời hạn tính bằng ngày làm việc nên cũng là ngày làm việc: hãy ghi "${fixed}"`,
    });
    const calendar = '30 ngày lịch (trong đó: UBND xã 10 ngày; Sở Tư pháp 20 ngày)';
    expect(bareDaysSaid(calendar, what)?.en).toContain(
      'are parts of a total in calendar days, so they are calendar days too: write "30 ngày lịch (trong đó: UBND xã 10 ngày lịch; Sở Tư pháp 20 ngày lịch)"',
    );
    // A bare total and its bare shares: one reading for them all, the shares written with the total.
    const bare = bareDaysSaid('15 ngày (trong đó: UBND xã 05 ngày; Phòng TN&MT 10 ngày)', what)!;
    expect(bare.vi).toContain(
      'hãy ghi "15 ngày làm việc (trong đó: UBND xã 05 ngày làm việc; Phòng TN&MT 10 ngày làm việc)" hoặc "15 ngày lịch (trong đó: UBND xã 05 ngày lịch; Phòng TN&MT 10 ngày lịch)"',
    );
    expect(bare.en).not.toContain('other case');
    // Another case's days are still asked about as before.
    expect(bareDaysSaid('05 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày', what)?.en).toContain(
      'counts the days of another case with a plain "ngày" ("10 ngày")',
    );
  });

  it('suggests the value the officer writes with its decimal comma in English too: the words are Vietnamese', () => {
    const what = { en: 'Time limit', vi: 'Thời hạn giải quyết' };
    // A header's plain "ngày" (plainDays) asks about a half day as it does a whole one.
    const half = bareDaysSaid('0,5 ngày', what, true)!;
    expect(half.en).toContain('which can mean 0.5 working days');
    expect(half.en).toContain('write "0,5 ngày làm việc" or "0,5 ngày lịch"');
    expect(half.vi).toContain('hãy ghi "0,5 ngày làm việc" hoặc "0,5 ngày lịch"');
    expect(bareDaysSaid('0,5 ngày', what, true, true)!.en).toContain('write "0,5 ngày làm việc" or "0,5 ngày lịch"');
  });
});
