import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../src/model/types.js';
import { measuredProcedure } from '../../src/ontime/procedures.js';
import { FIXTURES, fixtureProcedures, measureCsv } from './helpers.js';

const DIR = join(FIXTURES, 'lien-thong');

describe('a liên thông procedure, settled by several agencies together', () => {
  it('counts each of its dossiers once under each agency, as the site and the statistics split them', async () => {
    const lienThong = measuredProcedure(YAML.load(readFileSync(join(DIR, 'khai-sinh.yaml'), 'utf8')) as Procedure)!;
    const csv = readFileSync(join(DIR, 'ho-so.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00', {}, [...fixtureProcedures(), lienThong]);
    expect(report.badRows.count).toBe(0);
    expect(report.totals).toMatchObject({ dossiers: 4, finished: 4, late: 1 });
    // LT-1 and LT-2 under each of the three agencies; LT-3 under its own procedure's; LT-4 under the body its row names.
    expect(report.byAgency.map((g) => [g.key, g.dossiers, g.late])).toEqual([
      ['Công an phường Kinh Bắc', 3, 1],
      ['UBND phường Kinh Bắc', 3, 1],
      ['Bảo hiểm xã hội cơ sở', 2, 1],
    ]);
  });
});
