import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { ROOT } from '../helpers/cli.js';

// A date, a time, a yes-or-no or a step id quoted with a space or a tab at either end, as a cell pasted from Word or a
// spreadsheet leaves it, and a revision, a time or a yes-or-no with a full stop after it: the value it reads as without
// them, and a next step with a list's separator after it (`" B2;"`): not a schema error.
const FILE = join(ROOT, 'test/model/fixtures/edge-spaces/quoted.yaml');

describe('a date, a time, a yes-or-no or a step id quoted with spaces at its ends', () => {
  it('is read as the value without them, with no error', () => {
    const result = lint([loadFile(FILE, readFileSync(FILE))], { lang: 'en' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const procedure = result.procedures[0]!.procedure;
    expect([procedure.effective, procedure.issued, procedure.cutoff, procedure.history?.[0]?.date]).toEqual([
      '2025-07-01',
      '2025-06-20',
      '15:30',
      '2025-07-01',
    ]);
    expect([procedure.bodies.MC?.single_window, procedure.steps[0]?.draft]).toEqual([true, false]);
    // With the full stop of a sentence after them too.
    expect([procedure.revision, procedure.history?.[0]?.revision, procedure.four_on_the_spot]).toEqual([1, 1, false]);
    expect(procedure.steps.map((step) => [step.id, step.next])).toEqual([
      ['B1', ['B2']],
      ['B2', undefined],
    ]);
  });
});
