import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { git } from '../helpers/git.js';

// Two folders whose only change is a fee: a file with an unclosed quote and one whose flow names no step are the same
// bytes on both sides. Named alone, such a file is read; in a folder, it is lint's to report.
const FIXTURE = fileURLToPath(new URL('fixtures/diff-broken-alike', import.meta.url));
const SHOWN = 'test/cli/fixtures/diff-broken-alike';
const QUOTE = ':2:8: error This quote (") is never closed: close it at the end of the value, or remove it (parse)';
const FLOW = ':91:27: error Next step "refuse" does not exist: write the id of a step of this procedure';

describe('procmap diff of a file broken alike on both sides', () => {
  it('refuses one file given as both sides, as it refuses it when only the revision is broken', async () => {
    const file = join(FIXTURE, 'revision', 'chung-thuc.yaml');
    const result = await runCli(['diff', '--lang', 'en', file, file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${SHOWN}/revision/chung-thuc.yaml${QUOTE}\nprocmap: 1 problem in the files of the revision; fix them (procmap lint) and run the diff again\n`,
    );
    const vi = await runCli(['diff', file, file]);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toMatch(
      /^test\/cli\/fixtures\/diff-broken-alike\/revision\/chung-thuc\.yaml:2:8: lỗi .+ \(parse\)\n/,
    );
    expect(vi.stderr).toContain(
      'procmap: 1 vấn đề trong các tệp của bản sửa; hãy sửa (procmap lint) rồi chạy lại diff\n',
    );
  });

  it('refuses a flow that names no step, the same file on both sides', async () => {
    const file = join(FIXTURE, 'revision', 'cap-giay-phep-lao-dong.yaml');
    const result = await runCli(['diff', '--lang', 'en', file, file, '--fail-on', 'breaking']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${SHOWN}/revision/cap-giay-phep-lao-dong.yaml${FLOW}`);
    expect(result.stderr).toMatch(/\nprocmap: 1 problem in the files of the revision; fix them/);
  });

  it('compares only what changed between two folders: their broken files, the same bytes on both sides, are left to lint', async () => {
    const result = await runCli(['diff', '--lang', 'en', join(FIXTURE, 'base'), join(FIXTURE, 'revision')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Fee: 8.000 đồng/bản sao trích lục → Miễn lệ phí\n');
    expect(result.stdout).toContain('\n1 procedure changed: 0 breaking, 2 warnings, 0 info\n');
    expect(result.stdout).not.toContain('chung-thuc.yaml');
  });

  describe('read from git', () => {
    let repo: string;

    beforeAll(() => {
      repo = mkdtempSync(join(tmpdir(), 'procmap-diff-broken-alike-'));
      git(['init', '-q', '-b', 'main'], repo);
      copyFileSync(join(FIXTURE, 'base', 'chung-thuc.yaml'), join(repo, 'chung-thuc.yaml'));
      copyFileSync(join(FIXTURE, 'base', 'trich-luc-ho-tich.yaml'), join(repo, 'trich-luc-ho-tich.yaml'));
      git(['add', '-A'], repo);
      git(['commit', '-q', '-m', 'broken'], repo, '2026-09-01T09:00:00+07:00');
    });

    afterAll(() => rmSync(repo, { recursive: true, force: true }));

    it.each([
      [['HEAD:chung-thuc.yaml', 'chung-thuc.yaml'], 'chung-thuc.yaml'],
      [['HEAD:chung-thuc.yaml', 'HEAD:chung-thuc.yaml'], 'HEAD:chung-thuc.yaml'],
      [['--since', 'HEAD', 'chung-thuc.yaml'], 'chung-thuc.yaml'],
    ])('refuses diff %j, whose sides hold the same bytes', async (sides, shown) => {
      const result = await runCli(['diff', '--lang', 'en', ...sides], { cwd: repo });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `${shown}${QUOTE}\nprocmap: 1 problem in the files of the revision; fix them (procmap lint) and run the diff again\n`,
      );
    });
  });
});
