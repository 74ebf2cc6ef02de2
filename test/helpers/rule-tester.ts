import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n.js';
import { applyFixes, fixText } from '../../src/lint/fix.js';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import type { Diagnostic } from '../../src/model/types.js';
import { RULES, RULES_BY_ID } from '../../src/rules/index.js';
import { ROOT } from './cli.js';

/** Where the per-rule fixtures live, relative to the repository root. */
export const FIXTURES = 'test/rules/fixtures';

/** A diagnostic an invalid fixture must produce; `vi` is the same message in Vietnamese, checked when given. */
export interface ExpectedDiagnostic {
  line: number;
  column: number;
  message: string;
  vi?: string;
  endLine?: number;
  endColumn?: number;
  /** Where a rule reports a check left undone below its own severity (a warning of an error rule). */
  severity?: Diagnostic['severity'];
}

/** The fixture files of a rule, by kind. */
export function fixtureFiles(id: string): { valid: string[]; invalid: string[] } {
  let names: string[] = [];
  try {
    names = readdirSync(join(ROOT, FIXTURES, id)).sort();
  } catch {
    // No folder: no fixtures, which the meta test reports.
  }
  return {
    valid: names.filter((n) => /^valid-.*\.ya?ml$/.test(n)),
    invalid: names.filter((n) => /^invalid-.*\.ya?ml$/.test(n)),
  };
}

function load(id: string, name: string, text?: string) {
  const file = `${FIXTURES}/${id}/${name}`;
  return loadFile(file, text === undefined ? readFileSync(join(ROOT, file)) : Buffer.from(text));
}

/**
 * Lints one fixture of a rule the way RuleTester does: only that rule runs (with parse and schema, which always do;
 * every rule for rules the linter itself reports, like unused-disable), switched on even when it is outside the
 * `recommended` preset, with the rule's valid fixtures first in the catalog so catalog rules have something to compare.
 */
export function lintFixture(id: string, name: string, lang: Lang = 'en', text?: string): Diagnostic[] {
  const rule = RULES_BY_ID.get(id)!;
  const own = rule.check || rule.checkCatalog;
  const valid = fixtureFiles(id).valid.filter((n) => n !== name);
  const sources = [...valid.map((n) => load(id, n)), load(id, name, text)];
  const enabled = new Map([[id, { severity: rule.severity }]]);
  const result = lint(sources, { lang, rules: own ? [rule] : RULES, settingsFor: () => enabled });
  return result.diagnostics.filter((d) => d.file === sources[sources.length - 1]!.file);
}

/** A fixture's text with every fix its rule offers applied once, as `procmap lint --fix` writes it. */
export function fixedFixture(id: string, name: string): string {
  const fixes = lintFixture(id, name).flatMap((d) => (d.fix ? [d.fix] : []));
  return applyFixes(readFileSync(join(ROOT, FIXTURES, id, name), 'utf8'), fixes);
}

/** A fixture's text as `procmap lint --fix` leaves it, its rule's fixes applied pass after pass. */
export function fullyFixedFixture(id: string, name: string): string {
  const fixes = (text?: string) => lintFixture(id, name, 'en', text).flatMap((d) => (d.fix ? [d.fix] : []));
  return fixText(fixtureText(id, name), fixes(), fixes).text;
}

/** A fixture's text as it is. */
export function fixtureText(id: string, name: string): string {
  return readFileSync(join(ROOT, FIXTURES, id, name), 'utf8');
}

/**
 * The tests of one rule from its fixtures: every valid fixture lints clean under every rule, and every invalid
 * fixture gives exactly the expected diagnostics (rule id, message, line and column). A fixture without
 * expectations, or expectations without a fixture, fail too, so no fixture goes unchecked.
 */
export function testRule(id: string, invalid: Record<string, ExpectedDiagnostic[]>): void {
  describe(`rule ${id}`, () => {
    const files = fixtureFiles(id);

    it('has valid and invalid fixtures, each with expectations', () => {
      expect(RULES_BY_ID.has(id)).toBe(true);
      expect(files.valid.length).toBeGreaterThan(0);
      expect(files.invalid).toEqual(Object.keys(invalid).sort());
    });

    it('reports nothing on the valid fixtures, under any rule', () => {
      const rule = RULES_BY_ID.get(id)!;
      const enabled = new Map([[id, { severity: rule.severity }]]);
      const result = lint(
        files.valid.map((n) => load(id, n)),
        { settingsFor: () => enabled },
      );
      expect(result.diagnostics).toEqual([]);
    });

    for (const [name, expected] of Object.entries(invalid)) {
      it(`reports ${name}`, () => {
        const actual = lintFixture(id, name);
        const severity = RULES_BY_ID.get(id)!.severity;
        expect(actual.map((d) => ({ rule: d.rule, line: d.line, column: d.column, message: d.message }))).toEqual(
          expected.map((e) => ({ rule: id, line: e.line, column: e.column, message: e.message })),
        );
        expected.forEach((e, i) => {
          if (e.endLine !== undefined) expect(actual[i]!.endLine).toBe(e.endLine);
          if (e.endColumn !== undefined) expect(actual[i]!.endColumn).toBe(e.endColumn);
        });
        if (id !== 'parse' && id !== 'schema')
          expect(actual.map((d) => d.severity)).toEqual(expected.map((e) => e.severity ?? severity));
        if (expected.some((e) => e.vi !== undefined)) {
          const vi = lintFixture(id, name, 'vi');
          expected.forEach((e, i) => {
            if (e.vi !== undefined) expect(vi[i]!.message).toBe(e.vi);
          });
        }
      });
    }
  });
}
