import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFlow } from '../../src/model/flow.js';
import type { Procedure, Step } from '../../src/model/types.js';
import { createCalendar, type CalendarConfig, type WorkingCalendar } from '../../src/time/calendar.js';
import { parseDay } from '../../src/time/moment.js';
import { placeEveryReceipt, receiptPlacer } from '../../src/time/shifted-placement.js';
import { sweepReceipts } from '../../src/time/sweep.js';
import { sweepWindow, type SweepWindow } from '../../src/time/window.js';
import { ROOT } from '../helpers/cli.js';
import { procedure } from './helpers.js';

// Differential: placements moved by whole days (the fast path) against every receipt placed afresh (the slow path),
// for generated procedures on several calendars and windows, receipt by receipt and as whole sweeps.

// The benchmark generator's seeded PRNG (mulberry32): the same seed always gives the same procedures. bench/ is
// plain JavaScript outside the type-checked sources.
const { prng } = (await import(join(ROOT, 'bench', 'generate.js'))) as { prng: (seed: number) => () => number };

const STEP_DURATIONS = ['0.5h', '2h', '4h', '7h', '1d', '1.5d', '3d', '2cd', '5cd', 'trong ngày', '0h', '12d'];
const LIMITS = ['trong ngày', '1d', '3d', '5cd', '7 ngày', '15cd', '30cd', '10d', '1 tháng'];
const CUTOFFS = [undefined, '15:00', '11:00', '16:59', '07:30'];

/** A procedure of 1–7 steps, with a decision or parallel branches now and then. */
function generated(rand: () => number, n: number): Procedure {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const count = 1 + Math.floor(rand() * 7);
  const steps: [string, string, Step['next']?][] = [];
  for (let i = 0; i < count; i++) {
    const id = `s${i + 1}`;
    const branch = i + 2 < count && rand() < 0.3;
    steps.push([
      id,
      pick(STEP_DURATIONS),
      branch ? (rand() < 0.5 ? { a: `s${i + 2}`, b: `s${i + 3}` } : [`s${i + 2}`, `s${i + 3}`]) : undefined,
    ]);
  }
  const cutoff = pick(CUTOFFS);
  const effective = rand() < 0.8 ? '2025-01-01' : '2026-07-15';
  return procedure(pick(LIMITS), steps, {
    id: `QT-GEN-${n}`,
    effective,
    ...(cutoff === undefined ? {} : { cutoff }),
  });
}

const CALENDARS: [string, CalendarConfig][] = [
  ['Vietnam, default hours', {}],
  [
    'own holidays, make-up days with their own hours, Saturday mornings',
    {
      saturday: ['07:30-11:30'],
      holidays: ['2025-03-10', { date: '2026-05-04', to: '2026-05-08', name: 'Nghỉ bù' }],
      workdays: [{ date: '2025-06-14', hours: ['08:00-12:00'] }, '2026-01-03'],
      hours: ['07:00-11:00', '13:30-17:30'],
    },
  ],
  [
    'no built-in holidays, one span a day, a year from as_of',
    { public_holidays: 'none', hours: ['08:00-16:00'], as_of: '2027-03-01' },
  ],
];

/**
 * The fast path's result is the slow path's, as strictly as toStrictEqual: Node's strict deep equality decides (a
 * third of this file's time went to vitest's comparison of thousands of schedules); vitest's compares only to show a
 * difference, and a difference it does not see still fails.
 */
function expectSame(fast: unknown, slow: unknown): void {
  if (isDeepStrictEqual(fast, slow)) return;
  expect(fast).toStrictEqual(slow);
  expect.fail('the fast and slow results differ');
}

describe('receipts placed by moving an earlier placement', () => {
  afterEach(() => placeEveryReceipt(false));

  const both = (run: () => unknown) => {
    placeEveryReceipt(true);
    const slow = run();
    placeEveryReceipt(false);
    const fast = run();
    return { slow, fast };
  };

  for (const [name, config] of CALENDARS) {
    it(`places every receipt as placing it afresh does (${name})`, () => {
      const calendar: WorkingCalendar = createCalendar(config);
      const rand = prng(name.length * 7919);
      let compared = 0;
      for (let n = 0; n < 4; n++) {
        const p = generated(rand, n);
        const flow = buildFlow(p.steps);
        const window = sweepWindow(calendar, parseDay(p.effective));
        const { slow, fast } = both(() => {
          const place = receiptPlacer(p, flow, calendar)!;
          const out = [];
          for (let day = window.from; day < window.from + window.days; day++) {
            const hours = calendar.day(day).hours;
            // Minutes the sweep tries, and a few more: before opening, at lunch, after closing.
            for (const minute of [0, 450, 451, 720, 900, 901, 1019]) {
              if (hours.length === 0 && minute !== 450) continue;
              const { late, over, schedule } = place(day, minute);
              out.push({ late, over, schedule: schedule() });
            }
          }
          return out;
        });
        expectSame(fast, slow);
        compared += (slow as unknown[]).length;
      }
      expect(compared).toBeGreaterThan(3_000);
    });

    it(`sweeps as before (${name})`, () => {
      const calendar = createCalendar(config);
      const rand = prng(name.length * 104729);
      for (let n = 0; n < 12; n++) {
        const p = generated(rand, n);
        const flow = buildFlow(p.steps);
        const { slow, fast } = both(() =>
          sweepReceipts(p, flow, calendar, sweepWindow(calendar, parseDay(p.effective))),
        );
        expectSame(fast, slow);
      }
    });
  }

  it('fails beyond the lunar table with the same error as before', () => {
    const calendar = createCalendar();
    const p = procedure('30cd', [['a', '5cd']], { effective: '2099-06-01' });
    const window: SweepWindow = { from: parseDay('2099-06-01')!, days: 365, basis: 'as-of' };
    const errors = both(() => {
      try {
        sweepReceipts(p, buildFlow(p.steps), calendar, window);
        return 'no error';
      } catch (error) {
        return [(error as Error).constructor.name, (error as Error).message];
      }
    });
    expectSame(errors.fast, errors.slow);
    expect(errors.slow).not.toBe('no error');
  });
});
