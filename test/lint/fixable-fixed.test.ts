import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { fixtureFiles, fullyFixedFixture, lintFixture } from '../helpers/rule-tester.js';

// "N problems can be fixed with --fix" is a promise: a diagnostic that carries a fix is one --fix makes go away.
describe('every diagnostic counted fixable is gone after --fix', () => {
  const cases = RULES.flatMap((rule) => fixtureFiles(rule.id).invalid.map((name) => [rule.id, name] as const));

  it.each(cases)('%s: %s', (id, name) => {
    const fixable = lintFixture(id, name).filter((d) => d.fix !== undefined);
    if (fixable.length === 0) return;
    const left = lintFixture(id, name, 'en', fullyFixedFixture(id, name));
    const same = (a: { rule: string; message: string }) => (b: { rule: string; message: string }) =>
      a.rule === b.rule && a.message === b.message;
    expect(fixable.filter((d) => left.some(same(d))).map((d) => `${d.rule}: ${d.message}`)).toEqual([]);
  });
});
