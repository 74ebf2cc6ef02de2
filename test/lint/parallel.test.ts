import { describe, expect, it } from 'vitest';
import { PARALLEL_THRESHOLD, workerCount } from '../../src/lint/parallel.js';

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

  it('obeys PROCMAP_LINT_WORKERS, up to eight', () => {
    expect(workerCount(10, { PROCMAP_LINT_WORKERS: '2' }, 1)).toBe(2);
    expect(workerCount(100_000, { PROCMAP_LINT_WORKERS: '0' }, 8)).toBe(0);
    expect(workerCount(10, { PROCMAP_LINT_WORKERS: '99' }, 8)).toBe(8);
  });
});
