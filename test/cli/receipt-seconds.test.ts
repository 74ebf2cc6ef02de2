import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Seconds past a minute read as the next minute put 15:00:30 after a 15:00 cutoff; they must not move a dossier
// received while the office was open (16:59:30, 11:29:30) to its closing or lunch, and so to the next opening.
const DIR = 'test/fixtures/receipt-seconds';
const SAME_DAY = `${DIR}/catalog/same-day.yaml`;
const CUTOFF = `${DIR}/catalog/cutoff.yaml`;

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
      `  ${DIR}/dossiers.csv:2 G1 QT-TRONG-NGAY${late} · finished Mon 23/02/2026 10:00 · late by 2 working hours 30 min\n` +
        `  ${DIR}/dossiers.csv:3 G2 QT-TRONG-NGAY${late} · finished Mon 23/02/2026 10:00 · late by 2 working hours 30 min\n`,
    );
  });
});
