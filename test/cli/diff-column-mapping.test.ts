import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { runCli } from '../helpers/run-cli.js';

// A catalog with a column mapping (`--map cot.yaml`) saved among its procedures, committed, then deleted: the git
// side of a diff skips it as the walk of a folder does, and says so, rather than read it as a broken procedure.
const FIXTURE = join(ROOT, 'test/cli/fixtures/diff-column-mapping');
const NOTE = (file: string) =>
  `procmap: note: skipped "${file}": it is a column mapping (only columns, steps and statuses), not a procedure; give it to --map of procmap ontime or procmap import\n`;

/** A repository whose first commit holds the fixture in procedures/, and whose second deletes the mapping. */
function repository(): string {
  const repo = mkdtempSync(join(tmpdir(), 'procmap-diff-mapping-'));
  git(['init', '-q'], repo);
  cpSync(FIXTURE, join(repo, 'procedures'), { recursive: true });
  git(['add', '-A'], repo);
  git(['commit', '-q', '-m', 'one'], repo);
  rmSync(join(repo, 'procedures/cot.yaml'));
  git(['add', '-A'], repo);
  git(['commit', '-q', '-m', 'two'], repo);
  return repo;
}

describe('diff: a column mapping among the procedures at a revision is skipped, as on disk', () => {
  it('--since: the revision side skips it and says so; nothing changed', async () => {
    const repo = repository();
    const run = await runCli(['diff', '--lang', 'en', '--since', 'HEAD~1', 'procedures'], { cwd: repo });
    expect(run.stderr).toBe(NOTE('HEAD~1:procedures/cot.yaml'));
    expect(run.stdout).toBe('No changes\n');
    expect(run.code).toBe(0);
  });

  it('REV:PATH against the folder on disk: both sides skip it alike', async () => {
    const repo = repository();
    git(['checkout', '-q', 'HEAD~1', '--', 'procedures/cot.yaml'], repo);
    const run = await runCli(['diff', '--lang', 'en', 'HEAD~1:procedures', 'procedures'], { cwd: repo });
    expect(run.stderr).toBe(NOTE('HEAD~1:procedures/cot.yaml') + NOTE('procedures/cot.yaml'));
    expect(run.stdout).toBe('No changes\n');
    expect(run.code).toBe(0);
  });
});
