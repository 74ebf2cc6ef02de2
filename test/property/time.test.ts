import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../helpers/property-runs.js';
import { parseDuration, toWorkingHours } from '../../src/model/duration.js';
import { buildFlow, reachableFromStart } from '../../src/model/flow.js';
import type { Procedure } from '../../src/model/types.js';
import { analyseTime } from '../../src/time/analyse.js';
import { createCalendar } from '../../src/time/calendar.js';
import { workingMinutesBetween } from '../../src/time/clock.js';
import { dayFromParts, dayOf, dayParts, minuteOf, momentAt, weekday, type Moment } from '../../src/time/moment.js';
import { scheduleProcedure } from '../../src/time/schedule.js';
import { vietnamYear } from '../../src/time/vietnam.js';
import { anyDuration, anyLimit, procedureArb, workingDuration, workingLimit } from './arbitraries.js';

// The time engine's invariants on random valid flows (forward hand-overs only, so no loops), with the built-in
// Vietnam calendar and dossiers received at any minute of 2025–2027, Tết and the minutes around office hours included.

const calendar = createCalendar();
const FIRST = dayFromParts(2025, 1, 1)!;
const LAST = dayFromParts(2027, 12, 31)!;
// A week either side of each Tết break, where the calendar has the longest runs of days off.
const TET_DAYS = [2025, 2026, 2027].flatMap((year) => {
  const tet = vietnamYear(year)
    .days.filter((d) => d.name.startsWith('Tết Nguyên Đán'))
    .map((d) => d.day);
  return Array.from({ length: Math.max(...tet) - Math.min(...tet) + 15 }, (_, k) => Math.min(...tet) - 7 + k);
});
// Openings, closings, lunch and midnight: 00:00, 07:29, 07:30, 11:29, 11:30, 12:00, 13:00, 16:59, 17:00, 23:59.
const EDGE_MINUTES = [0, 449, 450, 689, 690, 720, 780, 1019, 1020, 1439];

const received: fc.Arbitrary<Moment> = fc
  .oneof(
    fc.tuple(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 0, max: 1439 })),
    fc.tuple(fc.constantFrom(...TET_DAYS), fc.integer({ min: 0, max: 1439 })),
    fc.tuple(fc.integer({ min: FIRST, max: LAST }), fc.constantFrom(...EDGE_MINUTES)),
  )
  .map(([day, minute]) => momentAt(day, minute));

const hoursOf = (duration: string) => toWorkingHours(parseDuration(duration)!, calendar.hoursPerDay)!;
const near = (a: number, b: number) => Math.abs(a - b) < 0.011;

/** Why a moment is not within office hours of a working day, checked against the announced days off, not the calendar. */
function notWorking(moment: Moment): string | undefined {
  const day = dayOf(moment);
  const special = vietnamYear(dayParts(day).year).days.find((d) => d.day === day);
  if (special?.kind === 'off') return `${special.name}`;
  if ((weekday(day) === 0 || weekday(day) === 6) && special?.kind !== 'work') return 'a weekend day';
  const minute = minuteOf(moment);
  if (!calendar.day(day).hours.some((span) => span.start <= minute && minute <= span.end))
    return `outside office hours (minute ${minute})`;
  return undefined;
}

describe('critical path', () => {
  const working = procedureArb({ shape: 'acyclic', duration: workingDuration, limit: workingLimit });

  it('the total is at least every step on the path (and every reachable step), the sum of the path, and of the time by body', () => {
    fc.assert(
      fc.property(working, (p) => {
        const analysis = analyseTime(p, calendar);
        expect(analysis.total).toBeDefined();
        const total = analysis.total!.hours;
        expect(analysis.criticalPath[0]).toBe(p.steps[0]!.id);
        const onPath = analysis.criticalPath.map((id) => hoursOf(p.steps.find((s) => s.id === id)!.duration));
        for (const hours of onPath) expect(total).toBeGreaterThanOrEqual(hours - 1e-9);
        for (const i of reachableFromStart(analysis.flow))
          expect(total).toBeGreaterThanOrEqual(hoursOf(p.steps[i]!.duration) - 1e-9);
        expect(
          near(
            onPath.reduce((a, b) => a + b, 0),
            total,
          ),
        ).toBe(true);
        const byBody = Object.values(analysis.byBody).map((time) => time.hours);
        for (const hours of byBody) expect(Number.isFinite(hours)).toBe(true);
        expect(
          near(
            byBody.reduce((a, b) => a + b, 0),
            total,
          ),
        ).toBe(true);
      }),
      { numRuns: propertyRuns(80) },
    );
  });

  it('appending a step never shortens the critical path', () => {
    fc.assert(
      fc.property(
        working,
        workingDuration,
        fc.constantFrom<Procedure['steps'][number]['next']>(undefined, []),
        (p, duration, next) => {
          const before = analyseTime(p, calendar).total!.hours;
          const step = {
            id: `s${p.steps.length}`,
            name: 'Bước thêm',
            body: p.steps[0]!.body,
            duration,
            ...(next ? { next } : {}),
          };
          const after = analyseTime({ ...p, steps: [...p.steps, step] }, calendar).total!.hours;
          expect(after).toBeGreaterThanOrEqual(before - 1e-9);
        },
      ),
      { numRuns: propertyRuns(80) },
    );
  });
});

describe('schedules on the Vietnam calendar', () => {
  it('nothing is due before the receipt or on a day off, and the office time from start to finish is the total', () => {
    fc.assert(
      fc.property(procedureArb({ shape: 'acyclic', duration: anyDuration, limit: anyLimit }), received, (p, at) => {
        const flow = buildFlow(p.steps);
        const schedule = scheduleProcedure(p, flow, calendar, at)!;
        expect(schedule.start).toBeGreaterThanOrEqual(at);
        expect(notWorking(schedule.start)).toBeUndefined();
        schedule.steps.forEach((times, i) => {
          if (!times) return;
          expect(times.start, `step ${i} start`).toBeGreaterThanOrEqual(schedule.start);
          expect(times.due, `step ${i} due`).toBeGreaterThanOrEqual(times.start);
          expect(notWorking(times.due), `step ${i} due`).toBeUndefined();
        });
        for (const moment of [schedule.finish, schedule.appointment]) {
          expect(moment).toBeGreaterThanOrEqual(at);
          expect(notWorking(moment)).toBeUndefined();
        }
        const analysis = analyseTime(p, calendar);
        if (analysis.total)
          expect(workingMinutesBetween(calendar, schedule.start, schedule.finish)).toBe(
            Math.round(analysis.total.hours * 60),
          );
        if (analysis.withinLimit !== undefined)
          expect(schedule.finish <= schedule.appointment).toBe(analysis.withinLimit);
      }),
      { numRuns: propertyRuns(80) },
    );
  });
});
