import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FolderBusyError, lockSite } from '../../src/node/build-lock.js';
import { processStat } from '../../src/node/process-stat.js';
import { ToolError } from '../../src/errors.js';

const work = mkdtempSync(join(tmpdir(), 'procmap-build-lock-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});
const LOCK = '.procmap-build.lock';
const linux = existsSync(`/proc/${process.pid}/stat`);

let folders = 0;
/** A fresh site folder holding a lock with these words. */
function lockedFolder(words: string): string {
  const dir = join(work, `site-${++folders}`);
  mkdirSync(dir);
  writeFileSync(join(dir, LOCK), words);
  return dir;
}

/** Whether lockSite takes the folder (and then releases it), or refuses it as another build's. */
function taken(dir: string): boolean {
  try {
    lockSite(dir)();
    return true;
  } catch (error) {
    if (error instanceof FolderBusyError) return false;
    throw error;
  }
}

/**
 * A process that has exited but is not reaped: a shell starts a short `sleep` in the background and then becomes a
 * long one that never waits for it (the short one must outlive the shell's own clean-up before that `exec`).
 */
async function zombie(): Promise<number> {
  const parent = spawn('sh', ['-c', 'sleep 0.2 & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(parent);
  const pid = await new Promise<number>((done) =>
    parent.stdout!.setEncoding('utf8').once('data', (line: string) => done(Number.parseInt(line, 10))),
  );
  await expect.poll(() => processStat(pid)?.state, { timeout: 10_000, interval: 20 }).toBe('Z');
  return pid;
}

describe.runIf(linux)('the build lock on Linux', () => {
  it('takes over the lock of a procmap that has exited but is not reaped (a zombie)', async () => {
    const pid = await zombie();
    // Before: kill(pid, 0) answers for a zombie, so the lock was "another build is writing" for as long as it lasted.
    expect(taken(lockedFolder(`${pid}\n`))).toBe(true);
  });

  it('records its start time, and takes over a lock whose process id another program has been given since', () => {
    const dir = join(work, 'own');
    mkdirSync(dir);
    const release = lockSite(dir);
    expect(readFileSync(join(dir, LOCK), 'utf8')).toBe(`${process.pid} ${processStat(process.pid)!.start}\n`);
    release();
    // The test runner's parent is running: with its own start time the lock is its, with another it is a dead build's.
    const parent = processStat(process.ppid)!.start;
    expect(taken(lockedFolder(`${process.ppid} ${parent}\n`))).toBe(false);
    expect(taken(lockedFolder(`${process.ppid} ${Number(parent) + 1}\n`))).toBe(true);
    // A lock of an earlier version, the process id alone: the running process holds it, as before.
    expect(taken(lockedFolder(`${process.ppid}\n`))).toBe(false);
  });
});

describe('a folder where the lock goes', () => {
  it('is refused, named, and left as it is with what it holds (it was renamed aside, then removing it failed)', () => {
    const dir = join(work, 'folder-at-lock');
    mkdirSync(join(dir, LOCK), { recursive: true });
    writeFileSync(join(dir, LOCK, 'notes.txt'), 'mine');
    let thrown: unknown;
    try {
      lockSite(dir)();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ToolError);
    expect((thrown as ToolError).text('en')).toBe(
      `Cannot lock "${dir}" for writing: "${join(dir, LOCK)}" is a folder, at the name of procmap's lock file; move or rename that folder, then run again`,
    );
    expect((thrown as ToolError).text('vi')).toBe(
      `Không khóa được "${dir}" để ghi: "${join(dir, LOCK)}" là một thư mục, trùng tên tệp khóa của procmap; hãy chuyển hoặc đổi tên thư mục đó, rồi chạy lại`,
    );
    expect(readdirSync(dir)).toEqual([LOCK]);
    expect(readFileSync(join(dir, LOCK, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

// A link there was removed as a stale lock: harmless for the link's target, but procmap removes only what it can prove
// it wrote, and its lock is a regular file of its own. Refused as a folder there is, the link kept.
describe('a link where the lock goes', () => {
  for (const [kind, target] of [
    ['to a device', '/dev/zero'],
    ['to nothing', 'nowhere'],
  ] as const)
    it(`is refused, named, and left as it is (a link ${kind})`, () => {
      const dir = join(work, `link-at-lock-${target.replace(/\W/g, '')}`);
      mkdirSync(dir, { recursive: true });
      symlinkSync(target, join(dir, LOCK));
      let thrown: unknown;
      try {
        lockSite(dir)();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ToolError);
      expect((thrown as ToolError).text('en')).toBe(
        `Cannot lock "${dir}" for writing: "${join(dir, LOCK)}" is a symbolic link, at the name of procmap's lock file, which procmap did not make; remove the link, then run again`,
      );
      expect((thrown as ToolError).text('vi')).toBe(
        `Không khóa được "${dir}" để ghi: "${join(dir, LOCK)}" là một liên kết tượng trưng, trùng tên tệp khóa của procmap mà không do procmap tạo; hãy xóa liên kết đó, rồi chạy lại`,
      );
      expect(readdirSync(dir)).toEqual([LOCK]);
      expect(readlinkSync(join(dir, LOCK))).toBe(target);
    });
});

describe('a read-only site folder', () => {
  // It said `cannot open "…/.procmap-build.lock": permission denied`, naming procmap's hidden file, not the folder.
  it('is named as read-only, as every write into it is', () => {
    const dir = join(work, 'read-only-site');
    mkdirSync(dir);
    const root = process.getuid?.() === 0;
    // Root writes through permissions: an immutable folder (chattr +i) refuses even root.
    if (root) execFileSync('chattr', ['+i', dir]);
    else chmodSync(dir, 0o555);
    try {
      expect(() => lockSite(dir)).toThrow(
        `Cannot write into "${dir}": the folder "${dir}" is read-only, nothing can be written into it; choose another folder, or allow writing into it`,
      );
    } finally {
      if (root) execFileSync('chattr', ['-i', dir]);
      else chmodSync(dir, 0o755);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
