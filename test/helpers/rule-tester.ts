import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n.js';
import { applyFixes, fixText } from '../../src/lint/fix.js';
import { finishLint, lint, lintEachFile, type FilePass } from '../../src/lint/linter.js';
import { loadFile, type LoadedFile } from '../../src/model/load.js';
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

/** The fixture files of each rule, listed once per worker: lintFixture asks for them on every lint. */
const listed = new Map<string, { valid: string[]; invalid: string[] }>();

/** The fixture files of a rule, by kind. */
export function fixtureFiles(id: string): { valid: string[]; invalid: string[] } {
  const known = listed.get(id);
  if (known !== undefined) return { valid: [...known.valid], invalid: [...known.invalid] };
  let names: string[] = [];
  try {
    names = readdirSync(join(ROOT, FIXTURES, id)).sort();
  } catch {
    // No folder: no fixtures, which the meta test reports.
  }
  const files = {
    valid: names.filter((n) => /^valid-.*\.ya?ml$/.test(n)),
    invalid: names.filter((n) => /^invalid-.*\.ya?ml$/.test(n)),
  };
  listed.set(id, files);
  return { valid: [...files.valid], invalid: [...files.invalid] };
}

/**
 * Fixtures as loaded, by path: every lint of a rule's fixture also loads the rule's valid fixtures, and the same
 * fixture is linted by its rule test (twice with a Vietnamese message), by fixable-fixed and by the fix helpers. In
 * the unit project a worker keeps its modules across files, so each fixture is read and parsed once per worker.
 */
const loaded = new Map<string, LoadedFile>();

/** Freezes what loading made, so that a lint that changes a cached file throws (the files are strict mode modules). */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  // Functions (locate) are left as they are: freezing one would freeze its prototype, which a class shares.
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  return Object.freeze(value);
}

function load(id: string, name: string, text?: string): LoadedFile {
  const file = `${FIXTURES}/${id}/${name}`;
  if (text !== undefined) return loadFile(file, Buffer.from(text));
  let known = loaded.get(file);
  if (known === undefined) {
    known = deepFreeze(loadFile(file, readFileSync(join(ROOT, file))));
    loaded.set(file, known);
  }
  return known;
}

/**
 * The per-file pass over a rule's valid fixtures (all but `name`), by rule, language and fixture left out: it is the
 * same for every lint of the rule's fixtures, and was most of each one's time. Frozen, so that a lint that changed
 * it would throw rather than pass something else to the next test.
 */
const validPasses = new Map<string, FilePass>();

/**
 * A fixture's diagnostics as it is on disk, by rule, fixture and language: its rule test, fixable-fixed and the fix
 * helpers each lint it. Frozen, so that no test can change what another is given.
 */
const lints = new Map<string, Diagnostic[]>();

/**
 * Lints one fixture of a rule the way RuleTester does: only that rule runs (with parse and schema, which always do;
 * every rule for rules the linter itself reports, like unused-disable), switched on even when it is outside the
 * `recommended` preset, with the rule's valid fixtures first in the catalog so catalog rules have something to compare.
 * As `procmap lint` does with worker threads: the valid fixtures' pass and the fixture's are merged by finishLint.
 */
export function lintFixture(id: string, name: string, lang: Lang = 'en', text?: string): Diagnostic[] {
  const rule = RULES_BY_ID.get(id)!;
  const own = rule.check || rule.checkCatalog;
  const enabled = new Map([[id, { severity: rule.severity }]]);
  const options = { lang, rules: own ? [rule] : RULES, settingsFor: () => enabled };
  const linted = text === undefined ? `${id}/${name}\0${lang}` : undefined;
  const known = linted === undefined ? undefined : lints.get(linted);
  if (known !== undefined) return known;
  const valid = fixtureFiles(id).valid;
  const key = `${id}\0${lang}\0${valid.includes(name) ? name : ''}`;
  let validPass = validPasses.get(key);
  if (validPass === undefined) {
    const sources = valid.filter((n) => n !== name).map((n) => load(id, n));
    validPass = deepFreeze(lintEachFile(sources, options));
    validPasses.set(key, validPass);
  }
  const source = load(id, name, text);
  const result = finishLint([validPass, lintEachFile([source], options)], options);
  const diagnostics = result.diagnostics.filter((d) => d.file === source.file);
  if (linted !== undefined) lints.set(linted, deepFreeze(diagnostics));
  return diagnostics;
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
