import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { RULES } from '../../src/rules/index.js';
import { propertyRuns } from '../helpers/property-runs.js';
import { procedureArb } from './arbitraries.js';

// lint runs the rules on a file the schema refuses (salvage.ts): whatever the wrong types, however deep or long, no
// rule may throw. Valid procedures with their fields swapped for values of other types, at random places.

const EVERY_RULE = new Map(
  RULES.filter((rule) => rule.id !== 'parse' && rule.id !== 'schema').map((rule) => [
    rule.id,
    { severity: 'warning' as const },
  ]),
);

const deep = fc.integer({ min: 20, max: 120 }).map((depth) => {
  let value: unknown = 'B1';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { next: value };
  return value;
});
const wrong = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom('', 'B1', 'mấy ngày', '5 ngày làm việc', '2026-13-45', 'Lần hai'),
  fc.jsonValue({ maxDepth: 3 }),
  deep,
  fc.integer({ min: 1000, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => `B${i % 7}`)),
);

/** `data` with the value of each entry and item the next of `swaps` marks replaced by that swap's value. */
function withWrongTypes(data: unknown, swaps: readonly [boolean, unknown][]): unknown {
  let k = 0;
  const walk = (value: unknown, depth: number): unknown => {
    if (value === null || typeof value !== 'object' || depth > 3) return value;
    const swap = (item: unknown) => {
      const [yes, replacement] = swaps[k++ % swaps.length]!;
      return yes ? replacement : walk(item, depth + 1);
    };
    if (Array.isArray(value)) return value.map(swap);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, swap(item)]));
  };
  return walk(data, 0);
}

describe('rules on files the schema refuses', () => {
  it('never throw, whatever type a field has', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        procedureArb({ shape: 'any', maxSteps: 8 }),
        fc.array(fc.tuple(fc.boolean(), wrong), { minLength: 1, maxLength: 40 }),
        (procedure, swaps) => {
          const bytes = Buffer.from(stringify(withWrongTypes(procedure, swaps)), 'utf8');
          const result = lint([loadFile('wrong.yaml', bytes)], { lang: 'en', settingsFor: () => EVERY_RULE });
          const crashed = result.diagnostics.filter((d) => /^Rule "[^"]+" failed/.test(d.message));
          expect(crashed).toEqual([]);
        },
      ),
      { numRuns: propertyRuns(60), interruptAfterTimeLimit: 90_000, markInterruptAsFailure: true },
    );
  });
});
