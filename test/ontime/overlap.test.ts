import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OntimeAggregator } from '../../src/ontime/aggregate.js';
import { DossierEvaluator } from '../../src/ontime/evaluate.js';
import { measureTable } from '../../src/ontime/measure.js';
import { ontimeText } from '../../src/format/ontime-text.js';
import { ProcedureIndex } from '../../src/ontime/procedures.js';
import { createCalendar } from '../../src/time/calendar.js';
import { at, csvBatches, fixtureProcedures, FIXTURES } from './helpers.js';

// Two exports of one quarter taken a week apart: the first lists in progress, the second returned.
const read = (name: string) => readFileSync(join(FIXTURES, 'overlap', name), 'utf8');

async function measureFiles(names: string[]) {
  const calendar = createCalendar();
  const asOf = at('2026-06-30 17:00');
  const evaluator = new DossierEvaluator(calendar, new ProcedureIndex(fixtureProcedures()), asOf);
  const aggregator = new OntimeAggregator({ asOf, hoursPerDay: calendar.hoursPerDay });
  for (const name of names) await measureTable(name, csvBatches(read(name)), {}, evaluator, aggregator);
  return aggregator.report();
}

describe('overlapping exports', () => {
  it('counts the row with a result, whatever the order of the files, and the later of two returns', async () => {
    for (const order of [
      ['q1.csv', 'q2.csv'],
      ['q2.csv', 'q1.csv'],
    ]) {
      const report = await measureFiles(order);
      expect(report.totals, order.join(' ')).toMatchObject({ dossiers: 3, early: 2, late: 1, open_overdue: 0 });
      expect(report.listed.map((d) => [d.id, d.file, d.status])).toEqual([['Q-2', 'q2.csv', 'late']]);
      const bad = report.badRows.listed.map(({ file, row, reason, kept }) => `${file}:${row} ${reason} ${kept}`);
      expect(bad.sort()).toEqual([
        'q1.csv:2 superseded q2.csv:2',
        'q1.csv:3 superseded q2.csv:3',
        'q1.csv:4 repeated-conflict q2.csv:4',
      ]);
    }
  });

  it('says the rows set aside only repeat a dossier counted once, not that they could not be measured', async () => {
    const report = await measureFiles(['q1.csv', 'q2.csv']);
    const text = ontimeText(report, { color: false, lang: 'vi' });
    expect(text).toContain('Dòng không đo được: 3 (trong đó dòng lặp lại của hồ sơ đã tính một lần: 3)\n');
  });
});
