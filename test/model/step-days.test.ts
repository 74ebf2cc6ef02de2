import { describe, expect, it } from 'vitest';
import { stepDuration } from '../../src/model/step-days.js';

describe('stepDuration', () => {
  it("counts a step's bare days in working days under a limit that says working days", () => {
    expect(stepDuration('3 ngày', '05 ngày làm việc')).toEqual({ value: 3, unit: 'd' });
    expect(stepDuration('2 days', '10 working days')).toEqual({ value: 2, unit: 'd' });
  });

  it('keeps calendar days under a limit in calendar days, a bare limit, or days said explicitly', () => {
    expect(stepDuration('3 ngày', '15 ngày lịch')).toEqual({ value: 3, unit: 'cd' });
    expect(stepDuration('3 ngày', '15 ngày')).toEqual({ value: 3, unit: 'cd' });
    expect(stepDuration('3 ngày lịch', '05 ngày làm việc')).toEqual({ value: 3, unit: 'cd' });
    expect(stepDuration('4 giờ', '05 ngày làm việc')).toEqual(expect.objectContaining({ unit: 'h' }));
    expect(stepDuration('không rõ', '05 ngày làm việc')).toBeUndefined();
  });
});
