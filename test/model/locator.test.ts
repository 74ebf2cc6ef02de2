import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { LINT_FORMATTERS } from '../../src/format/index.js';
import { lint } from '../../src/lint/linter.js';
import { loadFile, useYamlLocator, type LoadedFile } from '../../src/model/load.js';
import { locatePlaced, placeFile, topLevelEntries } from '../../src/model/locator.js';
import { LineIndex } from '../../src/model/source.js';
import type { NodePath, SourceRange } from '../../src/model/types.js';
import { parseDay } from '../../src/time/moment.js';
import { yamlFiles } from '../helpers/yaml-files.js';

// The js-yaml locator against `yaml`'s Document, the authority: on every path of every YAML file the project has,
// it gives the same range or defers the whole file to `yaml`; lint reports are byte-identical both ways.

const ROOT = join(import.meta.dirname, '..', '..');

const generated = mkdtempSync(join(tmpdir(), 'procmap-locator-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));
afterEach(() => useYamlLocator(false));

let catalog: Promise<string[]> | undefined;

/** A generated catalog with a third of its files broken, made once for the tests that read it. */
function generatedCatalog(): Promise<string[]> {
  catalog ??= (async () => {
    // bench/generate.js is plain JavaScript outside the type-checked sources.
    const generator = join(ROOT, 'bench', 'generate.js');
    const { generateCatalog } = (await import(generator)) as {
      generateCatalog: (count: number, dir: string, options: { brokenRate: number }) => unknown;
    };
    // 120 files hold every shape the generator makes (decisions, loops, channels, broken syntax) many times over.
    generateCatalog(120, generated, { brokenRate: 0.3 });
    return yamlFiles(generated);
  })();
  return catalog;
}

/** Every path in the data, plus a missing key and a missing index below each map and list. */
function paths(value: unknown, at: NodePath = [], out: NodePath[] = []): NodePath[] {
  // One list filled depth first: spreading each level's list into its parent's copied every path once per level.
  out.push(at);
  if (Array.isArray(value)) {
    value.forEach((item, i) => paths(item, [...at, i], out));
    out.push([...at, value.length], [...at, 'missing']);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths(item, [...at, key], out);
    out.push([...at, 'missing'], [...at, 0]);
  } else {
    out.push([...at, 'below']);
  }
  return out;
}

/** Whether two places are the same, field by field (JSON text of both, for each of 160,000 answers, cost more). */
function samePlace(a: SourceRange, b: SourceRange): boolean {
  return (
    a.line === b.line &&
    a.column === b.column &&
    a.endLine === b.endLine &&
    a.endColumn === b.endColumn &&
    Object.keys(a).length === 4 &&
    Object.keys(b).length === 4
  );
}

function slowLoad(file: string, bytes: Uint8Array): LoadedFile {
  useYamlLocator(true);
  try {
    return loadFile(file, bytes);
  } finally {
    useYamlLocator(false);
  }
}

const loads = new Map<string, { slow: LoadedFile; fast: LoadedFile }>();

/**
 * A file read once and loaded both ways (named as lint reports it), for every test here that reads it: the lint
 * reports below see the very files compared path by path above. The locator's choice is made when a file loads.
 */
function loaded(file: string): { slow: LoadedFile; fast: LoadedFile } {
  let both = loads.get(file);
  if (both === undefined) {
    const bytes = readFileSync(file);
    const name = relative(ROOT, file);
    // The fast one is the loader as lint uses it: one top-level entry placed alone where it can, the whole file else.
    both = { slow: slowLoad(name, bytes), fast: loadFile(name, bytes) };
    loads.set(file, both);
  }
  return both;
}

/** Compares the two locators on one file: whether yaml parsed it and the fast one placed it, and the mismatches. */
function compare(file: string): { parsed: boolean; placed: boolean; paths: number; mismatches: string[] } {
  const { slow, fast } = loaded(file);
  if (slow.data === undefined) return { parsed: false, placed: false, paths: 0, mismatches: [] };
  const text = slow.text;
  const placed = placeFile(text);
  const lines = new LineIndex(text);
  const mismatches: string[] = [];
  let count = 0;
  for (const path of paths(slow.data)) {
    for (const target of ['value', 'key'] as const) {
      count++;
      const want = slow.locate(path, target);
      const got = [fast.locate(path, target), ...(placed ? [locatePlaced(placed, lines, path, target)] : [])];
      for (const range of got.filter((one) => !samePlace(one, want)))
        mismatches.push(
          `${relative(ROOT, file)} ${JSON.stringify(path)} ${target}: ${JSON.stringify(range)} ≠ ${JSON.stringify(want)}`,
        );
    }
  }
  return { parsed: true, placed: placed !== undefined, paths: count, mismatches };
}

/**
 * The lint reports of the files with the fast locator, while every place lint asks for is also asked of `yaml` and
 * each answer that differs is kept. A file lint sees is its data, text, problems and these answers: when they are
 * the same both ways, so is every report (linting twice, to compare the reports, was most of this file's time).
 */
function report(files: string[]): { reports: string; differences: string[] } {
  const differences: string[] = [];
  const sources = files.map((file): LoadedFile => {
    const { slow, fast } = loaded(file);
    const { locate: _fastLocate, ...fastRest } = fast;
    const { locate: _slowLocate, ...slowRest } = slow;
    if (!isDeepStrictEqual(fastRest, slowRest)) differences.push(`${fast.file}: loaded differently`);
    return {
      ...fast,
      locate: (path, target) => {
        const got = fast.locate(path, target);
        const want = slow.locate(path, target);
        if (!isDeepStrictEqual(got, want))
          differences.push(
            `${fast.file} ${JSON.stringify(path)} ${target}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`,
          );
        return got;
      },
    };
  });
  const result = lint(sources, { lang: 'en', today: parseDay('2026-03-01')!, keep: false });
  const report = { diagnostics: result.diagnostics, files: files.length };
  const reports = ['json', 'stylish', 'sarif']
    .map((name) => LINT_FORMATTERS[name]!(report, { lang: 'en', color: false, cwd: ROOT }))
    .join('\n');
  return { reports, differences };
}

// Each differential test reads a thousand files twice: a few seconds here, many times that on a loaded machine.
const DIFFERENTIAL_TIMEOUT = 180_000;

describe('the js-yaml locator places every path where yaml does', () => {
  const fixtures = [...yamlFiles(join(ROOT, 'test')), ...yamlFiles(join(ROOT, 'procedures'))];

  it(
    'agrees on every path of the test fixtures and the bundled procedures, or defers',
    () => {
      const results = fixtures.map(compare);
      expect(results.flatMap((r) => r.mismatches).slice(0, 20)).toEqual([]);
      // The locator must really run: most files are placed by it, not deferred.
      const placed = results.filter((r) => r.placed).length;
      expect(placed).toBeGreaterThan(fixtures.length / 2);
      expect(results.reduce((sum, r) => sum + r.paths, 0)).toBeGreaterThan(10_000);
    },
    DIFFERENTIAL_TIMEOUT,
  );

  it(
    'agrees on every path of a generated catalog and places all of its parsable files',
    async () => {
      const files = await generatedCatalog();
      const results = files.map(compare);
      expect(results.flatMap((r) => r.mismatches).slice(0, 20)).toEqual([]);
      expect(results.filter((r) => r.placed).length).toBe(results.filter((r) => r.parsed).length);
      // The broken third must really be there, or "all parsable files" says little.
      expect(results.filter((r) => !r.parsed).length).toBeGreaterThan(10);
    },
    DIFFERENTIAL_TIMEOUT,
  );

  it(
    'gives lint the same files and the same answer to every place it asks for, so byte-identical reports',
    async () => {
      const files = [...fixtures, ...(await generatedCatalog())];
      const { reports, differences } = report(files);
      expect(differences.slice(0, 20)).toEqual([]);
      expect(reports.split('"rule"').length).toBeGreaterThan(100);
    },
    DIFFERENTIAL_TIMEOUT,
  );

  it('defers what it cannot place exactly', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '? a\n: 1\n',
      'a: {b, c: 1}\n',
      'a: [b: 1]\n',
      'a: |+\n  kept\n\nb: 1\n',
      '[a, b]: 1\n',
      'a:\n-\n- b\n',
      '',
      '# only a comment\n',
    ]) {
      expect(placeFile(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('places a top-level entry alone only where the lines show every entry for sure', () => {
    expect(topLevelEntries('# c\na:\n- x\n\nb: 2 # d\r\n', ['a', 'b'])).toEqual(
      new Map([
        ['a', [4, 12]],
        ['b', [12, 22]],
      ]),
    );
    for (const [text, keys] of [
      ['a: "x\nb: y"\nb: 1\n', ['a', 'b']],
      ['"a": 1\n', ['a']],
      ['a : 1\n', ['a']],
      ['b: 1\n1: 2\n', ['1', 'b']],
      ['  a: 1\n  b: 2\n', ['a', 'b']],
      ['---\na: 1\n', ['a']],
      ['{a: 1}\n', ['a']],
      ['? a\n: 1\n', ['a']],
      ['-a: 1\n', ['-a']],
    ] as const) {
      expect(topLevelEntries(text, keys), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('places the shapes procedures use, as yaml does', () => {
    const texts = [
      'a: 1\nb:\n  - x # c\n  - y\n\n# end\nc: {p: q, r: [1, 2] }\nd: |\n  text\n\n  more\n\ne:\nf: "q" \n',
      'a:\n  e:   # c\n  f: 1 # z\nb:\n  - x\n  - {p: 1}  # k\n  -\n    - |-\n      t\n      \n\n# c\nz: >\n  k\n\n',
      'c: "multi\n  line"\nd: plain\n  more\ne: [a,\n  b]\nf:',
      '---\nid: x\r\nsteps:\r\n  - id: s1\r\n    name: "n"\r\n',
    ];
    for (const text of texts) {
      const file = join(generated, 'shape.yaml');
      const bytes = Buffer.from(text);
      const slow = slowLoad(file, bytes);
      const placed = placeFile(text);
      expect(placed, JSON.stringify(text)).toBeDefined();
      const lines = new LineIndex(text);
      for (const path of paths(slow.data)) {
        for (const target of ['value', 'key'] as const) {
          expect(
            locatePlaced(placed!, lines, path, target),
            `${JSON.stringify(text)} ${JSON.stringify(path)} ${target}`,
          ).toEqual(slow.locate(path, target));
        }
      }
    }
  });
});

describe('YAML directives take the yaml path', () => {
  it.each([
    ['%FOO bar', 'a: 1'],
    ['%YAML 1.1', 'a: yes'],
    ['%TAG !e! tag:example.com,2000:', 'a: 1'],
  ])('%s', (directive, body) => {
    const text = `${directive}\n---\n${body}\n`;
    const bytes = Buffer.from(text);
    const fast = loadFile('d.yaml', bytes);
    const slow = slowLoad('d.yaml', bytes);
    expect(fast.data).toEqual(slow.data);
    expect(fast.diagnostics).toEqual(slow.diagnostics);
  });

  it('reports an unknown directive as yaml does, where js-yaml alone would say nothing', () => {
    const fast = loadFile('d.yaml', Buffer.from('%FOO bar\n---\na: 1\n'));
    expect(fast.diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([['parse', 'warning', 1]]);
  });

  it('reads %YAML 1.1 booleans as yaml does', () => {
    const fast = loadFile('d.yaml', Buffer.from('%YAML 1.1\n---\na: yes\n'));
    expect(fast.data).toEqual(slowLoad('d.yaml', Buffer.from('%YAML 1.1\n---\na: yes\n')).data);
  });
});
