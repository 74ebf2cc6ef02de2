import { describe, expect, it } from 'vitest';
import { workingTimeText } from '../../../src/render/site/working-time.js';

describe("the site's working time", () => {
  it('puts one in the singular, in the words the documents use', () => {
    expect(workingTimeText({ hours: 1, days: 0.13 }, 8, 'en', 'h')).toBe('1 working hour');
    expect(workingTimeText({ hours: 8, days: 1 }, 8, 'en', 'd')).toBe('1 working day');
    expect(workingTimeText({ hours: 24, days: 3 }, 8, 'en', 'd')).toBe('3 working days');
    expect(workingTimeText({ hours: 1, days: 0.13 }, 8, 'vi', 'h')).toBe('1 giờ làm việc');
    expect(workingTimeText(undefined, 8, 'en')).toBe('—');
  });

  it('says a slack below zero as the overrun it is, never "-1 working days"', () => {
    expect(workingTimeText({ hours: -8, days: -1 }, 8, 'en', 'd')).toBe('over by 1 working day');
    expect(workingTimeText({ hours: -16, days: -2 }, 8, 'vi', 'd')).toBe('vượt 2 ngày làm việc');
    expect(workingTimeText({ hours: -4, days: -0.5 }, 8, 'en', 'h')).toBe('over by 4 working hours');
  });

  it('gives a same-day procedure\'s total in hours, a part of an hour in minutes, as `time` and the document do', () => {
    expect(workingTimeText({ hours: 2, days: 0.25 }, 8, 'vi', 'sameday')).toBe('2 giờ làm việc');
    expect(workingTimeText({ hours: 1.5, days: 0.19 }, 8, 'vi', 'sameday')).toBe('1 giờ 30 phút làm việc');
    expect(workingTimeText({ hours: 1.75, days: 0.22 }, 8, 'vi', 'd')).toBe('1 giờ 45 phút làm việc');
    expect(workingTimeText({ hours: 1.75, days: 0.22 }, 8, 'en', 'h')).toBe('1 working hour 45 minutes');
  });
});
