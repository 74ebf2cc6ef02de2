import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/procedure.schema.json' with { type: 'json' };
import { validate } from '../../src/model/generated/validate-procedure.js';
import { ROOT } from '../helpers/cli.js';

/** Every .yaml file under a folder. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

// The generated validator is compiled without Ajv2020's tracking of evaluated properties, so that anyOf stops at the
// first alternative that passes (scripts/compile-schema.mjs). Ajv2020 as it comes runs every alternative: the two
// must agree on every verdict and every error.
describe('the generated procedure validator', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas/calendar.schema.json'), 'utf8')) as object);
  const reference = ajv.compile(schema);
  const data = [...yamlFiles(join(ROOT, 'procedures')), ...yamlFiles(join(ROOT, 'test'))].flatMap((file) => {
    try {
      const read = load(readFileSync(file, 'utf8'));
      return read !== null && typeof read === 'object' && !Array.isArray(read) ? [read as Record<string, unknown>] : [];
    } catch {
      return [];
    }
  });
  // Each way of writing `next`, the union anyOf stops early on, good and bad, on a step of each procedure.
  const nexts: unknown[] = [
    'B2',
    ['B2', 'B3'],
    [],
    { 'Hợp lệ': 'B2' },
    'B2, B3',
    'Nếu hợp lệ: B2; không hợp lệ: B5',
    ['B2 (nếu hợp lệ)', 'B5 (nếu không hợp lệ)'],
    ['B2', 'B3 (nếu hợp lệ)'],
    'B2 (',
    { 'Hợp lệ': 'B2!' },
    [1, 'B2'],
    7,
    null,
  ];
  const variants = data.flatMap((procedure) =>
    Array.isArray(procedure.steps) && procedure.steps.length > 0
      ? nexts.map((next) => ({ ...procedure, steps: [{ ...(procedure.steps as object[])[0], next }] }))
      : [],
  );

  it('gives the verdict and the errors of Ajv2020 on every procedure and fixture, and on each form of next', () => {
    expect(data.length).toBeGreaterThan(100);
    let refused = 0;
    for (const one of [...data, ...variants]) {
      const verdict = validate(one);
      const errors = validate.errors ?? null;
      const wanted = reference(one);
      // A plain deep comparison first: vitest's own, thirty thousand times, was most of this test's time. Where the
      // two differ in any way, vitest's assertions decide and say how.
      if (verdict !== wanted || !isDeepStrictEqual(errors, reference.errors ?? null)) {
        expect(verdict).toBe(wanted);
        expect(errors).toEqual(reference.errors ?? null);
      }
      if (!verdict) refused++;
    }
    // Both sides of the union were tried: refused files, whose errors are compared, and accepted ones.
    expect(refused).toBeGreaterThan(variants.length / 3);
    expect(refused).toBeLessThan(data.length + variants.length);
  });
});
