import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime-verdicts/seconds.csv: S1 received at 14:59:59, counted from 15:00 (its seconds past the minute).
// Before, `-f json` gave `received` 15:00, the counted minute, as if it had been written so, and leaked
// `receivedWritten` as a raw count of minutes since 1970.
const DIR = 'test/fixtures/ontime-verdicts';
const ONTIME = ['ontime', '--catalog', `${DIR}/catalog`, '--as-of', '31/10/2026', '-f', 'json'];

describe('procmap ontime -f json, a receipt written with seconds', () => {
  it('gives the receipt as written, to the second, and the minute counted from in receivedCounted', async () => {
    const run = await runCli([...ONTIME, `${DIR}/seconds.csv`]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const [s1] = JSON.parse(run.stdout).dossiers;
    expect(s1).toMatchObject({ id: 'S1', received: '2026-10-07T14:59:59', receivedCounted: '2026-10-07T15:00' });
    expect(s1).not.toHaveProperty('receivedWritten');
  });

  it('gives the same from the workbook read back', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-ontime-')), 'ontime.xlsx');
    const written = await runCli([...ONTIME.slice(0, -2), `${DIR}/seconds.csv`, '-f', 'xlsx', '-o', out]);
    expect(written.code).toBe(0);
    const again = await runCli([...ONTIME, out]);
    expect([again.code, again.stderr]).toEqual([0, '']);
    const [s1] = JSON.parse(again.stdout).dossiers;
    expect(s1).toMatchObject({ id: 'S1', received: '2026-10-07T14:59:59', receivedCounted: '2026-10-07T15:00' });
  });
});
