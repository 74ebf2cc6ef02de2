import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { git } from '../helpers/git.js';

const CATALOG = fileURLToPath(new URL('../diff/catalog/base', import.meta.url));

/** Rewrites one line of a procedure file of the repository. */
function edit(repo: string, file: string, from: RegExp, to: string): void {
  const path = join(repo, 'procedures', file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
}

describe('procmap diff: revisions as git reads them', () => {
  let scratch: string;
  let repo: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-rev-'));
    repo = join(scratch, 'repo');
    mkdirSync(repo);
    git(['init', '-q', '-b', 'main'], repo);
    cpSync(CATALOG, join(repo, 'procedures'), { recursive: true });
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'ban hành'], repo, '2026-09-01T09:00:00+07:00');
    // A branch that changes a fee, then main shortens another procedure's limit after the branch left it.
    git(['checkout', '-q', '-b', 'de-xuat'], repo);
    edit(repo, 'xa/trich-luc-ho-tich.yaml', /^fee: .*$/m, 'fee: Miễn lệ phí');
    git(['commit', '-q', '-am', 'lệ phí'], repo, '2026-09-02T09:00:00+07:00');
    git(['checkout', '-q', 'main'], repo);
    edit(repo, 'xa/trich-luc-khai-tu.yaml', /^time_limit: 3d$/m, 'time_limit: 2d');
    git(['commit', '-q', '-am', 'khai tử 2 ngày'], repo, '2026-11-20T09:00:00+07:00');
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses a date in a reflog that does not reach back to it (a fresh clone), and says what to write', async () => {
    const clone = join(scratch, 'clone');
    git(['clone', '-q', repo, clone], scratch);
    const vi = await runCli(['diff', '--since', 'main@{2026-11-01}', 'procedures'], { cwd: clone });
    expect(vi.code).toBe(2);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toMatch(
      /^procmap: Phiên bản "main@\{2026-11-01\}" là chỗ main trỏ tới vào ngày đó theo nhật ký tham chiếu \(reflog\) của git, là nhật ký chỉ có trong bản sao kho này, và ở đây nó chỉ ghi từ ngày \d\d\/\d\d\/\d{4} \(như một bản sao vừa tải về\), nên git sẽ lấy nhầm commit khác\. Hãy ghi mã commit hoặc thẻ \(tag\) thay vào, ví dụ commit cuối cùng trước ngày đó, do lệnh `git rev-list -1 --before=2026-11-01 main` in ra\n$/,
    );
    const en = await runCli(['diff', '--lang', 'en', 'HEAD@{1 month ago}:procedures', 'procedures'], { cwd: clone });
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain("by git's reflog");
    expect(en.stderr).toContain('`git rev-list -1 --before="1 month ago" HEAD`');
    expect(en.stderr).not.toContain('warning:');
  });

  it('refuses a first side that is both a file here and a revision, as git does, and reads ./NAME as the file', async () => {
    // A stray file named HEAD (`git show > HEAD`): compared as a procedure, every procedure was "added", exit 0.
    writeFileSync(join(repo, 'HEAD'), '');
    try {
      const both = await runCli(['diff', 'HEAD', 'procedures'], { cwd: repo });
      expect(both.code).toBe(2);
      expect(both.stdout).toBe('');
      expect(both.stderr).toBe(
        'procmap: "HEAD" vừa là tệp hay thư mục ở đây vừa là một phiên bản git: hãy viết ./HEAD để so sánh tệp, hoặc --since HEAD để so với phiên bản đó\n',
      );
      const en = await runCli(['diff', '--lang', 'en', 'HEAD'], { cwd: repo });
      expect(en.code).toBe(2);
      expect(en.stderr).toBe(
        'procmap: "HEAD" is both a file or folder here and a git revision: write ./HEAD to compare the file, or --since HEAD to compare with the revision\n',
      );
      // Written as a path, it is the file (an empty one, which is its error).
      const file = await runCli(['diff', '--lang', 'en', './HEAD', 'procedures'], { cwd: repo });
      expect(file.stderr).toContain('HEAD:1:1');
    } finally {
      rmSync(join(repo, 'HEAD'));
    }
  });

  it('says why a side written as a revision cannot be read (a shallow clone, no repository), not that no such path exists', async () => {
    const shallow = join(scratch, 'shallow');
    git(['clone', '-q', '--depth', '1', `file://${repo}`, shallow], scratch);
    for (const args of [['HEAD~1'], ['HEAD~1', 'procedures']]) {
      const result = await runCli(['diff', '--lang', 'en', ...args], { cwd: shallow });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^procmap: Cannot read revision "HEAD~1": .*git fetch --unshallow/);
    }
    const outside = join(scratch, 'not-a-repository');
    cpSync(join(repo, 'procedures'), join(outside, 'procedures'), { recursive: true });
    const none = await runCli(['diff', '--lang', 'en', 'HEAD', 'procedures'], { cwd: outside });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^procmap: Cannot read git revisions here: /);
    // A repository just made (git init, nothing committed): before, "no branch, tag or commit of that name" for HEAD.
    const unborn = join(scratch, 'unborn');
    cpSync(join(repo, 'procedures'), join(unborn, 'procedures'), { recursive: true });
    git(['init', '-q', '-b', 'main'], unborn);
    const empty = await runCli(['diff', 'HEAD', 'procedures'], { cwd: unborn });
    expect([empty.code, empty.stdout]).toEqual([2, '']);
    expect(empty.stderr).toBe(
      'procmap: Không đọc được phiên bản "HEAD": kho git chưa có commit nào; hãy commit các quy trình trước (git add, rồi git commit) và so sánh với commit đó\n',
    );
    // A plain word is still read as a path that may be mistyped.
    const word = await runCli(['diff', '--lang', 'en', 'khong-co', 'procedures'], { cwd: outside });
    expect(word.stderr).toContain('REV:PATH');
  });

  it('compares a branch behind main with where it left main when given main...HEAD', async () => {
    git(['checkout', '-q', 'de-xuat'], repo);
    try {
      // main's tip: main's own shortened limit shows as a limit raised by the branch.
      const tip = await runCli(['diff', '--lang', 'en', '--since', 'main', '--fail-on', 'breaking'], { cwd: repo });
      expect(tip.code).toBe(1);
      expect(tip.stdout).toContain('QT-HT-11');
      for (const since of ['main...HEAD', 'main...']) {
        const base = await runCli(['diff', '--lang', 'en', '--since', since, '--fail-on', 'breaking'], { cwd: repo });
        expect(base.stderr).toBe('');
        expect(base.code).toBe(0);
        expect(base.stdout).toContain('QT-HT-09');
        expect(base.stdout).not.toContain('QT-HT-11');
      }
      const side = await runCli(['diff', '--lang', 'en', 'main...de-xuat:procedures', 'procedures'], { cwd: repo });
      expect(side.stdout).toContain('QT-HT-09');
      expect(side.stdout).not.toContain('QT-HT-11');
    } finally {
      git(['checkout', '-q', 'main'], repo);
    }
  });

  it('reads a first side that is a revision and no path, as git writes `git diff HEAD`, as --since', async () => {
    edit(repo, 'xa/trich-luc-khai-tu.yaml', /^time_limit: 2d$/m, 'time_limit: 4d');
    try {
      const since = await runCli(['diff', '--lang', 'en', '--since', 'HEAD', 'procedures'], { cwd: repo });
      expect(since.code).toBe(0);
      expect(since.stdout).toContain('QT-HT-11');
      for (const args of [['HEAD'], ['HEAD', 'procedures'], ['main', 'procedures/xa']]) {
        const result = await runCli(['diff', '--lang', 'en', ...args], { cwd: repo });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe(since.stdout);
      }
      // A folder of that name on disk is a path, as before: no revision is looked for.
      mkdirSync(join(scratch, 'HEAD'), { recursive: true });
      const folder = await runCli(['diff', '--lang', 'en', 'HEAD', 'procedures'], { cwd: scratch });
      expect(folder.code).toBe(2);
      expect(folder.stderr).toContain('"procedures"');
      // Neither a path nor a revision: refused as a missing path, with how to write a revision.
      const neither = await runCli(['diff', '--lang', 'en', 'khong-co', 'procedures'], { cwd: repo });
      expect(neither.code).toBe(2);
      expect(neither.stderr).toContain('REV:PATH');
    } finally {
      git(['checkout', '-q', '--', '.'], repo);
    }
  });

  it('names the range as written and the end of it that is no branch, tag or commit, in the user language', async () => {
    const result = await runCli(['diff', '--since', 'khong-co...HEAD'], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'procmap: Không đọc được phiên bản "khong-co...HEAD": "khong-co" không phải là nhánh, thẻ (tag) hay commit nào trong kho git này\n',
    );
    const en = await runCli(['diff', '--lang', 'en', 'main...khong-co:procedures', 'procedures'], { cwd: repo });
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(
      'procmap: Cannot read revision "main...khong-co": "khong-co" is not a branch, tag or commit in this repository\n',
    );
  });

  it('reads a revision with a colon of its own (a time in the reflog) up to the colon git splits REV:PATH at', async () => {
    // main pointed at "ban hành" from 2026-09-01 to 2026-11-20: at 12:00 on 2026-11-01 QT-HT-11's limit was still 3d.
    const result = await runCli(
      ['diff', '--lang', 'en', '--format', 'json', 'main@{2026-11-01 12:00:00}:procedures', 'main:procedures'],
      { cwd: repo },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const changes = (JSON.parse(result.stdout) as { changes: { kind: string; procedure: string; file: string }[] })
      .changes;
    expect(changes.map(({ kind, procedure }) => `${kind} ${procedure}`)).toContain('time-limit-changed QT-HT-11');
    const base = await runCli(['diff', '--lang', 'en', 'HEAD@{2026-11-01 12:00:00}:procedures', 'procedures'], {
      cwd: repo,
    });
    expect(base.stderr).toBe('');
    expect(base.stdout).toContain('Time limit: 3 working days → 2 working days');
  });
});
