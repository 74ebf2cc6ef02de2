import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDurationShort, MAX_DURATION, parseDuration, readDuration } from '../../src/model/duration.js';
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
      // Months the law wrote in years, in years that two decimals hold (half and quarter years too).
      fc
        .integer({ min: 1, max: MAX_DURATION.month / 3 })
        .map((quarters) => ({ value: quarters * 3, unit: 'month' as const, years: true as const })),
      fc.constant({ value: 1, unit: 'sameday' as const }),
    ),
    fc.option(fc.constantFrom('kể từ ngày nhận đủ hồ sơ hợp lệ', 'kể từ ngày nhận được văn bản'), { nil: undefined }),
  )
  .map(([d, note]) => (note === undefined ? d : { ...d, note }));

/** The same value and unit (and for the short form, the note), hours compared to the minute. */
function same(read: Duration | undefined, expected: Duration): boolean {
  if (!read || read.unit !== expected.unit || read.years !== expected.years) return false;
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

  // `4h`, `0.5d` and `30cd` are read without the regular expressions for officers' wording; written with a space in
  // front, the same text goes the long way. Both must read alike, problems included (too precise, too long).
  it('reads the canonical spellings as the long way does, problems included', () => {
    const number = fc.oneof(
      fc.nat({ max: 10_000_000 }).map(String),
      fc
        .tuple(fc.nat({ max: 100_000 }), fc.stringMatching(/^\d{1,4}$/))
        .map(([whole, fraction]) => `${whole}.${fraction}`),
      fc.stringMatching(/^\d{13,15}$/),
    );
    fc.assert(
      fc.property(number, fc.constantFrom('h', 'd', 'cd', ' năm'), (value, unit) => {
        expect(readDuration(`${value}${unit}`)).toEqual(readDuration(` ${value}${unit}`));
      }),
      { numRuns: 2000 },
    );
    expect(readDuration('0.5d')).toEqual({ ok: true, duration: { value: 0.5, unit: 'd' }, bare: false });
    expect(readDuration('1.5cd')).toEqual({ ok: false, problem: { code: 'fractionalCalendar', value: '1.5' } });
  });

  it('prints working days with their unit in Vietnamese, never a bare "ngày"', () => {
    expect(formatDuration({ value: 3, unit: 'd' }, 'vi')).toBe('3 ngày làm việc');
    expect(formatDuration({ value: 30, unit: 'cd' }, 'vi')).toBe('30 ngày (lịch)');
    expect(formatDuration({ value: 4, unit: 'h' }, 'vi')).toBe('4 giờ làm việc');
    expect(formatDuration({ value: 80 / 60, unit: 'h' }, 'vi')).toBe('1 giờ 20 phút làm việc');
  });
});
