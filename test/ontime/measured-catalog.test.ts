import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadCatalog } from '../../src/node/catalog-reader.js';
import { measuredCatalog } from '../../src/ontime/procedures.js';
import { FIXTURES } from './helpers.js';

describe('the procedures dossiers are measured against', () => {
  it("keep one lint finds over its limit, and leave out a file that is not a procedure's shape", () => {
    const { sources } = loadCatalog([join(FIXTURES, 'over-limit/catalog')]);
    const { diagnostics, procedures } = lint(sources);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.rule).sort()).toEqual(['schema', 'within-time-limit']);
    expect(measuredCatalog(procedures, errors).map((p) => p.id)).toEqual(['QT-DK-01', 'QT-VH-02']);
  });

  it('leave out a procedure whose file has a parse error, though it was read', () => {
    const { sources } = loadCatalog([join(FIXTURES, 'over-limit/catalog')]);
    const { procedures } = lint(sources, { rules: [] });
    const parse = [{ file: procedures[0]!.file, rule: 'parse' }];
    expect(measuredCatalog(procedures, parse).map((p) => p.id)).toEqual(['QT-VH-02']);
  });
});
