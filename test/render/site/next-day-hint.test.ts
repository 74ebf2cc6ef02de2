import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/model/duration.js';
import { limitHint } from '../../../src/render/site/limit-hint.js';
import { createCalendar } from '../../../src/time/calendar.js';

// The citizen page's sentence under a next-day limit: the working day after receipt, not the day of receipt.
describe('the citizen page under a next-day limit', () => {
  const calendar = createCalendar();
  it.each([
    ['Trong ngày làm việc tiếp theo', 'vi', 'Trả kết quả chậm nhất vào cuối ngày làm việc sau ngày nhận hồ sơ.'],
    [
      'Buổi sáng ngày làm việc tiếp theo',
      'en',
      'The result is returned by the end of the morning (11:30) of the working day after the day the application is handed in.',
    ],
    ['trong ngày', 'vi', 'Trả kết quả trong ngày làm việc nhận hồ sơ.'],
  ] as const)('says when "%s" is due (%s)', (limit, lang, sentence) => {
    expect(limitHint(parseDuration(limit)!, undefined, calendar, lang)).toBe(sentence);
  });
});
