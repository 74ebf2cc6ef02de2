import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiTwin } from '../../scripts/ascii-pattern.mjs';
import { ROOT } from '../helpers/cli.js';

/** Every pattern a schema holds: `pattern` values and `patternProperties` keys. */
function patterns(node: unknown): string[] {
  if (node === null || typeof node !== 'object') return [];
  const own = Object.entries(node).flatMap(([key, value]) => [
    ...(key === 'pattern' && typeof value === 'string' ? [value] : []),
    ...(key === 'patternProperties' && value !== null && typeof value === 'object' ? Object.keys(value) : []),
  ]);
  return [...own, ...Object.values(node).flatMap(patterns)];
}

const SCHEMAS = ['procedure', 'config', 'calendar'].map(
  (name) => JSON.parse(readFileSync(join(ROOT, `schemas/${name}.schema.json`), 'utf8')) as unknown,
);
const ALNUM = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
// ASCII text made of the pieces the schemas' patterns look for: ids, separators, arrows, brackets, line breaks.
const PIECES = ['B1', 'receive', 'x', 'Z9', '0', ' ', '  ', '.', '_', '-', ',', ';', '/', '+', '&', ':', '->', '=>'];
const asciiText = fc.oneof(
  fc
    .array(fc.constantFrom(...PIECES, '(', ')', 'Neu hop le', '\n', '\t', '~'), { maxLength: 12 })
    .map((p) => p.join('')),
  fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)), maxLength: 40 }),
  // Mostly letters and digits, every one of them, where the patterns' answers turn.
  fc.string({ unit: fc.constantFrom(...ALNUM, ...' ._-,;:()'), maxLength: 20 }),
);

describe('asciiTwin: a property pattern written for ASCII text', () => {
  const twins = SCHEMAS.flatMap(patterns).flatMap((source) => {
    const twin = asciiTwin(source);
    return twin === undefined ? [] : [{ source, twin }];
  });

  it('rewrites the schemas’ patterns with \\p{L}, \\p{N} and \\p{M}, and only those', () => {
    expect(twins.length).toBeGreaterThanOrEqual(5);
    for (const { twin } of twins) expect(twin).not.toMatch(/\\[pP]\{/);
  });

  it('answers as the pattern does on every ASCII text', () => {
    for (const { source, twin } of twins) {
      const [unicode, ascii] = [new RegExp(source, 'u'), new RegExp(twin, 'u')];
      fc.assert(
        fc.property(asciiText, (text) => ascii.test(text) === unicode.test(text)),
        { numRuns: 300 },
      );
    }
  });

  it('matches what the pattern matches, from ids to lists of branches', () => {
    // The step id's pattern: an id, its heading's colon, or a numbered list's bracket ("a)", "(1)").
    const id = twins.find(
      ({ source }) =>
        source === '^(?:[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} ._-]*[:：)]?|\\([\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} ._-]*\\))$',
    )!;
    expect(
      ['B1', 'receive', 'Buoc 1', 'B1.2_a-b', 'Buoc 1:', 'a)', '(1)'].every((text) =>
        new RegExp(id.twin, 'u').test(text),
      ),
    ).toBe(true);
    expect(['', ' B1', '-B1', 'B1!', '(1', 'B(1)'].some((text) => new RegExp(id.twin, 'u').test(text))).toBe(false);
  });

  it('leaves what it cannot rewrite exactly', () => {
    for (const source of ['^[^\\p{L}]$', '^\\P{L}$', '^\\p{Lu}$', '^\\p{Script=Latin}$', '^abc$'])
      expect(asciiTwin(source), source).toBeUndefined();
    expect(asciiTwin('^\\p{L}[\\p{L}\\p{M} .-]{0,60}$')).toBe('^[A-Za-z][A-Za-z .-]{0,60}$');
    // An escaped backslash before "p{L}" is no property; a bracket escaped is no class.
    expect(asciiTwin('^\\\\\\p{N}\\[\\p{L}$')).toBe('^\\\\[0-9]\\[[A-Za-z]$');
  });
});
