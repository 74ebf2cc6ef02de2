import { describe, expect, it } from 'vitest';
import { cellMoment, parseMomentText } from '../../src/ontime/cells.js';
import { at } from './helpers.js';

// English month names, as Excel's "d-mmm-yyyy" format and English-locale software write dates: a month named in words
// has one reading only, day and month cannot be swapped. Before, each of these was "không phải ngày" and its row unmeasured.
describe('dates with an English month name', () => {
  it('reads the day first and the month first, abbreviated or in full, with a twelve- or 24-hour clock', () => {
    expect(parseMomentText('10-Mar-2026')).toBe(at('2026-03-10 00:00'));
    expect(parseMomentText('10-Mar-2026 09:00')).toBe(at('2026-03-10 09:00'));
    expect(parseMomentText('10 Mar 2026 14:30')).toBe(at('2026-03-10 14:30'));
    expect(parseMomentText('10 March 2026')).toBe(at('2026-03-10 00:00'));
    expect(parseMomentText('Mar 10, 2026 9:00 AM')).toBe(at('2026-03-10 09:00'));
    expect(parseMomentText('Mar 10, 2026, 4:15 PM')).toBe(at('2026-03-10 16:15'));
    expect(parseMomentText('September 1, 2026')).toBe(at('2026-09-01 00:00'));
    expect(parseMomentText('1-sept-2026')).toBe(at('2026-09-01 00:00'));
    expect(cellMoment('02-DEC-2026 08:00')).toBe(at('2026-12-02 08:00'));
  });

  it('refuses a day the month does not have, a two-digit year and words that are no month', () => {
    expect(parseMomentText('31-Apr-2026')).toBeUndefined();
    expect(parseMomentText('10-Mar-26')).toBeUndefined();
    expect(parseMomentText('10-Mag-2026')).toBeUndefined();
    expect(parseMomentText('Mayday 10, 2026')).toBeUndefined();
  });
});
