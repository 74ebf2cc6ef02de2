import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDurationShort, MAX_DURATION, parseDuration } from '../../src/model/duration.js';
import type { Duration } from '../../src/model/types.js';
import { formatDuration, formatLimit } from '../../src/time/units.js';

// Every duration procmap can store: hours in two decimals or whole minutes, working days in two decimals, whole
// calendar days and months, and the same day; with or without a legal tail.
const hours = fc.oneof(
  fc.integer({ min: 1, max: 100 * MAX_DURATION.h }).map((n) => n / 100),
  fc.integer({ min: 1, max: 60 * MAX_DURATION.h }).map((minutes) => minutes / 60),
);
const duration: fc.Arbitrary<Duration> = fc
  .tuple(
    fc.oneof(
      hours.map((value) => ({ value, unit: 'h' as const })),
      fc.integer({ min: 1, max: 100 * MAX_DURATION.d }).map((n) => ({ value: n / 100, unit: 'd' as const })),
      fc.integer({ min: 1, max: MAX_DURATION.cd }).map((value) => ({ value, unit: 'cd' as const })),
      fc.integer({ min: 1, max: MAX_DURATION.month }).map((value) => ({ value, unit: 'month' as const })),
      fc.constant({ value: 1, unit: 'sameday' as const }),
    ),
    fc.option(fc.constantFrom('kể từ ngày nhận đủ hồ sơ hợp lệ', 'kể từ ngày nhận được văn bản'), { nil: undefined }),
  )
  .map(([d, note]) => (note === undefined ? d : { ...d, note }));

/** The same value and unit (and for the short form, the note), hours compared to the minute. */
function same(read: Duration | undefined, expected: Duration): boolean {
  if (!read || read.unit !== expected.unit) return false;
  return Math.abs(read.value - expected.value) < 1e-9;
}

describe('every duration procmap prints reads back to the same value', () => {
  it.each(['vi', 'en'] as const)('in flowcharts, tables and documents (%s)', (lang) => {
    fc.assert(
      fc.property(duration, (d) => {
        expect(same(parseDuration(formatDuration(d, lang)), d), formatDuration(d, lang)).toBe(true);
        expect(same(parseDuration(formatLimit(d, lang)), d), formatLimit(d, lang)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('in the canonical form that --fix writes, its legal tail kept', () => {
    fc.assert(
      fc.property(duration, (d) => {
        const read = parseDuration(formatDurationShort(d));
        expect(same(read, d), formatDurationShort(d)).toBe(true);
        expect(read!.note).toBe(d.note);
      }),
      { numRuns: 500 },
    );
  });

  it('prints working days with their unit in Vietnamese, never a bare "ngày"', () => {
    expect(formatDuration({ value: 3, unit: 'd' }, 'vi')).toBe('3 ngày làm việc');
    expect(formatDuration({ value: 30, unit: 'cd' }, 'vi')).toBe('30 ngày (lịch)');
    expect(formatDuration({ value: 4, unit: 'h' }, 'vi')).toBe('4 giờ làm việc');
    expect(formatDuration({ value: 80 / 60, unit: 'h' }, 'vi')).toBe('1 giờ 20 phút');
  });
});
