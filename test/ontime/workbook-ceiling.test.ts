import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, measureCsv } from './helpers.js';

// Three dossiers (HS-1 on two rows, the later replacing the earlier; HS-3 withdrawn), then the same with a fourth: with
// the row set aside, four rows of the workbook's sheet that reads back, then five.
const THREE = readFileSync(join(FIXTURES, 'workbook-ceiling/ba-ho-so.csv'), 'utf8');
const FOUR = readFileSync(join(FIXTURES, 'workbook-ceiling/bon-ho-so.csv'), 'utf8');

describe('the dossiers kept for the workbook, up to keepAtMost', () => {
  it('keeps every dossier at the ceiling, counting a dossier once however many rows it has', async () => {
    const { report } = await measureCsv(THREE, '2026-05-08 09:00', {}, undefined, {
      keepDossiers: true,
      keepAtMost: 4,
    });
    expect(report.pastWorkbook).toBeUndefined();
    // In row order: HS-1 is held once, at its later row (the last).
    expect(report.dossiers?.map((d) => [d.id, d.row])).toEqual([
      ['HS-2', 3],
      ['HS-3', 4],
      ['HS-1', 5],
    ]);
  });

  it('keeps none past it and says so, the other figures still counted', async () => {
    const { report } = await measureCsv(FOUR, '2026-05-08 09:00', {}, undefined, { keepDossiers: true, keepAtMost: 4 });
    expect(report.pastWorkbook).toBe(true);
    expect(report.dossiers).toBeUndefined();
    expect(report.totals.dossiers).toBe(3);
  });
});
