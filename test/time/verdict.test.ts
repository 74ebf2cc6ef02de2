import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../src/model/types.js';
import { analyseTime } from '../../src/time/analyse.js';
import { createCalendar } from '../../src/time/calendar.js';
import { verdictOn } from '../../src/time/verdict.js';
import { procedure } from './helpers.js';

const calendar = createCalendar();

/** The verdict of a procedure built by `procedure()`, its sweeps made on the default calendar. */
function verdictOf(p: ReturnType<typeof procedure>) {
  return verdictOn(p, analyseTime(p, calendar), calendar);
}

describe('the verdict where dates decide a limit', () => {
  it.each([
    ['same day, with a cutoff', 'trong ngày', { cutoff: '15:00' }],
    ['calendar days', '15 ngày lịch', {}],
    ['months', '01 tháng', {}],
    ['working days, a step in calendar days', '20 ngày làm việc', {}],
  ] as const)('is within when no receipt tried is late (%s)', (_, limit, extra) => {
    const steps: [string, string][] =
      limit === '20 ngày làm việc'
        ? [
            ['B1', '4h'],
            ['B2', '10 ngày lịch'],
          ]
        : [
            ['B1', '1h'],
            ['B2', '1h'],
          ];
    expect(verdictOf(procedure(limit, steps, extra)).withinLimit).toBe(true);
  });

  it('is over when some receipt is late: a same-day limit without a cutoff, received at closing', () => {
    expect(verdictOf(procedure('trong ngày', [['B1', '2h']])).withinLimit).toBe(false);
  });

  it("is within only when each channel's own limit is met too", () => {
    const steps: [string, string][] = [
      ['B1', '1d'],
      ['B2', '8d'],
    ];
    const channels = (online: string): Partial<Procedure> => ({
      channels: [{ kind: 'in_person' }, { kind: 'online', time_limit: online }],
    });
    expect(verdictOf(procedure('01 tháng', steps, channels('20 ngày lịch'))).withinLimit).toBe(true);
    expect(verdictOf(procedure('01 tháng', steps, channels('10 ngày lịch')))).toMatchObject({
      withinLimit: false,
      channel: 'online',
    });
  });

  it('stays open when no receipt can be tried: a flow that loops', () => {
    const looped = procedure(
      'trong ngày',
      [
        ['B1', '1h'],
        ['B2', '1h', ['B1']],
      ],
      { cutoff: '15:00' },
    );
    expect(verdictOf(looped)).not.toHaveProperty('withinLimit');
  });
});

// A case's bare "15 ngày" (working or calendar days, not said) was left out of the verdict: stats and the site said
// "within" where lint errs or warns. The case's path is 1 + X working days. 15 calendar days hold at least 4 days of
// weekend, so at most 11 working days (fewer across Tết 14–22/02/2026).
describe("the verdict on a case's bare days, as lint judges both readings", () => {
  const limit = '10 ngày làm việc (trường hợp phải xác minh thì không quá 15 ngày)';
  const withCase = (days: string) =>
    procedure(limit, [
      ['B1', '1d', { 'Hồ sơ đủ': 'B2', 'Trường hợp phải xác minh': 'B3' }],
      ['B2', '9d', []],
      ['B3', days, []],
    ]);

  it('is over, said as working days, when the steps exceed both readings', () => {
    // 16.5 working days: over 15 working days by 1.5 (12 h), and over 11 or fewer for every receipt.
    const verdict = verdictOf(withCase('15.5d'));
    expect(verdict).toMatchObject({
      withinLimit: false,
      case: 'phải xác minh',
      limit: { hours: 120, days: 15 },
      slack: { hours: -12, days: -1.5 },
    });
  });

  it('is open, neither within nor over, when the steps exceed the calendar reading alone', () => {
    // 13.5 working days: within 15 working days, over 11 or fewer.
    const verdict = verdictOf(withCase('12.5d'));
    expect(verdict.withinLimit).toBeUndefined();
    expect(verdict.slack).toBeUndefined();
    expect(verdict.limit).toBeUndefined();
  });
});
