import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Seconds past a minute read as the next minute put 15:00:30 after a 15:00 cutoff; they must not move a dossier
// received while the office was open (16:59:30, 11:29:30) to its closing or lunch, and so to the next opening.
const DIR = 'test/fixtures/receipt-seconds';
const SAME_DAY = `${DIR}/catalog/same-day.yaml`;
const CUTOFF = `${DIR}/catalog/cutoff.yaml`;
const CALENDAR_DAYS = `${DIR}/catalog/calendar-days.yaml`;
const MONTH = `${DIR}/catalog/month.yaml`;

async function timed(file: string, received: string) {
  const result = await runCli(['time', file, '--received', received, '--format', 'json']);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  const [procedure] = JSON.parse(result.stdout).procedures;
  return [procedure.received, procedure.start, procedure.start_reason, procedure.due];
}

describe('a receipt with seconds', () => {
  it('in the last minute before closing is due that day, not after the next opening (Tết)', async () => {
    expect(await timed(SAME_DAY, '13/02/2026 16:59:30')).toEqual([
      '2026-02-13T16:59',
      '2026-02-13T16:59',
      null,
      '2026-02-13T17:00',
    ]);
    // The same moment with its zone, and one a minute later, after closing: counted from the next opening.
    expect(await timed(SAME_DAY, '2026-02-13T16:59:30+07:00')).toEqual([
      '2026-02-13T16:59',
      '2026-02-13T16:59',
      null,
      '2026-02-13T17:00',
    ]);
    expect(await timed(SAME_DAY, '13/02/2026 17:00:30')).toEqual([
      '2026-02-13T17:01',
      '2026-02-23T07:30',
      'closed',
      '2026-02-23T17:00',
    ]);
  });

  it('in the last minute before lunch counts from then, not from the afternoon opening', async () => {
    expect(await timed(SAME_DAY, '13/02/2026 11:29:30')).toEqual([
      '2026-02-13T11:29',
      '2026-02-13T11:29',
      null,
      '2026-02-13T17:00',
    ]);
  });

  it('is after the cutoff from the first second past it, and not before', async () => {
    expect(await timed(CUTOFF, '13/02/2026 14:59:30')).toEqual([
      '2026-02-13T15:00',
      '2026-02-13T15:00',
      null,
      '2026-02-13T17:00',
    ]);
    expect(await timed(CUTOFF, '13/02/2026 15:00:30')).toEqual([
      '2026-02-13T15:01',
      '2026-02-23T07:30',
      'cutoff',
      '2026-02-23T17:00',
    ]);
  });

  // A limit in calendar days or months counts from the day after the day of receipt (Civil Code Art. 147): a receipt
  // carried to 00:00 of the next day would be due a day later.
  it('in the last minute of a day stays in that day', async () => {
    const dueOn = (due: string) => ['2026-03-02T23:59', '2026-03-03T07:30', 'closed', due];
    for (const received of ['02/03/2026 23:59:30', '2026-03-02T23:59:59', '2026-03-02T16:59:30Z']) {
      expect(await timed(CALENDAR_DAYS, received)).toEqual(dueOn('2026-03-17T17:00'));
      expect(await timed(MONTH, received)).toEqual(dueOn('2026-04-02T17:00'));
    }
    // Midnight itself is the next day's receipt.
    expect(await timed(CALENDAR_DAYS, '03/03/2026 00:00')).toEqual([
      '2026-03-03T00:00',
      '2026-03-03T07:30',
      'closed',
      '2026-03-18T17:00',
    ]);
  });

  it('in a dossier export is measured as the same receipt without them', async () => {
    const result = await runCli([
      'ontime',
      `${DIR}/dossiers.csv`,
      '--catalog',
      `${DIR}/catalog`,
      '--as-of',
      '05/12/2026 09:00',
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Finished: 4 (early 0, on time 2, late 2)\n');
    const late = ' · late · received Fri 13/02/2026 16:59 · statutory due date Fri 13/02/2026 17:00';
    expect(result.stdout).toContain(
      `  ${DIR}/dossiers.csv:2 G1 QT-TRONG-NGAY${late} · finished Mon 23/02/2026 10:00 · late by 2 working hours 30 minutes\n` +
        `  ${DIR}/dossiers.csv:3 G2 QT-TRONG-NGAY${late} · finished Mon 23/02/2026 10:00 · late by 2 working hours 30 minutes\n`,
    );
  });

  it('in the last minute of a day in a dossier export is due as a receipt that day', async () => {
    const result = await runCli([
      'ontime',
      `${DIR}/midnight.csv`,
      '--catalog',
      `${DIR}/catalog`,
      '--as-of',
      '05/12/2026 09:00',
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Finished: 4 (early 0, on time 1, late 3)\n');
    const late = (row: number, id: string, procedure: string, due: string, finished: string) =>
      `  ${DIR}/midnight.csv:${row} ${id} ${procedure} · late · received Mon 02/03/2026 23:59 · statutory due date ${due}` +
      ` · finished ${finished} · late by 1 working hour 30 minutes\n`;
    expect(result.stdout).toContain(
      late(2, 'M1', 'QT-NGAY-LICH', 'Tue 17/03/2026 17:00', 'Wed 18/03/2026 09:00') +
        late(3, 'M2', 'QT-NGAY-LICH', 'Tue 17/03/2026 17:00', 'Wed 18/03/2026 09:00') +
        late(4, 'M3', 'QT-MOT-THANG', 'Thu 02/04/2026 17:00', 'Fri 03/04/2026 09:00'),
    );
  });
});
