import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../src/model/types.js';
import { measuredProcedure } from '../../src/ontime/procedures.js';
import { evaluateCsv } from './helpers.js';

// test/fixtures/ontime-parallel: T-par hands over from receive to appraise (3 working days) and consult (7 calendar
// days) in parallel, both to approve; T-loop goes back from supplement to check. Hours counted by hand on the 2026
// calendar (07:30–11:30, 13:00–17:00), from 02/03/2026 08:00, a Monday.
const DIR = join(import.meta.dirname, '../fixtures/ontime-parallel');
const procedures = readdirSync(join(DIR, 'catalog'))
  .sort()
  .map((name) => measuredProcedure(YAML.load(readFileSync(join(DIR, 'catalog', name), 'utf8')) as Procedure)!);
const steps = (file: string, id: string) =>
  evaluateCsv(readFileSync(join(DIR, file), 'utf8'), '2026-12-05 09:00', procedures).get(id)!.steps;

describe('ontime times each step from its predecessors in the flow', () => {
  it('reads the predecessors, without a loop’s way back', () => {
    expect(procedures.map((p) => p.steps.map((s) => s.after))).toEqual([
      [[], [0], [1], [1]],
      [[], [0], [0], [1, 2], [3]],
    ]);
  });

  it('a parallel branch starts when the step before hands over, not at the other branch’s end', () => {
    expect(steps('thieu-buoc.csv', 'P2')).toEqual([
      // No end for receive: both branches start at the start of counting, 02/03 08:00.
      { step: 'consult', usedMinutes: 38.5 * 60, overrunMinutes: 0 },
      // 7.5 + 32 + 8 + 2.5 h; due Thu 05/03 08:00, 26 office hours before 10/03 10:00.
      { step: 'appraise', usedMinutes: 50 * 60, overrunMinutes: 26 * 60 },
      { step: 'approve', usedMinutes: 150, overrunMinutes: 0 },
    ]);
  });

  it('a step after a decision that can loop back starts at the step before it', () => {
    expect(steps('thieu-buoc.csv', 'L1')).toEqual([
      { step: 'receive', usedMinutes: 120, overrunMinutes: 0 },
      { step: 'check', usedMinutes: 150, overrunMinutes: 0 },
      { step: 'approve', usedMinutes: 120, overrunMinutes: 0 },
    ]);
  });
});
