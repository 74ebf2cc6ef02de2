import { describe, expect, it } from 'vitest';
import { eachLimited, limitConcurrency } from '../src/concurrency.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('limitConcurrency', () => {
  it('runs at most its size at once, in the order the jobs came', async () => {
    const limit = limitConcurrency(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, k) =>
        limit(async () => {
          started.push(k);
          running++;
          most = Math.max(most, running);
          await tick();
          running--;
          return k * 10;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(results).toEqual([0, 10, 20, 30, 40, 50, 60, 70]);
  });

  it('frees the slot of a failed job, and only that job rejects', async () => {
    const limit = limitConcurrency(1);
    const results = await Promise.allSettled([
      limit(async () => Promise.reject(new Error('boom'))),
      limit(async () => 'next'),
    ]);
    expect(results).toEqual([
      { status: 'rejected', reason: new Error('boom') },
      { status: 'fulfilled', value: 'next' },
    ]);
  });

  it('lets no newcomer overtake a waiting job when a slot frees', async () => {
    const limit = limitConcurrency(1);
    let running = 0;
    let most = 0;
    const job = async () => {
      running++;
      most = Math.max(most, running);
      await tick();
      running--;
    };
    const first = limit(job);
    const second = limit(job);
    await first;
    // The first job's slot went straight to the second: a job arriving now waits.
    const third = limit(job);
    await Promise.all([second, third]);
    expect(most).toBe(1);
  });

  it('refuses a size below one', () => {
    expect(() => limitConcurrency(0)).toThrow(RangeError);
    expect(() => limitConcurrency(1.5)).toThrow(RangeError);
  });
});

describe('eachLimited', () => {
  it('starts no job after a failure, lets the running ones finish, then throws the first error', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = eachLimited([0, 1, 2, 3, 4, 5], 2, async (k) => {
      started.push(k);
      await tick();
      if (k === 1) throw new Error('job 1 failed');
      await tick();
      finished.push(k);
    });
    await expect(run).rejects.toThrow('job 1 failed');
    expect(started).toEqual([0, 1]);
    expect(finished).toEqual([0]);
  });

  it('runs every item when none fails', async () => {
    const seen: number[] = [];
    await eachLimited([1, 2, 3], 2, async (k) => void seen.push(k));
    expect(seen.sort()).toEqual([1, 2, 3]);
  });
});
