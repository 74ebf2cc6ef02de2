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
});
