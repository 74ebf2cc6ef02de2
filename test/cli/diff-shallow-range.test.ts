import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { git } from '../helpers/git.js';

const CATALOG = fileURLToPath(new URL('../diff/catalog/base', import.meta.url));
const FILE = 'procedures/xa/trich-luc-khai-tu.yaml';

/** Commits the file with `from` replaced by `to`. */
function commit(repo: string, from: RegExp, to: string, message: string, date: string): void {
  const path = join(repo, FILE);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
  git(['commit', '-q', '-am', message], repo, date);
}

// CI checks out a branch with one commit of history: `--since origin/main...HEAD` found no commit the two share and
// said to compare with origin/main itself, which judges the branch on main's own later changes, reversed (main's fee
// raise read as the branch lowering it). The clone is shallow: it must say so, and how to fetch the history.
describe('procmap diff --since A...B in a shallow clone', () => {
  let scratch: string;
  let shallow: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-shallow-range-'));
    const origin = join(scratch, 'origin');
    mkdirSync(origin);
    git(['init', '-q', '-b', 'main'], origin);
    cpSync(CATALOG, join(origin, 'procedures'), { recursive: true });
    git(['add', '-A'], origin);
    git(['commit', '-q', '-m', 'ban hành'], origin, '2026-09-01T09:00:00+07:00');
    git(['checkout', '-q', '-b', 'feature'], origin);
    commit(origin, /^time_limit: 3d$/m, 'time_limit: 5d', 'tăng thời hạn', '2026-09-02T09:00:00+07:00');
    git(['checkout', '-q', 'main'], origin);
    commit(origin, /^fee: .*$/m, 'fee: 9.000 đồng', 'phí', '2026-09-03T09:00:00+07:00');
    shallow = join(scratch, 'shallow');
    git(['clone', '-q', '--depth', '1', '--no-single-branch', '-b', 'feature', `file://${origin}`, shallow], scratch);
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('says the clone is shallow and how to fetch the history, in both languages, with no report', async () => {
    const en = await runCli(['diff', '--lang', 'en', '--since', 'origin/main...HEAD'], { cwd: shallow });
    expect({ code: en.code, stdout: en.stdout }).toEqual({ code: 2, stdout: '' });
    expect(en.stderr).toBe(
      'procmap: Cannot read revision "origin/main...HEAD": this copy of the repository holds no commit that origin/main and HEAD share, so the point where one left the other is not in it. This clone of the repository is shallow (it holds only the latest commits), so older revisions are not in it: run `git fetch --unshallow`, or in GitHub Actions give actions/checkout `fetch-depth: 0` (in GitLab CI, `GIT_DEPTH: 0`)\n',
    );
    const vi = await runCli(['diff', '--since', 'origin/main...HEAD'], { cwd: shallow });
    expect({ code: vi.code, stdout: vi.stdout }).toEqual({ code: 2, stdout: '' });
    expect(vi.stderr).toContain('bản sao kho git này không có commit chung nào của origin/main và HEAD');
    expect(vi.stderr).toContain('`git fetch --unshallow`');
    expect(vi.stderr).not.toContain('--since origin/main)');
  });

  it('compares the range once the history is fetched', async () => {
    const full = join(scratch, 'full');
    git(['clone', '-q', '--no-single-branch', '-b', 'feature', `file://${join(scratch, 'origin')}`, full], scratch);
    const result = await runCli(['diff', '--lang', 'en', '--since', 'origin/main...HEAD', '-f', 'json'], { cwd: full });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const { changes } = JSON.parse(result.stdout) as { changes: { kind: string }[] };
    // The branch's raise only: main's fee is not the branch's.
    expect(changes.map(({ kind }) => kind)).toContain('time-limit-changed');
    expect(changes.map(({ kind }) => kind)).not.toContain('fee-changed');
  });
});
