import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFile, mayHaveAliases, mayHaveBareTag, mayHaveDirectives } from '../../src/model/load.js';

// The loader's searches that send a file down the `yaml` path, against the patterns they replace.
const text = fc.string({
  unit: fc.constantFrom(
    '&',
    '*',
    '%',
    '!',
    ':',
    '-',
    ',',
    '[',
    '{',
    'a',
    ' ',
    '\t',
    '\n',
    '\r',
    '\u00a0',
    '\u2028',
    '\u2029',
    '\ufeff',
  ),
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

  it('finds a "!" alone before a value exactly where /(?:^|[-:,[{\\n])[ \\t]*![ \\t]/ does', () => {
    fc.assert(
      fc.property(text, (t) => mayHaveBareTag(t) === /(?:^|[-:,[{\n])[ \t]*![ \t]/.test(t)),
      { numRuns: 3000 },
    );
  });

  it('reads a "!" alone before a plain value whole, as the yaml path does, with a warning', () => {
    const loaded = loadFile('a.yaml', Buffer.from('title: ! Thẩm định\nlegal_basis:\n  - ! Luật 2014\n'));
    expect(loaded.data).toEqual({ title: '! Thẩm định', legal_basis: ['! Luật 2014'] });
    expect(loaded.diagnostics.map((d) => [d.line, d.column, d.severity])).toEqual([
      [1, 8, 'warning'],
      [3, 5, 'warning'],
    ]);
  });

  it('sees the plain cases', () => {
    expect(mayHaveAliases('a: &x 1')).toBe(true);
    expect(mayHaveAliases('fee: 5 * 2 & more')).toBe(false);
    expect(mayHaveDirectives('# c\r\n%YAML 1.2\n---\n')).toBe(true);
    expect(mayHaveDirectives('rate: 5%\n')).toBe(false);
    expect(mayHaveBareTag('name: ! Thẩm định')).toBe(true);
    expect(mayHaveBareTag('  - ! Luật')).toBe(true);
    expect(mayHaveBareTag('description: Lưu ý! Kiểm tra, name: !NEW x')).toBe(false);
  });
});
