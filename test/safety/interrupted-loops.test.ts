import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Ctrl-C in the middle of a loop over files that never waits (lint --fix, doc -f md): Node acts on a signal only when
// its event loop turns, so the run used to finish every file and exit 0. The preload presses Ctrl-C as the first
// file takes its final name, so that the signal always lands mid-loop. The signal is pressed from inside the run, so
// where it lands does not depend on the machine's speed: a few files show it as well as many (a run that never let
// it through finishes all of them). The complete runs the interrupted ones are compared with are only references,
// run in-process.
const FIXTURES = join(ROOT, 'test/safety/fixtures/interrupt');
const CTRL_C = join(FIXTURES, 'ctrl-c-after-first-file.cjs');
const INTERRUPTED =
  'procmap: interrupted (SIGINT); the files already written are complete, and the next run continues from them\n';
// A run that wrote nothing (a plain lint) said "the files already written are complete" all the same.
const NOTHING_WRITTEN = 'procmap: interrupted (SIGINT); no file was written\n';

/** Runs procmap in `cwd`, Ctrl-C pressed once the first file whose name ends in `ending` is written. */
function interruptedRun(args: string[], cwd: string, ending: string) {
  const result = spawnSync(process.execPath, ['-r', CTRL_C, BIN, ...args, '--lang', 'en'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CTRL_C_AFTER: ending },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder with `count` copies of a fixture procedure, each with its own id, and the text of each copy by name. */
function copies(fixture: string, count: number): { dir: string; texts: Map<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-interrupt-'));
  cpSync(join(FIXTURES, 'procmap.config.yaml'), join(dir, 'procmap.config.yaml'));
  const text = readFileSync(join(FIXTURES, fixture), 'utf8');
  const texts = new Map<string, string>();
  for (let k = 1; k <= count; k++) {
    texts.set(`p${k}.yaml`, text.replace(/^id: .*$/m, `id: QT-CT-${String(k).padStart(3, '0')}`));
    writeFileSync(join(dir, `p${k}.yaml`), texts.get(`p${k}.yaml`)!);
  }
  return { dir, texts };
}

describe('Ctrl-C between files', () => {
  it('stops lint --fix after the file being written: each file fixed or as it was, one line, exit 2', async () => {
    const { dir, texts } = copies('fixable.yaml', 6);
    const result = interruptedRun(['lint', '--fix', '.'], dir, '.yaml');
    expect(result.stderr).toBe(INTERRUPTED);
    expect(result.code).toBe(2);
    // The file written as Ctrl-C came is whole and fixed; every other is byte for byte as it was.
    const fixed = [...texts.keys()].filter((name) => readFileSync(join(dir, name), 'utf8') !== texts.get(name));
    expect(fixed).toHaveLength(1);
    const whole = copies('fixable.yaml', 6).dir;
    expect((await runCli(['lint', '--fix', '.'], { cwd: whole })).code).toBe(0);
    expect(readFileSync(join(dir, fixed[0]!), 'utf8')).toBe(readFileSync(join(whole, fixed[0]!), 'utf8'));
    expect(readdirSync(dir).filter((name) => name.includes('procmap-tmp'))).toEqual([]);
  }, 60_000);

  // 70 documents: more than one batch of the output record (64 files, src/node/output-record.ts), which is renamed
  // into place at once, so the Ctrl-C lands as the first batch is written.
  it('stops doc -f md between batches of files: each document complete, one line, exit 2', async () => {
    const { dir } = copies('document.yaml', 70);
    const whole = await runCli(['doc', '.', '-f', 'md', '-o', 'whole', '--lang', 'en'], { cwd: dir });
    expect(whole.code, whole.stderr).toBe(0);
    const result = interruptedRun(['doc', '.', '-f', 'md', '-o', 'out'], dir, '.md');
    expect(result.stderr).toBe(INTERRUPTED);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
    const written = readdirSync(join(dir, 'out')).filter((name) => name.endsWith('.md'));
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(70);
    for (const name of written)
      expect(readFileSync(join(dir, 'out', name), 'utf8')).toBe(readFileSync(join(dir, 'whole', name), 'utf8'));
    expect(readdirSync(join(dir, 'out')).filter((name) => name.includes('procmap-tmp'))).toEqual([]);
  }, 60_000);
});

// Ctrl-C as procmap started (while it loads its bundle, before main() installs its handlers) killed it silently: the
// shell's 130, where a moment later any command, a read-only one too, said "interrupted" and exited 2, as README and
// docs/safety.md say it does.
describe('Ctrl-C as procmap starts', () => {
  it('is said in one line and exits 2, as any later Ctrl-C, for lint and for the other commands', () => {
    const starts = join(FIXTURES, 'ctrl-c-as-procmap-starts.cjs');
    for (const args of [['lint', join(FIXTURES, 'document.yaml')], ['rules']]) {
      const result = spawnSync(process.execPath, ['-r', starts, BIN, ...args, '--lang', 'en'], {
        cwd: FIXTURES,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      // A command with no wait in it finishes its output before the signal is acted on, as on any Ctrl-C.
      expect([result.signal, result.status, result.stderr]).toEqual([null, 2, NOTHING_WRITTEN]);
    }
  }, 60_000);
});

// Ctrl-C while `import` reads a large workbook: exceljs parses a sheet and the rows are imported and checked in one
// stretch that never waited, so the run went on (9,000 rows: half a minute) and wrote procedures before it stopped.
// The preload presses Ctrl-C as exceljs hands over the sheet's rows, every time at the same point.
describe('Ctrl-C while a large workbook is read', () => {
  it('stops the import before anything is written: one line, exit 2, no output folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-interrupt-'));
    const book = join(FIXTURES, 'large-catalog.xlsx');
    const result = spawnSync(
      process.execPath,
      [
        '-r',
        join(FIXTURES, 'ctrl-c-as-rows-are-read.cjs'),
        BIN,
        'import',
        book,
        '-o',
        join(dir, 'out'),
        '--lang',
        'en',
      ],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(result.stderr).toBe(NOTHING_WRITTEN);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});
