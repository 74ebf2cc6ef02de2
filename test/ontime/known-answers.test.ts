import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, evaluateCsv, FIXTURES, measureCsv } from './helpers.js';

// test/fixtures/ontime/ho-so.csv, every due moment counted by hand on the 2026 calendar (office hours 07:30–11:30,
// 13:00–17:00; Tết off Sat 14/2 – Sun 22/2; 1/1–4/1 off with Sat 10/1 made up; Mon 27/4, Thu 30/4, Fri 1/5 off).
const CSV = readFileSync(join(FIXTURES, 'ho-so.csv'), 'utf8');
const AS_OF = '2026-05-08 09:00';

describe('on-time measurement against hand-counted answers', () => {
  const results = evaluateCsv(CSV, AS_OF);
  const expectDossier = (
    id: string,
    due: string,
    status: string,
    extra: Partial<Record<'late' | 'saved' | 'used' | 'paused', number>> = {},
  ) => {
    const result = results.get(id)!;
    expect(result, id).toBeDefined();
    expect(result.due, `${id} due`).toBe(at(due));
    expect(result.status, `${id} status`).toBe(status);
    if (extra.late !== undefined) expect(result.lateMinutes, `${id} late`).toBe(extra.late * 60);
    if (extra.saved !== undefined) expect(result.savedMinutes, `${id} saved`).toBe(extra.saved * 60);
    if (extra.used !== undefined) expect(result.usedMinutes, `${id} used`).toBe(extra.used * 60);
    if (extra.paused !== undefined) expect(result.pausedMinutes, `${id} paused`).toBe(extra.paused * 60);
  };

  it('counts 1 working day across Tết: Fri 13/02 14:00 is due Mon 23/02 14:00', () => {
    expectDossier('HS-A1', '2026-02-23 14:00', 'on_time', { saved: 2.5, used: 5.5 });
  });

  it('moves a receipt after the 15:00 cutoff to the next working day, after Tết', () => {
    expectDossier('HS-B', '2026-02-23 17:00', 'late', { late: 0.5 });
  });

  it('counts 5 working days across Tết and calls a result a day before the due day early', () => {
    expectDossier('HS-C', '2026-02-26 09:00', 'early', { saved: 2.5 });
  });

  it('stops the clock during a pause for a supplement: 16 office hours move the due moment', () => {
    expectDossier('HS-D', '2026-03-02 09:00', 'early', { paused: 16, used: 36.5, saved: 3.5 });
  });

  it('counts 30 calendar days under the Civil Code and reads a UTC moment as Vietnam time', () => {
    expectDossier('HS-E', '2026-02-25 17:00', 'late', { late: 1.5 });
    expect(results.get('HS-E')!.received).toBe(at('2026-01-26 10:00'));
  });

  it('counts the make-up Saturday 10/01/2026 as a working day', () => {
    expectDossier('HS-F', '2026-01-12 09:00', 'early', { saved: 2.5 });
  });

  it('skips the New Year holiday after a receipt past the cutoff; finishing at the due moment is on time', () => {
    expectDossier('HS-G', '2026-01-05 17:00', 'on_time', { saved: 0 });
  });

  it('skips Thu 30/04 and Fri 01/05', () => {
    // Returned Fri 08/05 08:30: late by the office time after the due moment, 14:00–17:00 and 07:30–08:30.
    expectDossier('HS-H', '2026-05-07 14:00', 'late', { late: 4 });
  });

  it('judges open dossiers as of the given moment', () => {
    expectDossier('HS-J', '2026-05-14 10:00', 'open_in_time', { used: 7 });
    // 30 calendar days from 31/03 end Thu 30/04, a holiday, then Fri 01/05 and the weekend: Mon 04/05.
    expectDossier('HS-K', '2026-05-04 17:00', 'open_overdue', { late: 25.5 });
  });

  it('compares the vendor appointment by date when it has no time, by minute when it has one', () => {
    expect(results.get('HS-B')!.vendorDisagrees).toBe(false);
    expect(results.get('HS-D')).toMatchObject({ vendorDisagrees: true, vendorLater: false });
    expect(results.get('HS-A2')).toMatchObject({ vendorDisagrees: true, vendorLater: true });
    expect(results.get('HS-H')!.vendorDisagrees).toBe(false);
  });

  it('times each step from the previous timestamp against its mapped budget', () => {
    expect(results.get('HS-C')!.steps).toEqual([
      { step: 'receive', usedMinutes: 120, overrunMinutes: 0 },
      { step: 'verify', usedMinutes: 31 * 60, overrunMinutes: 7 * 60 },
      { step: 'sign', usedMinutes: 150, overrunMinutes: 0 },
    ]);
  });

  it('adds up exact statuses, rates, disagreements and bad rows', async () => {
    const { report, outcome } = await measureCsv(CSV, AS_OF);
    expect(outcome.missing).toEqual([]);
    expect(report.rows).toBe(16);
    expect(report.notSettled).toBe(1);
    expect(report.totals).toMatchObject({
      dossiers: 11,
      finished: 9,
      early: 3,
      on_time: 3,
      late: 3,
      open_in_time: 1,
      open_overdue: 1,
      rate: 0.6667,
      averageSavedHours: 0.67,
    });
    expect(report.vendor).toEqual({ compared: 10, disagreements: 2, vendorLater: 1, vendorEarlier: 1 });
    expect(report.byMonth.map((g) => [g.key, g.finished, g.rate])).toEqual([
      ['2026-01', 2, 1],
      ['2026-02', 5, 0.6],
      ['2026-03', 1, 1],
      ['2026-05', 1, 0],
    ]);
    expect(report.byProcedure.map((g) => [g.key, g.dossiers, g.rate])).toEqual([
      ['QT-CT-01', 5, 0.8],
      ['QT-HT-02', 4, 0.6667],
      ['QT-MT-01', 2, 0],
    ]);
    expect(report.byLevel.map((g) => [g.key, g.rate])).toEqual([
      ['commune', 0.75],
      ['province', 0],
    ]);
    expect(report.badRows.count).toBe(4);
    expect(report.badRows.listed).toEqual([
      { file: 'ho-so.csv', row: 13, reason: 'unknown-procedure', value: '9.999999' },
      { file: 'ho-so.csv', row: 14, reason: 'bad-received', value: '31/02/2026 09:00' },
      {
        ...{ file: 'ho-so.csv', row: 15, reason: 'finished-before-received', value: '09/03/2026 09:00' },
        ...{ received: at('2026-03-10 09:00'), finished: at('2026-03-09 09:00') },
      },
      { file: 'ho-so.csv', row: 16, reason: 'bad-pause', value: 'soon', pausePart: 'soon' },
    ]);
    expect(report.steps[0]).toMatchObject({
      procedure: 'QT-HT-02',
      step: 'verify',
      dossiers: 1,
      overran: 1,
      averageOverrunHours: 7,
      averageUsedHours: 31,
    });
    expect(report.listed.map((d) => d.id)).toEqual(['HS-K', 'HS-H', 'HS-E', 'HS-B', 'HS-D', 'HS-A2']);
  });
});

describe('rows outside the calendar', () => {
  it('reports a dossier from a year the calendar does not know as a bad row and goes on', async () => {
    const csv =
      'Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả\nQT-CT-01,02/03/2150 08:00,\nQT-CT-01,30/12/2099 08:00,30/12/2099 09:00\nQT-CT-01,02/03/1990 08:00,\n';
    // As of the last day procmap counts: the dossier of 2099 was returned before it.
    const { report } = await measureCsv(csv, '2099-12-31 17:00');
    expect(report.badRows.listed).toEqual([
      { file: 'ho-so.csv', row: 2, reason: 'out-of-calendar', value: '02/03/2150 08:00' },
      { file: 'ho-so.csv', row: 4, reason: 'out-of-calendar', value: '02/03/1990 08:00' },
    ]);
    expect(report.totals).toMatchObject({ dossiers: 1, early: 1 });
  });
});

describe('rows listed twice, and rows of empty cells', () => {
  it('counts a dossier listed again once, lists the repeat, and passes over a row of empty cells', async () => {
    const csv = [
      'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả',
      'H-1,QT-CT-01,02/03/2026 08:00,02/03/2026 09:00',
      'H-1,QT-CT-01,02/03/2026 08:00,02/03/2026 09:00',
      'H-2,QT-CT-01,02/03/2026 08:00,02/03/2026 09:00',
      ',,,',
      // The same number under another procedure is another dossier.
      'H-2,QT-HT-02,02/03/2026 08:00,',
      '',
    ].join('\n');
    const { report } = await measureCsv(csv, '2026-05-08 09:00');
    expect(report.badRows.listed).toEqual([
      { file: 'ho-so.csv', row: 3, reason: 'repeated', value: 'H-1', kept: 'ho-so.csv:2' },
    ]);
    expect(report.totals.dossiers).toBe(3);
  });
});

describe('a report title above the header', () => {
  it('reads past the title rows to the header, rows numbered as the file numbers them', async () => {
    const csv = [
      'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ,,,',
      'Từ ngày 01/03/2026 đến ngày 31/03/2026,,,',
      ',,,',
      'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả',
      'H-1,QT-CT-01,02/03/2026 08:00,02/03/2026 09:00',
      'H-2,QT-XX-99,02/03/2026 08:00,',
      '',
    ].join('\n');
    const { outcome, report } = await measureCsv(csv, '2026-05-08 09:00');
    expect(outcome.missing).toEqual([]);
    expect(report.totals.dossiers).toBe(1);
    expect(report.badRows.listed).toEqual([
      { file: 'ho-so.csv', row: 6, reason: 'unknown-procedure', value: 'QT-XX-99' },
    ]);
  });

  it('still says which columns are missing when no row near the top is a header', async () => {
    const { outcome } = await measureCsv('Số hồ sơ,Ngày tiếp nhận\nH-1,02/03/2026 08:00\n', '2026-05-08 09:00');
    expect(outcome.missing).toEqual(['procedure']);
  });
});
