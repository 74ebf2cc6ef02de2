import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { git } from '../helpers/git.js';

const CATALOG = fileURLToPath(new URL('../diff/catalog/base', import.meta.url));
const FROM = 'procedures/xa/trich-luc-khai-tu.yaml';
const TO = 'procedures/tinh/khai-tu.yaml';

/** A repository of the diff catalog, committed, whose QT-HT-11 file is then moved (by `move`) and its limit raised. */
function movedRepository(scratch: string, name: string, move: (repo: string) => void): string {
  const repo = join(scratch, name);
  mkdirSync(repo);
  git(['init', '-q', '-b', 'main'], repo);
  cpSync(CATALOG, join(repo, 'procedures'), { recursive: true });
  git(['add', '-A'], repo);
  git(['commit', '-q', '-m', 'ban hành'], repo, '2026-09-01T09:00:00+07:00');
  move(repo);
  const path = join(repo, TO);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^time_limit: 3d$/m, 'time_limit: 5d'));
  return repo;
}

// `git mv` then a raised limit: named alone, the new path has no file at HEAD. Compared with nothing it read as
// "added" (info, exit 0) and a CI gate on changed files let a raised limit through; the whole folder saw the raise.
describe('procmap diff --since on a file moved since the revision', () => {
  let scratch: string;
  let staged: string;
  let untracked: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-moved-'));
    staged = movedRepository(scratch, 'staged', (repo) => git(['mv', FROM, TO], repo));
    // Moved without git (a file manager): the new file is untracked, so git's rename detection cannot see it.
    untracked = movedRepository(scratch, 'untracked', (repo) => renameSync(join(repo, FROM), join(repo, TO)));
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('compares the file with its procedure where it was, and fails the gate on the raised limit', async () => {
    const result = await runCli(['diff', '--since', 'HEAD', TO, '--fail-on', 'breaking'], { cwd: staged });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' });
    expect(result.stdout).toContain(`QT-HT-11 Cấp bản sao trích lục khai tử (${TO}, chuyển từ HEAD:${FROM})`);
    expect(result.stdout).toMatch(/nghiêm trọng +Thời hạn giải quyết: 3 ngày làm việc → 5 ngày làm việc/);
    expect(result.stdout).not.toContain('Thêm quy trình');
  });

  it('reports the same raise as the whole folder does', async () => {
    const json = async (path: string) => {
      const result = await runCli(['diff', '--since', 'HEAD', '--format', 'json', path], { cwd: staged });
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
      const { changes } = JSON.parse(result.stdout) as { changes: Record<string, unknown>[] };
      return changes;
    };
    const named = await json(TO);
    const folder = await json('procedures');
    expect(named.map(({ kind, level }) => ({ kind, level }))).toEqual(
      folder.map(({ kind, level }) => ({ kind, level })),
    );
    expect(named).toContainEqual(expect.objectContaining({ reason: 'limit-raised', movedFrom: `HEAD:${FROM}` }));
  });

  // The Markdown report goes into pull request comments: the one a reviewer reads said nothing of the move.
  it('says where the file was moved from in the Markdown report, in both languages', async () => {
    const vi = await runCli(['diff', '--since', 'HEAD', TO, '-f', 'markdown'], { cwd: staged });
    expect({ code: vi.code, stderr: vi.stderr }).toEqual({ code: 0, stderr: '' });
    const rows = vi.stdout.split('\n').filter((line) => line.includes('`QT-HT-11`'));
    expect(rows.length).toBeGreaterThan(0);
    // Said once, on the procedure's first row.
    expect(rows[0]).toContain(`| \`QT-HT-11\` (chuyển từ HEAD:${FROM}) |`);
    expect(rows.slice(1).join('\n')).not.toContain('chuyển từ');
    const en = await runCli(['diff', '--since', 'HEAD', TO, '-f', 'markdown', '--lang', 'en'], { cwd: staged });
    expect({ code: en.code, stderr: en.stderr }).toEqual({ code: 0, stderr: '' });
    expect(en.stdout).toContain(`| \`QT-HT-11\` (moved from HEAD:${FROM}) |`);
  });

  it('finds a file moved without git by its procedure id, and says where from in English', async () => {
    const result = await runCli(['diff', '--since', 'HEAD', TO, '--lang', 'en', '--fail-on', 'breaking'], {
      cwd: untracked,
    });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' });
    expect(result.stdout).toContain(`QT-HT-11 Cấp bản sao trích lục khai tử (${TO}, moved from HEAD:${FROM})`);
    expect(result.stdout).not.toContain('Procedure added');
  });

  it('does the same for two sides naming the new path, at the revision and on disk', async () => {
    const result = await runCli(['diff', `HEAD:${TO}`, TO, '--fail-on', 'breaking'], { cwd: staged });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' });
    expect(result.stdout).toContain(`QT-HT-11 Cấp bản sao trích lục khai tử (${TO}, chuyển từ HEAD:${FROM})`);
    expect(result.stdout).not.toContain('Thêm quy trình');
  });

  it('still reads a new file with a new id as added', async () => {
    const repo = movedRepository(scratch, 'new', (r) => cpSync(join(r, FROM), join(r, TO)));
    const path = join(repo, TO);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^id: QT-HT-11$/m, 'id: QT-HT-99'));
    const result = await runCli(['diff', '--since', 'HEAD', TO, '--fail-on', 'breaking'], { cwd: repo });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Thêm quy trình');
    expect(result.stdout).not.toContain('chuyển từ');
  });
});
