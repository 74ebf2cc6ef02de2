import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = join(import.meta.dirname, '../fixtures/ontime/split-hour');

describe('an export that gives the day and the hour of a moment in two columns', () => {
  // QT-4H: 4 working hours, office 07:30–11:30 and 13:00–17:00. H1 08:00 → due 13:30, result 12:00: on time. H2 10:00
  // → due 15:30 (1 h 30 in the morning, 2 h 30 after lunch), result 16:30: 1 working hour late — read by its day
  // alone it would count from Monday's close and be on time. H3 "9h" → due 14:30, result "14 giờ 30": on time. H4 has
  // no hour: read by its day, as before.
  it.each(['ho-so.csv', 'ho-so.xlsx'])(
    'reads "Giờ tiếp nhận" with "Ngày tiếp nhận" as one moment (%s)',
    async (name) => {
      const result = await runCli([
        'ontime',
        join(DIR, name),
        '--catalog',
        join(DIR, 'catalog'),
        '--as-of',
        '31/03/2026',
        '--format',
        'json',
      ]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      const report = JSON.parse(result.stdout) as {
        totals: Record<string, number>;
        date_only_receipts: number;
        dossiers: { id: string; status: string; received: string; due: string }[];
      };
      expect(report.totals).toMatchObject({ dossiers: 4, on_time: 3, late: 1, early: 0 });
      expect(report.date_only_receipts).toBe(1);
      expect(report.dossiers.map((d) => [d.id, d.status, d.received, d.due])).toEqual([
        ['H2', 'late', '2026-03-02T10:00', '2026-03-02T15:30'],
      ]);
    },
  );
});
