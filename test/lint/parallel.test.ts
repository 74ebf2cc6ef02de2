import { describe, expect, it } from 'vitest';
import { PARALLEL_THRESHOLD, takeChunks, workerCount } from '../../src/lint/parallel.js';

describe('workerCount', () => {
  it('adds no thread below the threshold, whatever the cores', () => {
    expect(workerCount(PARALLEL_THRESHOLD - 1, {}, 16)).toBe(0);
  });

  it('adds no thread on one core, whatever the files', () => {
    expect(workerCount(100_000, {}, 1)).toBe(0);
  });

  it('adds one thread per spare core, each with enough files, at most three', () => {
    expect(workerCount(20_000, {}, 2)).toBe(1);
    expect(workerCount(20_000, {}, 8)).toBe(3);
    expect(workerCount(2 * PARALLEL_THRESHOLD, {}, 8)).toBe(2);
    expect(workerCount(PARALLEL_THRESHOLD, {}, 4)).toBe(1);
  });

  it('counts only the cores other programs leave idle now, the main thread being one of those running', () => {
    // Quiet 2-core machine: the run's own thread alone runs, one core is idle.
    expect(workerCount(20_000, {}, 2, 1)).toBe(1);
    // Another program runs on the other core: a worker would only compete with the main thread.
    expect(workerCount(20_000, {}, 2, 2)).toBe(0);
    expect(workerCount(20_000, {}, 2, 12)).toBe(0);
    // Four cores, one other program: two idle besides the main thread's.
    expect(workerCount(20_000, {}, 4, 2)).toBe(2);
    // Unknown (no /proc/loadavg): the cores alone.
    expect(workerCount(20_000, {}, 4, undefined)).toBe(3);
  });

  it('obeys PROCMAP_LINT_WORKERS, up to eight', () => {
    expect(workerCount(10, { PROCMAP_LINT_WORKERS: '2' }, 1)).toBe(2);
    expect(workerCount(100_000, { PROCMAP_LINT_WORKERS: '0' }, 8)).toBe(0);
    expect(workerCount(10, { PROCMAP_LINT_WORKERS: '99' }, 8)).toBe(8);
  });
});

describe('takeChunks', () => {
  const files = Array.from({ length: 23 }, (_, i) => `f${i}.yaml`);
  const passOf = (chunk: readonly string[]) => ({
    diagnostics: [],
    procedures: [],
    collected: {},
    directives: [],
    unchecked: [...chunk],
  });

  it('gives every chunk to exactly one of the threads sharing the counter, as contiguous slices of the files', () => {
    const taken = new SharedArrayBuffer(4);
    let other: ReturnType<typeof takeChunks> = [];
    // The second "thread" starts while the first lints its first chunk, and takes every chunk left from there.
    let started = false;
    const first = takeChunks(files, taken, 5, (chunk) => {
      if (!started) {
        started = true;
        other = takeChunks(files, taken, 5, passOf);
      }
      return passOf(chunk);
    });
    expect(first.map((c) => c.index)).toEqual([0]);
    expect(other.map((c) => c.index)).toEqual([1, 2, 3, 4]);
    const merged = [...first, ...other].sort((a, b) => a.index - b.index).flatMap((c) => c.pass.unchecked ?? []);
    expect(merged).toEqual(files);
  });

  it('takes nothing when the files are gone, and one chunk for all when alone', () => {
    expect(takeChunks([], new SharedArrayBuffer(4), 1, passOf)).toEqual([]);
    const alone = takeChunks(files, new SharedArrayBuffer(4), files.length, passOf);
    expect(alone.map((c) => c.pass.unchecked)).toEqual([files]);
  });

  it('says which files of a chunk could not be read, with the chunk', () => {
    const unreadable = {
      file: 'f3.yaml',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      severity: 'error' as const,
      rule: 'parse',
      message: 'x',
    };
    const chunks = takeChunks(files, new SharedArrayBuffer(4), 10, (chunk, failures) => {
      if (chunk.includes('f3.yaml')) failures.push(unreadable);
      return passOf(chunk);
    });
    expect(chunks.map((c) => c.unreadable)).toEqual([[unreadable], [], []]);
  });
});
