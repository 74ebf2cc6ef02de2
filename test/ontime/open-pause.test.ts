import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, evaluateCsv, FIXTURES, measureCsv } from './helpers.js';

// QT-HT-02 (5 working days) received Tue 01/12/2026 08:00 is due Tue 08/12 08:00, the vendor's appointment too.
const CSV = readFileSync(join(FIXTURES, 'open-pause.csv'), 'utf8');
const AS_OF = ['2026-12-07 10:00', '2026-12-08 10:00', '2026-12-15 10:00', '2027-01-20 10:00'];

describe('an open dossier whose pause has no end', () => {
  it('is paused, with the office time left when its clock stopped, whatever the moment of the report', () => {
    for (const asOf of AS_OF) {
      const results = evaluateCsv(CSV, asOf);
      const paused = (id: string) => {
        const { status, pausedFrom, leftMinutes, lateMinutes, vendorDisagrees } = results.get(id)!;
        return { status, pausedFrom, leftMinutes, lateMinutes, vendorDisagrees };
      };
      // Paused Wed 02/12 09:00: the rest of that day (7 h), Thu, Fri and Mon (24 h) were left before 08/12 08:00.
      expect(paused('H019'), asOf).toEqual({
        status: 'open_paused',
        pausedFrom: at('2026-12-02 09:00'),
        leftMinutes: 31 * 60,
        lateMinutes: 0,
        vendorDisagrees: false,
      });
      // Paused again on Mon 07/12 09:00, the first pause having moved the due moment by its 8 office hours to Wed 09/12
      // 08:00: the rest of Monday (7 h) and Tuesday (8 h) were left.
      expect(paused('H020'), asOf).toEqual({
        status: 'open_paused',
        pausedFrom: at('2026-12-07 09:00'),
        leftMinutes: 15 * 60,
        lateMinutes: 0,
        vendorDisagrees: false,
      });
    }
  });

  it('is judged as of the report: running, its clock counting, until its pause starts after that moment', () => {
    // H021's pause starts Wed 09/12 09:00: on Mon 07/12 and Tue 08/12 (its due day) it was running, in time.
    const asOf = (moment: string) => {
      const { status, pausedFrom, due, usedMinutes, pausedMinutes } = evaluateCsv(CSV, moment).get('H021')!;
      return { status, pausedFrom, due, usedMinutes, pausedMinutes };
    };
    const running = { status: 'open_in_time', pausedFrom: undefined, due: at('2026-12-08 08:00'), pausedMinutes: 0 };
    // Tue to Fri (32 h) and Mon to 10:00 (2 h); then Mon whole (8 h) and Tue to 10:00 (2 h).
    expect(asOf('2026-12-07 10:00')).toEqual({ ...running, usedMinutes: 34 * 60 });
    expect(asOf('2026-12-08 10:00')).toEqual({ ...running, usedMinutes: 42 * 60 });
  });

  it('is overdue when it paused once late: asking for a supplement does not make a late dossier on time', () => {
    const result = evaluateCsv(CSV, '2026-12-15 10:00').get('H021')!;
    expect(result.status).toBe('open_overdue');
    expect(result.pausedFrom).toBeUndefined();
  });

  it('is counted apart from open dossiers in time and overdue, listed, and not compared with the vendor', async () => {
    const { report } = await measureCsv(CSV, '2026-12-15 10:00');
    expect(report.totals).toMatchObject({
      dossiers: 4,
      finished: 1,
      early: 1,
      open_in_time: 0,
      open_overdue: 1,
      open_paused: 2,
      vendorDisagreements: 1,
    });
    // The overdue dossier's and the finished one's appointments are compared (the latter's ignores its closed pause);
    // the paused ones' were right when issued, and move with procmap's once the applicant answers.
    expect(report.vendor).toEqual({ compared: 2, disagreements: 1, vendorLater: 0, vendorEarlier: 1 });
    expect(report.listed.filter((d) => d.vendorDisagrees).map((d) => d.id)).toEqual(['H022']);
    const listed = report.listed.find((d) => d.id === 'H019')!;
    expect(listed).toMatchObject({ status: 'open_paused', pausedFrom: at('2026-12-02 09:00'), leftHours: 31 });
    expect(listed.due).toBeUndefined();
  });
});
