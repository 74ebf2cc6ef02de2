import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, measureCsv } from './helpers.js';

describe('a dossier listed under the national code and under procmap’s id', () => {
  it('is one dossier: rows are matched by the procedure found, not by how the export writes it', async () => {
    const csv = readFileSync(join(FIXTURES, 'code-and-id.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // K-1: 2.000815 and QT-CT-01 are one procedure; K-2: withdrawn under 1.000894, returned under qt-ht-02 (the
    // returned row counts); K-3 names two procedures, so two dossiers.
    expect(report.badRows.listed.map((b) => [b.row, b.reason, b.kept])).toEqual([
      [3, 'repeated', 'ho-so.csv:2'],
      [4, 'superseded', 'ho-so.csv:5'],
    ]);
    expect(report.totals).toMatchObject({ dossiers: 4, finished: 4 });
    expect(report.notSettled).toBe(0);
    expect(report.byProcedure.map((g) => [g.key, g.dossiers])).toEqual([
      ['QT-CT-01', 2],
      ['QT-HT-02', 2],
    ]);
  });
});
