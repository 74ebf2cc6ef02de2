import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { runCli } from '../helpers/run-cli.js';
import { treeHashes } from '../helpers/tree-hashes.js';

// A procedure saved as `..yaml` or `.yaml` is a hidden file, which the folder walk skips as ESLint does: lint and
// build said nothing of it, and the officer who named it so got no lint, no page and no word why.
const PROCEDURE = join(ROOT, 'test/fixtures/site/xa/chung-thuc-ban-sao.yaml');
const scratch = mkdtempSync(join(tmpdir(), 'procmap-hidden-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A catalog of one procedure, with a hidden copy of another and a CI file of another tool. */
function catalog(name: string, { visible = true } = {}): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'xa'), { recursive: true });
  if (visible) cpSync(PROCEDURE, join(dir, 'xa', 'chung-thuc.yaml'));
  cpSync(PROCEDURE, join(dir, 'xa', '..yaml'));
  writeFileSync(join(dir, '.gitlab-ci.yml'), 'lint:\n  script: npx procmap lint\n');
  return dir;
}

describe('a hidden procedure file in a folder procmap walks', () => {
  it('is said to be skipped by lint, with why and what to write instead', async () => {
    const dir = catalog('lint');
    const before = treeHashes(dir);
    const result = await runCli(['lint', '.', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(result.stderr).toBe(
      'procmap: note: skipped "xa/..yaml": a file whose name starts with "." is hidden, and procmap does not read hidden files in a folder; if it is a procedure, rename it so that its name does not start with "." (for example "xa/quy-trinh.yaml"), or name the file on the command line\n',
    );
    expect(treeHashes(dir)).toEqual(before);
  });

  it('is said in Vietnamese, and a folder of nothing else is refused naming it', async () => {
    const dir = catalog('only-hidden', { visible: false });
    const before = treeHashes(dir);
    const result = await runCli(['lint', '.', '--lang', 'vi'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'procmap: Không có tệp quy trình (.yaml, .yml) nào trong "."\n' +
        'bỏ qua "xa/..yaml": tệp có tên bắt đầu bằng dấu chấm là tệp ẩn, procmap không đọc tệp ẩn trong thư mục; nếu đó là một quy trình, hãy đổi tên để tên không bắt đầu bằng dấu chấm (ví dụ "xa/quy-trinh.yaml"), hoặc ghi tên tệp trên dòng lệnh\n',
    );
    expect(treeHashes(dir)).toEqual(before);
  });

  it('is read when named on the command line', async () => {
    const dir = catalog('named');
    const result = await runCli(['lint', 'xa/..yaml', '--lang', 'en'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: '✔ 1 file checked, no problems\n' });
  });

  it('is said to be skipped by build', async () => {
    const dir = catalog('build');
    const result = await runCli(['build', '.', '-o', '../build-site', '--no-pdf', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'procmap: note: skipped "xa/..yaml": a file whose name starts with "." is hidden, and procmap does not read hidden files in a folder; if it is a procedure, rename it so that its name does not start with "." (for example "xa/quy-trinh.yaml"), or name the file on the command line\n',
    );
    expect(result.stdout).toContain('1 ');
  });

  // doc, flowchart, export, stats, time and ontime --catalog skipped it in silence: the same note, from one helper.
  it('is said to be skipped by time, in the same words', async () => {
    const dir = catalog('time');
    const before = treeHashes(dir);
    const result = await runCli(['time', '.', '--lang', 'vi'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'procmap: ghi chú: bỏ qua "xa/..yaml": tệp có tên bắt đầu bằng dấu chấm là tệp ẩn, procmap không đọc tệp ẩn trong thư mục; nếu đó là một quy trình, hãy đổi tên để tên không bắt đầu bằng dấu chấm (ví dụ "xa/quy-trinh.yaml"), hoặc ghi tên tệp trên dòng lệnh\n',
    );
    expect(result.stdout).toContain('xa/chung-thuc.yaml');
    expect(result.stdout).not.toContain('..yaml');
    expect(treeHashes(dir)).toEqual(before);
  });

  it('is said to be skipped by stats', async () => {
    const dir = catalog('stats');
    const result = await runCli(['stats', '.', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'procmap: note: skipped "xa/..yaml": a file whose name starts with "." is hidden, and procmap does not read hidden files in a folder; if it is a procedure, rename it so that its name does not start with "." (for example "xa/quy-trinh.yaml"), or name the file on the command line\n',
    );
    expect(result.stdout).toContain('1 procedure');
  });

  // diff dropped the walk's list of hidden files: a `..yaml` on either side was left out of the comparison unsaid.
  it('is said to be skipped by diff, for each side, each file once', async () => {
    const dir = join(scratch, 'diff');
    mkdirSync(dir);
    cpSync(catalog('diff-base'), join(dir, 'base'), { recursive: true });
    cpSync(catalog('diff-revision'), join(dir, 'revision'), { recursive: true });
    const before = treeHashes(dir);
    const note = (file: string) =>
      `procmap: note: skipped "${file}/..yaml": a file whose name starts with "." is hidden, and procmap does not read hidden files in a folder; if it is a procedure, rename it so that its name does not start with "." (for example "${file}/quy-trinh.yaml"), or name the file on the command line\n`;
    const both = await runCli(['diff', 'base', 'revision', '--lang', 'en'], { cwd: dir });
    expect(both).toMatchObject({ code: 0, stdout: 'No changes\n', stderr: note('base/xa') + note('revision/xa') });
    const same = await runCli(['diff', 'base', 'base', '--lang', 'en'], { cwd: dir });
    expect(same).toMatchObject({ code: 0, stdout: 'No changes\n', stderr: note('base/xa') });
    expect(treeHashes(dir)).toEqual(before);
  });

  it('is said to be skipped by diff at a git revision, named by the revision', async () => {
    const dir = catalog('diff-git');
    git(['init', '-q', '-b', 'main'], dir);
    git(['add', '-A'], dir);
    git(['commit', '-q', '-m', 'catalog'], dir, '2026-01-05T08:00:00Z');
    const result = await runCli(['diff', '--since', 'main', 'xa', '--lang', 'vi'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Không có thay đổi\n');
    expect(result.stderr).toBe(
      ['main:xa/..yaml', 'xa/..yaml']
        .map(
          (file) =>
            `procmap: ghi chú: bỏ qua "${file}": tệp có tên bắt đầu bằng dấu chấm là tệp ẩn, procmap không đọc tệp ẩn trong thư mục; nếu đó là một quy trình, hãy đổi tên để tên không bắt đầu bằng dấu chấm (ví dụ "${file.replace('..yaml', 'quy-trinh.yaml')}"), hoặc ghi tên tệp trên dòng lệnh\n`,
        )
        .join(''),
    );
  });
});
