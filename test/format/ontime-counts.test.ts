import { describe, expect, it } from 'vitest';
import { formatCount, tallyLine } from '../../src/format/ontime-labels.js';
import type { Tally } from '../../src/ontime/aggregate.js';

// Counts in the text and Markdown reports grouped by thousands as each language does (Vietnamese 1.234.567 with a
// decimal comma, as "99,99%" is written; English 1,234,567), as the row-ceiling messages already wrote "1.000.000":
// before, a month of a centre's dossiers read "Hồ sơ: 1234567" beside "tối đa 1.000.000 dòng".
describe('counts in the on-time reports', () => {
  it('groups thousands the Vietnamese way in Vietnamese and the English way in English', () => {
    expect(formatCount(5, 'vi')).toBe('5');
    expect(formatCount(999, 'vi')).toBe('999');
    expect(formatCount(1000, 'vi')).toBe('1.000');
    expect(formatCount(1234567, 'vi')).toBe('1.234.567');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(0, 'en')).toBe('0');
  });

  it('writes a group’s figures so, its rate with a decimal comma beside them', () => {
    const tally = {
      dossiers: 20000,
      finished: 20000,
      early: 0,
      on_time: 19999,
      late: 1,
      undetermined: 0,
      open_in_time: 0,
      open_overdue: 1200,
      open_paused: 0,
      rate: 0.9999,
      averageSavedHours: 1,
    } as unknown as Tally;
    expect(tallyLine(tally, 'vi')).toBe(
      '20.000 · đã giải quyết 20.000 · tỷ lệ đúng hạn 99,99% · quá hạn 1 · đang giải quyết, quá hạn 1.200 · sớm 1 giờ làm việc',
    );
  });
});
