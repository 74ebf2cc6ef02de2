import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { git } from '../helpers/git.js';
import { treeHashes } from '../helpers/tree-hashes.js';

const CATALOG = fileURLToPath(new URL('../diff/catalog/base', import.meta.url));

// `diff --since` read every procedure file of the revision, those of a folder the configuration's `ignores:` skips
// too (a test folder, broken on purpose, its copies of the catalog's ids), while lint and the working tree's side
// skipped them: the catalog's procedures were said to share their ids with the test copies and not compared.
describe('procmap diff --since with ignores: in the configuration', () => {
  let scratch: string;
  let repo: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-ignores-'));
    repo = join(scratch, 'repo');
    mkdirSync(repo);
    git(['init', '-q', '-b', 'main'], repo);
    cpSync(CATALOG, join(repo, 'procedures'), { recursive: true });
    cpSync(CATALOG, join(repo, 'test'), { recursive: true });
    writeFileSync(join(repo, 'procmap.config.yaml'), 'ignores:\n  - test\n');
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'ban hành'], repo, '2026-09-01T09:00:00+07:00');
    // The test copies go, as the officers' cleanup did: an ignored folder's changes are no procedure's.
    git(['rm', '-q', '-r', 'test'], repo);
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('compares the same files lint reads at the revision: those of an ignored folder are left out', async () => {
    const before = treeHashes(repo);
    const result = await runCli(['diff', '--since', 'HEAD', '--lang', 'en'], { cwd: repo });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('No changes\n');
    expect(result.code).toBe(0);
    expect(treeHashes(repo)).toEqual(before);
  });
});
