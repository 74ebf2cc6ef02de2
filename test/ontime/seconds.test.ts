import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellMoment } from '../../src/ontime/cells.js';
import { at, FIXTURES, fixtureProcedures, measureCsv, procedureWithLimit } from './helpers.js';

describe('seconds in a moment', () => {
  it('counts a moment with seconds as after its minute: past the 15:00 cutoff, past the due moment', async () => {
    const csv = readFileSync(join(FIXTURES, 'seconds.csv'), 'utf8');
    const procedures = [...fixtureProcedures(), procedureWithLimit('QT-GIO-01', '4 giờ làm việc')];
    const { report, evaluator } = await measureCsv(csv, '2026-03-31 17:00', {}, procedures);
    // QT-CT-01: one working day, 15:00 cutoff. S1 and S3 were received after 15:00: counting starts Tue 10/03 07:30,
    // due 17:00. S2 at 15:00:00 is not after the cutoff: due Tue 10/03 15:00. S4 (4 working hours; a limit in days
    // would end at 24:00) is due 10/03 13:30 and 40 s late.
    const due = (received: string) =>
      evaluator.evaluate({
        ...{ file: 'f', row: 2, id: 'x', procedure: 'QT-CT-01', received, finished: undefined },
        ...{ appointment: undefined, status: '', channel: '', pauses: undefined, pauseStart: undefined },
        ...{ pauseEnd: undefined, body: '', steps: [] },
      });
    for (const [received, expected] of [
      ['09/03/2026 15:00:59', '2026-03-10 17:00'],
      ['2026-03-09T15:00:45+07:00', '2026-03-10 17:00'],
      ['09/03/2026 15:00:00', '2026-03-10 15:00'],
    ]) {
      const outcome = due(received!);
      expect(outcome.kind === 'measured' && outcome.result.due, received).toBe(at(expected!));
    }
    expect(report.listed.map((d) => [d.id, d.status, d.due])).toEqual([['S4', 'late', at('2026-03-10 13:30')]]);
    expect(report.totals).toMatchObject({ dossiers: 4, on_time: 3, late: 1 });
    expect(cellMoment('10/03/2026 09:00:40')).toBe(at('2026-03-10 09:01'));
    expect(cellMoment('09:00:40 10/03/2026')).toBe(at('2026-03-10 09:01'));
    // A twelve-hour clock, as Windows in Vietnamese or English exports it, keeps its seconds too.
    expect(cellMoment('09/03/2026 3:00:30 CH')).toBe(at('2026-03-09 15:01'));
    expect(cellMoment('3:00:30 PM 09/03/2026')).toBe(at('2026-03-09 15:01'));
    expect(cellMoment('09/03/2026 3:00:00 CH')).toBe(at('2026-03-09 15:00'));
    expect(cellMoment('09/03/2026 12:05:10 SA')).toBe(at('2026-03-09 00:06'));
    // A spreadsheet's 09:00 carries noise below the second: still 09:00.
    expect(cellMoment(new Date(Date.UTC(2026, 2, 10, 9, 0, 0) + 0.4))).toBe(at('2026-03-10 09:00'));
  });
});
