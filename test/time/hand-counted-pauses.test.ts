import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../src/model/types.js';
import { measuredProcedure } from '../../src/ontime/procedures.js';
import { ROOT } from '../helpers/cli.js';
import { at, evaluateCsv } from '../ontime/helpers.js';

// Dossiers paused for the applicant's supplement (yêu cầu bổ sung, Circular 03/2025/TT-VPCP form 02), counted by hand
// on the default calendar of hand-counted-calendar.test.ts, with the procedures of test/fixtures/time/hand-counted. The
// time waiting for the supplement is not counted (QĐ 766/QĐ-TTg): the count stops at the pause's start and resumes at
// its end, with the office time already used kept (the pause suspends the count; it does not restart it).
const CSV = readFileSync(join(ROOT, 'test/fixtures/time/hand-counted-pauses/ho-so.csv'), 'utf8');
const CATALOG = join(ROOT, 'test/fixtures/time/hand-counted/catalog');
const procedures = readdirSync(CATALOG)
  .sort()
  .map((name) => YAML.load(readFileSync(join(CATALOG, name), 'utf8')) as Procedure)
  .map((procedure) => measuredProcedure(procedure)!);

type Row = [id: string, due: string | undefined, status: string, lateHours: number];

describe('hand-counted on-time verdicts of paused dossiers', () => {
  const results = evaluateCsv(CSV, '2026-12-01 12:00', procedures);
  it.each<Row>([
    // 5 working days (40 h) from Mon 9/3/2026 09:00, paused Wed 11/3 09:00 – Fri 13/3 09:00: used Mon 6.5 h, Tue 8 h,
    // Wed 07:30–09:00 1.5 h (16 h); from Fri 09:00 6.5 h (22.5), Mon 16/3 8 h (30.5), Tue 17/3 8 h (38.5), Wed 18/3
    // 07:30 + 1.5 h. Returned then, on time; at 09:30 that day, on time too (a limit in whole days runs to the day's end).
    ['P01', '2026-03-18 09:00', 'on_time', 0],
    ['P02', '2026-03-18 09:00', 'on_time', 0],
    // Paused over Tết 2026 (off Sat 14/2 – Sun 22/2, 9441/TB-BNV): from Wed 11/2 09:00, used 6.5 h + Thu 12/2 1.5 h
    // (8 h); from Tue 24/2 09:00 6.5 h (14.5), Wed 25 8 (22.5), Thu 26 8 (30.5), Fri 27 8 (38.5), Mon 2/3 07:30 + 1.5 h.
    // Returned then, on time.
    ['P03', '2026-03-02 09:00', 'on_time', 0],
    // 10 calendar days from Mon 2/3/2026 (day 10 Thu 12/3), paused five whole days (4/3 08:00 – 9/3 08:00): Tue 17/3.
    ['P04', '2026-03-17 17:00', 'on_time', 0],
    // 4 working hours from Wed 11/3/2026 09:00, paused 10:00 – Thu 12/3 08:00: 1 h used, 3 h from 08:00: 11:00.
    ['P05', '2026-03-12 11:00', 'on_time', 0],
    // Still paused (no end): its clock stands still, never overdue.
    ['P06', undefined, 'open_paused', 0],
    // Two pauses of 2 office hours each (Tue 10/3 09:00–11:00, Thu 12/3 13:00–15:00): 5 working days from Mon 9/3 09:00
    // end Mon 16/3 09:00 unpaused, + 4 h: 2.5 h to 11:30, 1.5 h from 13:00, 14:30. Returned Tue 17/3 09:00: late by Mon
    // 14:30–17:00 and Tue 07:30–09:00, 4 h.
    ['P07', '2026-03-16 14:30', 'late', 4],
    // From Fri 21/8/2026 09:00, 5 working days end Thu 27/8 09:00 unpaused: Sat 22/8 (1, make-up, 9441/TB-BNV), Mon 24
    // (2), Tue 25 (3), Wed 26 (4), Thu 27 (5). The pause (Tue 25/8 09:00 – Thu 27/8 09:00) holds 6.5 + 8 + 1.5 = 16
    // office hours, 2 days more: Fri 28/8 (6) and, past the break Sat 29/8 – Wed 2/9 (9441/TB-BNV), Thu 3/9 (7), 09:00.
    // Returned Thu 10/9 09:00: late by 6.5 + 8 × 4 + 1.5 = 40 h.
    ['P08', '2026-09-03 09:00', 'late', 40],
  ])('%s is due %s, %s (late %s h)', (id, due, status, lateHours) => {
    const result = results.get(id);
    expect(result, id).toBeDefined();
    if (due !== undefined) expect(result!.due, `${id} due`).toBe(at(due));
    expect(result!.status, `${id} status`).toBe(status);
    expect(result!.lateMinutes ?? 0, `${id} late`).toBe(lateHours * 60);
  });
});

describe('hand-counted on-time verdicts of dossiers paused across Tết 2027', () => {
  // Tết 2027, not announced: the Labour Code's Fri 5/2 – Tue 9/2 with Wed 10/2 and Thu 11/2 in lieu (vietnam.md; see
  // hand-counted-2027.test.ts).
  const csv = readFileSync(join(ROOT, 'test/fixtures/time/hand-counted-pauses/ho-so-2027.csv'), 'utf8');
  const results = evaluateCsv(csv, '2027-12-01 12:00', procedures);
  it.each<Row>([
    // 5 working days from Mon 1/2/2027 09:00, paused Wed 3/2 09:00 – Mon 15/2 09:00 (over Tết): used Mon 6.5 h, Tue
    // 8 h, Wed 07:30–09:00 1.5 h (16 h); from Mon 15/2 09:00 6.5 h (22.5), Tue 16/2 8 (30.5), Wed 17/2 8 (38.5), Thu
    // 18/2 07:30 + 1.5 h. Returned then: on time.
    ['T01', '2027-02-18 09:00', 'on_time', 0],
    // From Thu 4/2/2027 10:00: 1.5 + 4 = 5.5 h; Tết; Fri 12/2 07:30–08:00 0.5 h (6 h); paused Fri 12/2 08:00 – Tue 16/2
    // 08:00; from Tue 16/2 08:00 3.5 + 4 = 7.5 h (13.5), Wed 17/2 8 (21.5), Thu 18/2 8 (29.5), Fri 19/2 8 (37.5), Mon
    // 22/2 07:30 + 2.5 h. Returned then: on time. (Counted first as Fri 19/2 13:30, 34 h in all: the engine was right.)
    ['T02', '2027-02-22 10:00', 'on_time', 0],
    // 10 calendar days from Mon 25/1/2027 (day 10 Thu 4/2), paused four whole days (28/1 08:00 – 1/2 08:00): Mon 8/2,
    // inside Tết, moves to the close of the next working day, Fri 12/2 (Civil Code Art. 148). Returned 16:00: on time.
    ['T03', '2027-02-12 17:00', 'on_time', 0],
  ])('%s is due %s, %s (late %s h)', (id, due, status, lateHours) => {
    const result = results.get(id);
    expect(result, id).toBeDefined();
    if (due !== undefined) expect(result!.due, `${id} due`).toBe(at(due));
    expect(result!.status, `${id} status`).toBe(status);
    expect(result!.lateMinutes ?? 0, `${id} late`).toBe(lateHours * 60);
  });
});
