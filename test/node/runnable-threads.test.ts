import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runnableThreads } from '../../src/node/runnable-threads.js';

describe('runnableThreads', () => {
  it('reads the threads running now from /proc/loadavg, this one among them', () => {
    // CI runs on Linux, where the file is always there: its absence would be a machine this test was not written for.
    expect(existsSync('/proc/loadavg')).toBe(true);
    const running = runnableThreads();
    expect(Number.isInteger(running)).toBe(true);
    expect(running).toBeGreaterThanOrEqual(1);
  });
});
