import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, type FilePass, type LintOptions, type RuleSetting } from '../../src/lint/linter.js';
import { cacheName, cacheablePasses, lintWithCache, parsePassCache, passCacheText } from '../../src/lint/pass-cache.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { RULES } from '../../src/rules/index.js';
import { yamlFiles } from '../helpers/yaml-files.js';

// A build lints again only the files whose bytes changed: against a full lint of every rule's fixtures (duplicate
// ids across files, parse errors, schema errors, suppression comments), the cached run must give the same result.
const FIXTURES = join(import.meta.dirname, '..', 'rules', 'fixtures');

const files = yamlFiles(FIXTURES).map((path, k) => {
  const text = readFileSync(path, 'utf8');
  // Every fifth file carries a suppression comment: such files are never cached.
  return { file: path, bytes: Buffer.from(k % 5 === 0 ? `# procmap-disable nfc\n${text}` : text) };
});
const hashes = new Map(files.map(({ file, bytes }) => [file, createHash('sha256').update(bytes).digest('hex')]));
// About half the rules made errors, by id, so that a rule added to RULES changes nothing here; the others run as
// the `recommended` preset has them.
const ERRORS = [
  'parse',
  'unique-id',
  'known-body',
  'reachable',
  'unused-body',
  'same-day-cutoff',
  'step-duration-positive',
  'ambiguous-hours',
  'original-or-copy',
  'four-on-the-spot',
  'invisible-characters',
  'bulleted-list',
  'full-width-characters',
  'canonical-level',
  'canonical-clock',
  'canonical-body',
  'canonical-revision',
  'canonical-next',
  'canonical-signoff',
  'canonical-document-list',
  'abolished-level',
  'unused-disable',
];
const settings = new Map<string, RuleSetting>(ERRORS.map((id) => [id, { severity: 'error' }]));
const options: LintOptions = { settingsFor: () => settings, lang: 'vi', errorsOnly: true };
const KEY = 'k'.repeat(8);
// The run with an empty cache, made once: the tests that need one read the same result (it depends on nothing else).
let emptyCacheRun: ReturnType<typeof lintWithCache> | undefined;
const withEmptyCache = () => (emptyCacheRun ??= lintWithCache(files, new Map(), hashes, options));

describe('lint with the pass cache', () => {
  const full = lint(
    files.map(({ file, bytes }) => loadFile(file, bytes)),
    options,
  );
  const first = withEmptyCache();
  const cache = parsePassCache(passCacheText(KEY, first.cacheable), KEY);
  const second = lintWithCache(files, cache, hashes, options);

  it('turns on rules that exist', () => {
    expect(ERRORS.filter((id) => !RULES.some((rule) => rule.id === id))).toEqual([]);
  });

  it('gives what a full lint gives, with an empty cache and from the cache', () => {
    expect(full.diagnostics.filter((d) => d.rule === 'unique-id').length).toBeGreaterThan(0);
    for (const run of [first, second]) {
      expect(run.result.diagnostics).toEqual(full.diagnostics);
      expect(JSON.stringify(run.result.procedures.map((e) => [e.file, e.procedure]))).toBe(
        JSON.stringify(full.procedures.map((e) => [e.file, e.procedure])),
      );
    }
  });

  it('keeps only clean files without suppression comments, and all of them again from the cache', () => {
    // A duplicate id is the catalog rule's finding, made afresh in every run: the file itself is clean.
    const perFile = full.diagnostics.filter((d) => d.rule !== 'unique-id').map((d) => d.file);
    const suppressed = files.filter(({ bytes }) => bytes.toString().includes('procmap-disable'));
    const noisy = new Set([...perFile, ...suppressed.map((f) => f.file)]);
    expect([...noisy].filter((file) => cache.has(cacheName(file)))).toEqual([]);
    // Every other file is kept: how many there are follows the rule fixtures, not a share of them.
    const clean = files.filter(({ file }) => !noisy.has(file));
    expect(clean.length).toBeGreaterThan(0);
    expect(clean.filter(({ file }) => !cache.has(cacheName(file))).map(({ file }) => file)).toEqual([]);
    expect([...second.cacheable.keys()]).toEqual([...first.cacheable.keys()]);
  });

  it('reads a cached procedure back into data objects, as the loader makes them', () => {
    const procedure = cache.values().next().value!.procedure as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(Object.getPrototypeOf(procedure))).toBe(null);
    expect(procedure.constructor).toBeUndefined();
  });

  it('places a catalog rule diagnostic in a cached file by reading it then', () => {
    const duplicate = second.result.diagnostics.filter((d) => d.rule === 'unique-id');
    expect(duplicate.some((d) => cache.has(cacheName(d.file)))).toBe(true);
  });
});

describe('what the pass cache keeps and reads', () => {
  const pass = (procedure: unknown): FilePass => ({
    diagnostics: [],
    procedures: [
      { file: 'a.yaml', procedure: procedure as Procedure, source: loadFile('a.yaml', Buffer.from('id: a\n')) },
    ],
    collected: {},
    directives: [],
  });
  const hash = new Map([['a.yaml', 'a'.repeat(64)]]);

  it('never keeps a procedure JSON would change', () => {
    for (const odd of [
      { id: 'a', fee: undefined },
      { id: 'a', n: Number.NaN },
      { id: 'a', n: -0 },
      { id: 'a', d: new Date(0) },
    ])
      expect(cacheablePasses(pass(odd), hash).size, JSON.stringify(odd)).toBe(0);
    expect(cacheablePasses(pass({ id: 'a', n: 1 }), hash).size).toBe(1);
  });

  it('names files by a hash of their path, never by the path: the site folder gets published', () => {
    const { cacheable } = withEmptyCache();
    const text = passCacheText(KEY, cacheable);
    const [file] = [...cacheable.keys()];
    expect(text).not.toContain(file);
    expect(text).not.toContain('fixtures');
    expect(parsePassCache(text, KEY).has(cacheName(file!))).toBe(true);
  });

  it('reads nothing from a cache of another key, or with any part procmap does not write', () => {
    const good = parsePassCache(passCacheText(KEY, new Map()), KEY);
    expect(good.size).toBe(0);
    const [file, entry] = [...parsePassCache(passCacheText(KEY, withEmptyCache().cacheable), KEY)][0]!;
    const text = (value: object) => JSON.stringify({ version: 1, key: KEY, files: { [file]: { ...entry, ...value } } });
    expect(parsePassCache(text({}), KEY).size).toBe(1);
    expect(parsePassCache(text({}), 'other').size).toBe(0);
    expect(parsePassCache(text({ hash: '../x' }), KEY).size).toBe(0);
    expect(parsePassCache(text({ procedure: { ...entry.procedure, steps: 'x' } }), KEY).size).toBe(0);
    expect(parsePassCache(text({ facts: [] }), KEY).size).toBe(0);
    // Within the schema but beyond what procmap draws: 21 branches out of one step.
    const steps = (entry.procedure as unknown as { steps: object[] }).steps;
    const branches = Object.fromEntries(Array.from({ length: 21 }, (_, k) => [`b${k}`, 'missing']));
    const wide = { ...entry.procedure, steps: [{ ...steps[0], next: branches }, ...steps.slice(1)] };
    expect(parsePassCache(text({ procedure: wide }), KEY).size).toBe(0);
    // A choice ("B2 hoặc B3") is read as procmap writes it, and nothing else in its place.
    const choice = (next: unknown) => ({ ...entry.procedure, steps: [{ ...steps[0], next }, ...steps.slice(1)] });
    const ids = steps.map((step) => (step as { id: string }).id);
    expect(parsePassCache(text({ procedure: choice({ oneOf: ids.slice(0, 2) }) }), KEY).size).toBe(1);
    for (const odd of [{ oneOf: [{}] }, { oneOf: ids.slice(0, 2), other: ids[0] }])
      expect(parsePassCache(text({ procedure: choice(odd) }), KEY).size, JSON.stringify(odd)).toBe(0);
    expect(parsePassCache('{"version":1,', KEY).size).toBe(0);
    const named = JSON.stringify({ version: 1, key: KEY, files: { 'procedures/a.yaml': entry } });
    expect(parsePassCache(named, KEY).size).toBe(0);
  });
});

describe('a clean file whose next is a choice ("B2 hoặc B3"), in a build', () => {
  const dir = join(import.meta.dirname, 'fixtures', 'pass-cache');
  const read = ['choice.yaml', 'straight.yaml'].map((name) => ({
    file: join(dir, name),
    bytes: readFileSync(join(dir, name)),
  }));
  const sums = new Map(read.map(({ file, bytes }) => [file, createHash('sha256').update(bytes).digest('hex')]));
  // As `build` lints: the configured rules (here the default ones), errors only.
  const built: LintOptions = { lang: 'vi', errorsOnly: true };

  it('is kept and read back with the other files: it does not throw the whole cache away', () => {
    const first = lintWithCache(read, new Map(), sums, built);
    expect(first.result.diagnostics).toEqual([]);
    const cache = parsePassCache(passCacheText(KEY, first.cacheable), KEY);
    expect(read.filter(({ file }) => !cache.has(cacheName(file))).map(({ file }) => file)).toEqual([]);
    const choice = cache.get(cacheName(read[0]!.file))!.procedure;
    expect(JSON.stringify(choice.steps[0]!.next)).toBe('{"oneOf":["B2","B3"]}');
    const second = lintWithCache(read, cache, sums, built);
    expect(JSON.stringify(second.result.procedures.map((e) => [e.file, e.procedure]))).toBe(
      JSON.stringify(first.result.procedures.map((e) => [e.file, e.procedure])),
    );
  });
});
