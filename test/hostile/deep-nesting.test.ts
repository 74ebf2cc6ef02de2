import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { procmap, ROOT, type RunResult } from '../helpers/cli.js';

// A probe found nesting that the 64-level limit did not count: each "? " or "- " after the first on a line, and lines
// holding a bare "-". 2,000 "? " in a 4 KB file made lint run for good, deaf to Ctrl-C (a synchronous loop never lets
// the signal handler run), one "The key … is a map" per level; 1,000 "- " overflowed the parser's stack, a diagnostic
// "Maximum call stack size exceeded" at a place that changed with the command. Every run is a spawned process with a
// timeout, so that a return of the hang fails the test instead of stalling the suite.
const FIXTURES = join(ROOT, 'test/fixtures/deep-nesting');
const FULL = join(ROOT, 'test/render/document/fixtures/full.yaml');
const TOO_DEEP = 'Nesting deeper than 64 levels; a procedure needs a few';
const TIMEOUT = 20_000;
const work = mkdtempSync(join(tmpdir(), 'procmap-deep-nesting-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Where each file first goes deeper than 64 levels: the 65th "? " or "- " of its line, or the line of the 65th "-".
const FILES = [
  ['explicit-keys.yaml', '2:129'], // steps:\n  - ? ? ? … x (2,000 "? ")
  ['compact-lists.yaml', '1:129'], // - - - … x (1,000 "- ")
  ['bare-dashes.yaml', '65:129'], // "-" lines, each indented 2 more (100 of them)
] as const;

const run = (args: string[]) => procmap([...args, '--lang', 'en'], { timeout: TIMEOUT });

// lint, time, flowchart and doc each run once on the three files: each file is told apart as it would be alone, and
// a hang on any of them still fails the run. Made on first use, for the tests below.
let together: Record<'lint' | 'time' | 'flowchart' | 'doc', RunResult> | undefined;
function allThree() {
  const files = FILES.map(([name]) => join(FIXTURES, name));
  const out = join(work, 'together');
  together ??= {
    lint: run(['lint', ...files]),
    time: run(['time', ...files]),
    flowchart: run(['flowchart', ...files, '-f', 'mmd', '-o', out]),
    doc: run(['doc', ...files, '-f', 'md', '-o', out]),
  };
  return together;
}

describe('nesting written with "? " and "- " indicators', () => {
  for (const [name, at] of FILES)
    it(
      `${name} is refused at once at ${at}, alike by lint, time, flowchart, doc and diff`,
      () => {
        const file = join(FIXTURES, name);
        const runs = allThree();
        // Paths show relative to the working folder, the repository's root.
        const shown = relative(ROOT, file);
        const shownAll = FILES.map(([other]) => relative(ROOT, join(FIXTURES, other)));
        // lint reports on standard output; time and flowchart, whose output is the result, on standard error.
        for (const [command, stream] of [
          ['lint', 'stdout'],
          ['time', 'stderr'],
          ['flowchart', 'stderr'],
        ] as const) {
          const result = runs[command];
          expect([result.code, result[stream === 'stdout' ? 'stderr' : 'stdout']]).toEqual([1, '']);
          // Each file's report: its name, then its one problem; nothing before the first file's.
          const blocks = result[stream].split('\n\n');
          expect(shownAll.some((one) => blocks[0]!.startsWith(`${one}\n`))).toBe(true);
          const own = blocks.filter((block) => block.startsWith(`${shown}\n`));
          expect(own).toEqual([`${shown}\n  ${at}  error  ${TOO_DEEP}  parse`]);
          const problems = result[stream].split('\n').filter((line) => /^ +\d+:\d+ /.test(line));
          expect(problems).toHaveLength(FILES.length);
        }
        const doc = runs.doc;
        expect([doc.code, doc.stdout]).toEqual([1, '']);
        // The problems of the three files come first, one line each.
        const told = doc.stderr.split('\n').slice(0, FILES.length);
        expect(told).toContain(`${shown}:${at}: ${TOO_DEEP} (parse)`);
        expect(told.every((line) => shownAll.some((one) => line.startsWith(`${one}:`)))).toBe(true);
        const diff = run(['diff', FULL, file]);
        expect([diff.code, diff.stdout]).toEqual([1, '']);
        expect(diff.stderr).toMatch(new RegExp(`^${shown}:${at}: error ${TOO_DEEP} \\(parse\\)\n`));
      },
      TIMEOUT * 8,
    );

  it(
    'finds the same place however deep the file goes (200 and 1,000 levels)',
    () => {
      // Every shape and depth in one run: the check is per file, and a hang in any of them still fails the run.
      const want = new Map<string, string>();
      for (const levels of [200, 1000]) {
        const shapes = [
          ['keys', `steps:\n  - ${'? '.repeat(levels)}x\n`, '2:129'],
          ['lists', `${'- '.repeat(levels)}x\n`, '1:129'],
          ['mixed', `${'- ? '.repeat(levels / 2)}x\n`, '1:129'],
          ['dashes', Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}-\n`).join(''), '65:129'],
        ] as const;
        for (const [shape, text, at] of shapes) {
          const file = join(work, `${shape}-${levels}.yaml`);
          writeFileSync(file, text);
          want.set(relative(ROOT, file), `${at} ${TOO_DEEP}`);
        }
      }
      const files = [...want.keys()];
      const result = procmap(['lint', ...files, '--lang', 'en', '-f', 'json'], { timeout: TIMEOUT * 2 });
      expect(result.code).toBe(1);
      const { diagnostics } = JSON.parse(result.stdout) as {
        diagnostics: { file: string; line: number; column: number; message: string }[];
      };
      const got = files.map((file) =>
        diagnostics.filter((m) => m.file === file).map((m) => `${m.line}:${m.column} ${m.message}`),
      );
      expect(got).toEqual(files.map((file) => [want.get(file)]));
      // Nothing reported outside the files asked for.
      expect(diagnostics.length).toBe(files.length);
    },
    TIMEOUT * 4,
  );

  it(
    'reports keys inside keys within the limit once, the outermost, quoting the start of it',
    () => {
      // 60 levels of "? ": one message per level, each quoting all the rest, grew with the square of the depth.
      const file = join(work, 'keys-60.yaml');
      writeFileSync(file, `steps:\n  - ${'? '.repeat(60)}${'x'.repeat(10_000)}\n`);
      const result = procmap(['lint', file, '--lang', 'en', '-f', 'json'], { timeout: TIMEOUT });
      expect(result.code).toBe(1);
      const { diagnostics } = JSON.parse(result.stdout) as {
        diagnostics: { line: number; column: number; message: string }[];
      };
      const keys = diagnostics.filter((d) => d.message.startsWith('The key '));
      expect(keys.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
        `2:7 The key "${'? '.repeat(40)}…" is a map; a key must be a plain name: write one name before the ":", e.g. ten: …`,
      ]);
    },
    TIMEOUT * 2,
  );
});
