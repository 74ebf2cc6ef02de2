import { afterEach, describe, expect, it } from 'vitest';
import { vietnamNow, vietnamToday } from '../../src/node/calendar-loader.js';
import { formatDay, formatMoment } from '../../src/time/moment.js';
import { runCli } from '../helpers/run-cli.js';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("procmap's today", () => {
  // Friday 11/12/2026 18:00 UTC is Saturday 12/12 01:00 in Vietnam; CI runners keep UTC, officers' laptops UTC+7.
  it.each(['UTC', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati'])(
    'is the date and time in Vietnam on a machine set to %s',
    (tz) => {
      process.env.TZ = tz;
      const instant = new Date('2026-12-11T18:00:00Z');
      expect(formatDay(vietnamToday(instant))).toBe('2026-12-12');
      expect(formatMoment(vietnamNow(instant))).toBe('2026-12-12T01:00');
      expect(formatDay(vietnamToday(new Date('2026-12-11T16:59:00Z')))).toBe('2026-12-11');
    },
  );

  it('gives `calendar` without a year the year in Vietnam', async () => {
    process.env.TZ = 'UTC';
    // 31/12/2026 18:00 UTC is already 1 January 2027 in Vietnam.
    const result = await runCli(['calendar', '--lang', 'en'], { now: '2026-12-31T18:00:00Z' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toContain('Working calendar 2027');
  });
});
