import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { processStat } from '../../src/node/process-stat.js';

// What another run does while this one judges a lock: set by a test, run once, inside this run's look at the owner.
const meanwhile = vi.hoisted(() => ({ act: undefined as (() => void) | undefined }));
vi.mock('../../src/node/files.js', async (original) => {
  const files = await original<typeof import('../../src/node/files.js')>();
  return {
    ...files,
    processAlive: (pid: number, started?: string) => {
      const act = meanwhile.act;
      meanwhile.act = undefined;
      act?.();
      return files.processAlive(pid, started);
    },
  };
});
// The unit project shares one module graph per worker (isolate: false): another file may have loaded build-lock with
// the real files.js already, which this file would be handed without its mock.
vi.resetModules();
const { FolderBusyError, lockSite } = await import('../../src/node/build-lock.js');

const work = mkdtempSync(join(tmpdir(), 'procmap-lock-takeover-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const LOCK = '.procmap-build.lock';
const linux = existsSync(`/proc/${process.pid}/stat`);

/** The id of a process that has ended: the owner of a lock a killed build left. */
function deadProcessId(): number {
  return spawnSync(process.execPath, ['--version']).pid!;
}

describe.runIf(linux)('two runs that find the lock of a killed build at once', () => {
  it('let only one of them take the folder: the later never removes the lock the first made meanwhile', () => {
    const dir = join(work, 'site');
    mkdirSync(dir);
    const lock = join(dir, LOCK);
    writeFileSync(lock, `${deadProcessId()}\n`);
    // The other run (here: the test runner's parent, which is running) takes the stale lock over while this run is
    // still looking at its owner. Before, this run then removed that fresh lock by name and took the folder too.
    const other = `${process.ppid} ${processStat(process.ppid)!.start}\n`;
    meanwhile.act = () => {
      rmSync(lock);
      writeFileSync(lock, other);
    };
    expect(() => lockSite(dir)).toThrow(FolderBusyError);
    expect(readFileSync(lock, 'utf8')).toBe(other);
    // Nothing of the look left behind.
    expect(readdirSync(dir)).toEqual([LOCK]);
  });

  it('still takes over a lock whose owner is gone, and releases only its own lock', () => {
    const dir = join(work, 'stale');
    mkdirSync(dir);
    const lock = join(dir, LOCK);
    writeFileSync(lock, `${deadProcessId()}\n`);
    const release = lockSite(dir);
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} ${processStat(process.pid)!.start}\n`);
    expect(readdirSync(dir)).toEqual([LOCK]);
    // A lock another run put in its place since (this run was taken for dead) stays when this run releases.
    rmSync(lock);
    writeFileSync(lock, 'another run\n');
    release();
    expect(readFileSync(lock, 'utf8')).toBe('another run\n');
  });
});
