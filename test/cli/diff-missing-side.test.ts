import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { git } from '../helpers/git.js';

// `procmap diff <base> <revision>` where the path is gone on one side: deleted from the disk, or not at a revision. The
// other side's revision says it was there, so its procedures are removed (or added), as the catalog form says of a
// deleted file; a path at neither side, or another path than the other side's, stays refused.
const FIXTURE = fileURLToPath(new URL('fixtures/diff-counted/over/a/p.yaml', import.meta.url));
const REMOVED =
  'QT-TEST-02 Xét duyệt hồ sơ hỗ trợ (HEAD~1:procedures/p.yaml)\n' +
  '  nghiêm trọng  Bỏ quy trình\n\n' +
  '1 quy trình thay đổi: 1 nghiêm trọng, 0 cảnh báo, 0 thông tin\n';

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-missing-'));
  mkdirSync(join(scratch, 'procedures'));
  cpSync(FIXTURE, join(scratch, 'procedures', 'p.yaml'));
  git(['init', '-q', '-b', 'main'], scratch);
  git(['add', '-A'], scratch);
  git(['commit', '-q', '-m', 'ban hành'], scratch, '2026-09-01T09:00:00+07:00');
  git(['rm', '-q', '-r', 'procedures'], scratch);
  git(['commit', '-q', '-m', 'bãi bỏ'], scratch, '2026-09-02T09:00:00+07:00');
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const diff = (args: string[]) => runCli(['diff', ...args], { cwd: scratch });

describe('diff: a path gone on one side', () => {
  it('a file deleted from the disk is its procedure removed (breaking), named as a file or its folder', async () => {
    for (const args of [
      ['HEAD~1:procedures/p.yaml', 'procedures/p.yaml'],
      ['HEAD~1:procedures', 'procedures'],
    ]) {
      const result = await diff(['--fail-on', 'breaking', ...args]);
      expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({
        code: 1,
        stdout: REMOVED,
        stderr: '',
      });
    }
  });

  it('a path a revision no longer has is removed; the other way round, added', async () => {
    const removed = await diff(['--fail-on', 'breaking', 'HEAD~1:procedures/p.yaml', 'HEAD:procedures/p.yaml']);
    expect({ code: removed.code, stdout: removed.stdout, stderr: removed.stderr }).toEqual({
      code: 1,
      stdout: REMOVED,
      stderr: '',
    });
    const added = await diff(['--lang', 'en', '--format', 'json', 'procedures/p.yaml', 'HEAD~1:procedures/p.yaml']);
    expect({ code: added.code, stderr: added.stderr }).toEqual({ code: 0, stderr: '' });
    const { changes } = JSON.parse(added.stdout) as { changes: { kind: string; level: string }[] };
    expect(changes.map((c) => `${c.kind} ${c.level}`)).toEqual(['procedure-added info']);
  });

  it('a path at neither side, or another path than the other side names, stays an error naming it', async () => {
    const nowhere = await diff(['--lang', 'en', 'HEAD~1:procedures/q.yaml', 'procedures/q.yaml']);
    expect({ code: nowhere.code, stdout: nowhere.stdout, stderr: nowhere.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Path "procedures/q.yaml" exists on neither side (HEAD~1:procedures/q.yaml, procedures/q.yaml): ' +
        'nothing to compare\n',
    });
    const other = await diff(['--lang', 'en', 'HEAD~1:procedures/p.yaml', 'procedures/q.yaml']);
    expect({ code: other.code, stdout: other.stdout }).toEqual({ code: 2, stdout: '' });
    expect(other.stderr).toContain('Path "procedures/q.yaml" does not exist');
  });
});

describe('diff: a side that is a link going round in a loop', () => {
  it('is said to be unreadable, as lint says it, not a path that does not exist', async () => {
    // It said 'Path "loop-a.yaml" does not exist (for a git revision write REV:PATH…)' of a link that is there.
    const dir = mkdtempSync(join(tmpdir(), 'procmap-diff-loop-'));
    cpSync(FIXTURE, join(dir, 'p.yaml'));
    symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
    expect(await runCli(['diff', '--lang', 'en', 'p.yaml', 'loop-a.yaml'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: Cannot read:\nloop-a.yaml: Symbolic link loop\n',
    });
    expect(await runCli(['diff', 'loop-a.yaml', 'p.yaml'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: Không đọc được:\nloop-a.yaml: Liên kết tượng trưng vòng quanh\n',
    });
  });
});
