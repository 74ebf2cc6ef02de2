import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/lint/fix.js';
import type { Diagnostic } from '../../src/model/types.js';
import { RULES } from '../../src/rules/index.js';
import { fixtureFiles, fixtureText, lintFixture } from '../helpers/rule-tester.js';

// "N problems can be fixed with --fix" is a promise: a diagnostic that carries a fix is one --fix makes go away.
describe('every diagnostic counted fixable is gone after --fix', () => {
  const cases = RULES.flatMap((rule) => fixtureFiles(rule.id).invalid.map((name) => [rule.id, name] as const));

  it.each(cases)('%s: %s', (id, name) => {
    // Each text is linted once, fixes as fullyFixedFixture makes them: the fixture and the fixed text were each
    // linted twice, once by the fix passes and once by this test.
    const linted = new Map<string | undefined, Diagnostic[]>();
    const lintText = (text?: string) => {
      const known = linted.get(text);
      if (known) return known;
      const diagnostics = lintFixture(id, name, 'en', text);
      linted.set(text, diagnostics);
      return diagnostics;
    };
    const fixes = (text?: string) => lintText(text).flatMap((d) => (d.fix ? [d.fix] : []));
    const fixable = lintText().filter((d) => d.fix !== undefined);
    if (fixable.length === 0) return;
    const left = lintText(fixText(fixtureText(id, name), fixes(), fixes).text);
    const same = (a: { rule: string; message: string }) => (b: { rule: string; message: string }) =>
      a.rule === b.rule && a.message === b.message;
    expect(fixable.filter((d) => left.some(same(d))).map((d) => `${d.rule}: ${d.message}`)).toEqual([]);
  });
});
