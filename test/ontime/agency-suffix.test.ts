import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, measureCsv } from './helpers.js';

describe('a national code carrying the agency’s suffix', () => {
  it('finds the procedure by the national code part: 2.000815.000.00.00.H04 is 2.000815', async () => {
    const csv = readFileSync(join(FIXTURES, 'agency-suffix.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    expect(report.byProcedure.map((g) => [g.key, g.dossiers])).toEqual([
      ['QT-CT-01', 2],
      ['QT-HT-02', 1],
    ]);
    // A code whose national part is in no procedure is still unknown, named as written.
    expect(report.badRows.listed).toEqual([
      { file: 'ho-so.csv', row: 5, reason: 'unknown-procedure', value: '9.999999.000.00.00.H04' },
    ]);
  });
});
