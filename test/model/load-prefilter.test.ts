import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHaveAliases, mayHaveDirectives } from '../../src/model/load.js';

// The loader's searches that send a file down the `yaml` path, against the patterns they replace.
const text = fc.string({
  unit: fc.constantFrom('&', '*', '%', 'a', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u2029', '\ufeff'),
});

describe('what sends a file to the yaml path', () => {
  it('finds an anchor or alias mark exactly where /[&*][^\\s]/ does', () => {
    fc.assert(
      fc.property(text, (t) => mayHaveAliases(t) === /[&*][^\s]/.test(t)),
      { numRuns: 3000 },
    );
  });

  it('finds a directive line exactly where /^%/m does', () => {
    fc.assert(
      fc.property(text, (t) => mayHaveDirectives(t) === /^%/m.test(t)),
      { numRuns: 3000 },
    );
  });

  it('sees the plain cases', () => {
    expect(mayHaveAliases('a: &x 1')).toBe(true);
    expect(mayHaveAliases('fee: 5 * 2 & more')).toBe(false);
    expect(mayHaveDirectives('# c\r\n%YAML 1.2\n---\n')).toBe(true);
    expect(mayHaveDirectives('rate: 5%\n')).toBe(false);
  });
});
