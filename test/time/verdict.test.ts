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
