import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, evaluateCsv, FIXTURES } from './helpers.js';

// QT-HT-02 (5 working days) received Thu 12/02/2026 16:00 is due Thu 26/02 16:00 (Tết off 14–22/02); each result is
// Fri 27/02 15:00, a day late. A pause stops the clock for the office time it takes, never more (docs/ontime.md).
const CSV = readFileSync(join(FIXTURES, 'pause-off-hours.csv'), 'utf8');

describe('a pause on the due day after the due hour', () => {
  const results = evaluateCsv(CSV, '2026-03-04 10:00');
  const measured = (id: string) => {
    const r = results.get(id)!;
    return [r.due, r.status, r.lateMinutes];
  };

  it('moves nothing when it takes no office time', () => {
    // Late by 26/02 16:00–17:00 and 27/02 07:30–15:00 less lunch (11:30–13:00): 7 h.
    expect(measured('B-0')).toEqual([at('2026-02-26 16:00'), 'late', 7 * 60]);
    // 18:00–18:05, after closing: it used to give the whole next day.
    expect(measured('B-2')).toEqual([at('2026-02-26 16:00'), 'late', 7 * 60]);
  });

  it('restarts the clock at its end, with no office time left, when it takes office time', () => {
    // 16:30–16:45 in office hours: due when the clock restarts, 16:45.
    expect(measured('B-1')).toEqual([at('2026-02-26 16:45'), 'late', 7 * 60 - 45]);
    // 17:30 to 07:00 the next morning, before opening: no office time taken, nothing moves.
    expect(measured('B-3')).toEqual([at('2026-02-26 16:00'), 'late', 7 * 60]);
  });
});
