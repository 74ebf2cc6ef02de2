import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, measureCsv } from './helpers.js';

describe('a `;` or tab separated export with title lines above its header', () => {
  it.each(['title-semicolon.csv', 'title-tab.csv'])(
    'finds the delimiter from the header line of %s, not from its title',
    async (file) => {
      // title-semicolon.csv: "BÁO CÁO" and a blank line above a `;` header; title-tab.csv: a title with a comma in it.
      const { outcome, report } = await measureCsv(readFileSync(join(FIXTURES, file), 'utf8'), '2026-03-31 17:00');
      expect(outcome.missing).toEqual([]);
      // Received Mon 05/01 09:15 against one working day, returned that afternoon.
      expect(report.totals).toMatchObject({ dossiers: 1, early: 1 });
      expect(report.rows).toBe(1);
      expect(report.badRows.count).toBe(0);
    },
  );
});
