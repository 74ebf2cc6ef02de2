import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// The generated validators answer a date of the form 2025-07-01 without compiling the schema's date pattern
// (scripts/compile-schema.mjs): sound only while that pattern admits every such text, whatever its digits.
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/procedure.schema.json'), 'utf8')) as {
  $defs: { date: { pattern: string } };
};
const datePattern = new RegExp(schema.$defs.date.pattern, 'u');

describe('the date pattern and its quick answer', () => {
  it('admits every text of four digits, two and two joined by "-"', () => {
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (y, m, d) => {
        expect(datePattern.test(`${y.join('')}-${m.join('')}-${d.join('')}`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const text of ['0000-00-00', '9999-99-99', '2026-02-31']) expect(datePattern.test(text)).toBe(true);
  });
});
