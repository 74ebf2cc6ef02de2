import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/model/limits.js';
import { sizeProblems } from '../../src/model/size-limits.js';
import type { Procedure } from '../../src/model/types.js';

const long = 'x'.repeat(LIMITS.maxTextLength + 1);

describe('sizeProblems', () => {
  it('places every text that is too long by its own path, however deep', () => {
    const procedure = {
      id: 'QT-1',
      purpose: long,
      steps: [
        { id: 'a', name: 'A', body: 'B', duration: '1h' },
        { id: 'b', name: 'B', body: 'B', duration: '1h', description: long },
      ],
      dossier: [{ name: 'Tờ khai', form: long }],
    } as unknown as Procedure;
    expect(sizeProblems(procedure).map((problem) => problem.path)).toEqual([
      ['purpose'],
      ['steps', 1, 'description'],
      ['dossier', 0, 'form'],
    ]);
  });

  it('stops at ten', () => {
    const steps = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, name: long, body: 'B', duration: '1h' }));
    const found = sizeProblems({ id: 'QT-1', steps } as unknown as Procedure);
    expect(found).toHaveLength(10);
    expect(found[9]!.path).toEqual(['steps', 9, 'name']);
  });
});
