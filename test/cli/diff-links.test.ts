import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { git } from '../helpers/git.js';

const CATALOG = fileURLToPath(new URL('../diff/catalog/base/xa', import.meta.url));

interface JsonChange {
  kind: string;
  level: string;
  procedure: string;
}

function kinds(stdout: string): string[] {
  return (JSON.parse(stdout) as { changes: JsonChange[] }).changes.map((c) => `${c.level} ${c.kind} ${c.procedure}`);
}

// A procedure file that is a symbolic link is read where it leads, from git as lint reads it from a checkout.
describe('procmap diff: a procedure file that is a symbolic link', () => {
  let scratch: string;
  let repo: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-links-'));
    repo = join(scratch, 'repo');
    mkdirSync(join(repo, 'procedures'), { recursive: true });
    mkdirSync(join(repo, 'shared'));
    git(['init', '-q', '-b', 'main'], repo);
    cpSync(join(CATALOG, 'trich-luc-ho-tich.yaml'), join(repo, 'procedures', 'trich-luc-ho-tich.yaml'));
    cpSync(join(CATALOG, 'trich-luc-khai-tu.yaml'), join(repo, 'shared', 'trich-luc-khai-tu.yaml'));
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'ban hành'], repo);
    symlinkSync('../shared/trich-luc-khai-tu.yaml', join(repo, 'procedures', 'khai-tu.yaml'));
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'thêm trích lục khai tử (liên kết)'], repo);
    git(['rm', '-q', 'procedures/khai-tu.yaml'], repo);
    git(['commit', '-q', '-m', 'bỏ trích lục khai tử'], repo);
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reports a linked procedure added and removed between two revisions, as in the checkout', async () => {
    const added = await runCli(['diff', '-f', 'json', 'HEAD~2:procedures', 'HEAD~1:procedures'], { cwd: repo });
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(kinds(added.stdout)).toEqual(['info procedure-added QT-HT-11']);
    const removed = await runCli(
      ['diff', '-f', 'json', '--fail-on', 'breaking', 'HEAD~1:procedures', 'HEAD:procedures'],
      {
        cwd: repo,
      },
    );
    expect(removed.stderr).toBe('');
    expect(removed.code).toBe(1);
    expect(kinds(removed.stdout)).toEqual(['breaking procedure-removed QT-HT-11']);
    // The same link in the working tree against the revision that holds it: the same file, nothing changed.
    git(['checkout', '-q', 'HEAD~1'], repo);
    try {
      const same = await runCli(['diff', '--since', 'HEAD', 'procedures'], { cwd: repo });
      expect(same).toMatchObject({ code: 0, stdout: 'Không có thay đổi\n', stderr: '' });
    } finally {
      git(['checkout', '-q', 'main'], repo);
    }
  });

  it('names a link that git cannot follow in the revision as a file that cannot be compared', async () => {
    const outside = join(scratch, 'outside');
    git(['clone', '-q', repo, outside], scratch);
    symlinkSync(join(CATALOG, 'trich-luc-khai-tu.yaml'), join(outside, 'procedures', 'ngoai.yaml'));
    git(['add', '-A'], outside);
    git(['commit', '-q', '-m', 'liên kết ra ngoài kho'], outside);
    const result = await runCli(['diff', 'HEAD~1:procedures', 'HEAD:procedures'], { cwd: outside });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `HEAD:procedures/ngoai.yaml:1:1: lỗi Là liên kết tượng trưng tới "${join(CATALOG, 'trich-luc-khai-tu.yaml')}", nằm ngoài kho git: git chỉ lưu liên kết, không lưu tệp đó; hãy đưa chính tệp vào kho`,
    );
  });

  it('says a dangling link on disk in the user language', async () => {
    const dangling = join(scratch, 'dangling');
    git(['clone', '-q', repo, dangling], scratch);
    symlinkSync('khong-co.yaml', join(dangling, 'procedures', 'mat.yaml'));
    const result = await runCli(['diff', '--since', 'HEAD', 'procedures'], { cwd: dangling });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('procmap: Không đọc được:\nprocedures/mat.yaml: Không có tệp hay thư mục này\n');
  });
});

// A configuration that is a symbolic link is read where it leads at that revision, as on disk; before, git's listing
// passed over it and the revision was judged on the default working day (8 h against the checkout's 4 h).
describe('procmap diff: a configuration that is a symbolic link', () => {
  let scratch: string;
  let repo: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-config-link-'));
    repo = join(scratch, 'repo');
    mkdirSync(join(repo, 'procedures'), { recursive: true });
    mkdirSync(join(repo, 'shared'));
    git(['init', '-q', '-b', 'main'], repo);
    cpSync(join(CATALOG, 'trich-luc-ho-tich.yaml'), join(repo, 'procedures', 'trich-luc-ho-tich.yaml'));
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'ban hành'], repo);
    writeFileSync(join(repo, 'shared', 'procmap.config.yaml'), 'calendar:\n  hours_per_day: 4\n');
    symlinkSync('../shared/procmap.config.yaml', join(repo, 'procedures', 'procmap.config.yaml'));
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'cấu hình chung (liên kết)'], repo);
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reads a linked configuration inside the repository at the revision, as from the checkout', async () => {
    const between = await runCli(['diff', 'HEAD~1:procedures', 'HEAD:procedures'], { cwd: repo });
    expect(between.stderr).toBe('');
    expect(between.code).toBe(0);
    expect(between.stdout).toMatch(/^Ngày làm việc: 8 giờ → 4 giờ/);
    const same = await runCli(['diff', '--since', 'HEAD', 'procedures'], { cwd: repo });
    expect(same).toMatchObject({ code: 0, stdout: 'Không có thay đổi\n', stderr: '' });
  });

  it('refuses a linked configuration that leads out of the repository, saying why (exit 2)', async () => {
    const outside = join(scratch, 'outside');
    git(['clone', '-q', repo, outside], scratch);
    rmSync(join(outside, 'procedures', 'procmap.config.yaml'));
    symlinkSync(join(repo, 'shared', 'procmap.config.yaml'), join(outside, 'procedures', 'procmap.config.yaml'));
    git(['add', '-A'], outside);
    git(['commit', '-q', '-m', 'cấu hình ngoài kho'], outside);
    const result = await runCli(['diff', 'HEAD~1:procedures', 'HEAD:procedures'], { cwd: outside });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `procmap: Không đọc được tệp cấu hình "HEAD:procedures/procmap.config.yaml": Là liên kết tượng trưng tới "${join(repo, 'shared', 'procmap.config.yaml')}", nằm ngoài kho git: git chỉ lưu liên kết, không lưu tệp đó; hãy đưa chính tệp vào kho\n`,
    });
  });

  it('refuses a revision holding procmap.config.yaml and procmap.config.yml in one folder (exit 2)', async () => {
    const two = join(scratch, 'two');
    git(['clone', '-q', repo, two], scratch);
    writeFileSync(join(two, 'procedures', 'procmap.config.yml'), 'calendar:\n  hours_per_day: 8\n');
    git(['add', '-A'], two);
    git(['commit', '-q', '-m', 'hai tệp cấu hình'], two);
    const result = await runCli(['diff', 'HEAD~1:procedures', 'HEAD:procedures'], { cwd: two });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Một thư mục có hai tệp cấu hình, "HEAD:procedures/procmap.config.yaml" và "HEAD:procedures/procmap.config.yml": không biết dùng tệp nào. Hãy giữ một tệp và xóa tệp kia\n',
    });
  });
});

// Before, an absolute path after "REV:" went to git as it was: "Không đọc được phiên bản "<full SHA>": /etc: '/etc' is
// outside repository…", in English and naming an object the user never typed.
describe('procmap diff: an absolute path after REV:', () => {
  it('is refused in the user language when outside the repository, and read from the root when inside', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-absolute-'));
    try {
      const repo = join(scratch, 'repo');
      mkdirSync(join(repo, 'procedures'), { recursive: true });
      git(['init', '-q', '-b', 'main'], repo);
      cpSync(join(CATALOG, 'trich-luc-ho-tich.yaml'), join(repo, 'procedures', 'trich-luc-ho-tich.yaml'));
      git(['add', '-A'], repo);
      git(['commit', '-q', '-m', 'ban hành'], repo);
      const outside = await runCli(['diff', 'HEAD:/etc', 'procedures'], { cwd: repo });
      expect(outside).toMatchObject({ code: 2, stdout: '', stderr: 'procmap: Đường dẫn "/etc" nằm ngoài kho git\n' });
      const inside = await runCli(['diff', `HEAD:${join(repo, 'procedures')}`, 'procedures'], { cwd: repo });
      expect(inside).toMatchObject({ code: 0, stdout: 'Không có thay đổi\n', stderr: '' });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
