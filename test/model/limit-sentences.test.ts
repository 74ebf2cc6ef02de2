import { describe, expect, it } from 'vitest';
import { readDuration } from '../../src/model/duration.js';

/** The limits per way of filing a text reads as, or what else it reads as. */
function limits(text: string): unknown {
  const reading = readDuration(text);
  return !reading.ok && reading.problem.code === 'perChannel'
    ? { limits: reading.problem.limits, general: reading.problem.general }
    : reading;
}

describe('limits per way of filing pasted as sentences', () => {
  it('reads a sentence each on one line, as a decision prints them', () => {
    expect(limits('Trực tiếp: 05 ngày làm việc. Trực tuyến: 03 ngày làm việc.')).toEqual({
      limits: [
        { kind: 'in_person', limit: '05 ngày làm việc' },
        { kind: 'online', limit: '03 ngày làm việc' },
      ],
      general: undefined,
    });
    expect(
      limits('Đối với hồ sơ nộp trực tiếp là 05 ngày làm việc. Đối với hồ sơ nộp trực tuyến là 03 ngày làm việc'),
    ).toEqual({
      limits: [
        { kind: 'in_person', limit: '05 ngày làm việc' },
        { kind: 'online', limit: '03 ngày làm việc' },
      ],
      general: undefined,
    });
  });

  it("drops a sentence's full stop from each limit, on a line each too", () => {
    expect(
      limits('- Đối với hồ sơ nộp trực tiếp: 05 ngày làm việc.\n- Đối với hồ sơ nộp trực tuyến: 03 ngày làm việc.'),
    ).toEqual({
      limits: [
        { kind: 'in_person', limit: '05 ngày làm việc' },
        { kind: 'online', limit: '03 ngày làm việc' },
      ],
      general: undefined,
    });
  });

  it('leaves a general limit and a case in two sentences to what it was', () => {
    const text = '05 ngày làm việc. Trường hợp phải xác minh thì 10 ngày làm việc';
    expect(limits(text)).toEqual(readDuration(text));
    expect(readDuration(text).ok).toBe(true);
  });
});
