import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetRunState, settleWrites, writeFileSafelyAsync } from '../../src/node/files.js';

// What Ctrl-C relies on (src/node/interrupt.ts): writes under way finish before temporary files are removed, and no
// write starts after, so no temporary file can appear once the clean-up has run.
describe('settling writes on an interrupt', () => {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-settle-'));
  afterEach(() => {
    forgetRunState();
    rmSync(dir, { recursive: true, force: true });
  });

  it('waits for the writes under way, then starts none', async () => {
    const big = 'x'.repeat(4 * 1024 * 1024);
    const started = [0, 1, 2].map((i) => writeFileSafelyAsync(join(dir, `a${i}.txt`), big, dir));
    await settleWrites(10_000);
    // Every write under way has finished under its final name: nothing temporary is left for the clean-up to miss.
    expect(readdirSync(dir).sort()).toEqual(['a0.txt', 'a1.txt', 'a2.txt']);
    expect(readFileSync(join(dir, 'a2.txt'), 'utf8')).toHaveLength(big.length);
    await Promise.all(started);
    // A write asked for after the interrupt never starts (and never settles: the process is exiting).
    let settled = false;
    void writeFileSafelyAsync(join(dir, 'late.txt'), 'late', dir).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readdirSync(dir).sort()).toEqual(['a0.txt', 'a1.txt', 'a2.txt']);
    expect(settled).toBe(false);
  });
});
