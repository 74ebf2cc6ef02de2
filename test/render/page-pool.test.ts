import { describe, expect, it } from 'vitest';
import { Pool } from '../../src/render/page-pool.js';

function counter() {
  let made = 0;
  const destroyed: number[] = [];
  const pool = new Pool(
    async () => ++made,
    async (item: number) => {
      destroyed.push(item);
    },
    2,
  );
  return { pool, made: () => made, destroyed };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('Pool', () => {
  it('never runs more jobs at once than its size, and reuses what it made', async () => {
    const { pool, made } = counter();
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, () =>
        pool.use(async (item) => {
          running++;
          most = Math.max(most, running);
          seen.push(item);
          await tick();
          running--;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(made()).toBe(2);
    expect(new Set(seen)).toEqual(new Set([1, 2]));
  });

  it('destroys the resource of a failed job and gives the next job a fresh one', async () => {
    const { pool, destroyed } = counter();
    await expect(pool.use(async () => Promise.reject(new Error('page crashed')))).rejects.toThrow('page crashed');
    expect(destroyed).toEqual([1]);
    await expect(pool.use(async (item) => item)).resolves.toBe(2);
  });

  it('hands a waiting job a fresh resource when a failed job frees its slot', async () => {
    const { pool, destroyed } = counter();
    const results = await Promise.allSettled([
      pool.use(async () => {
        await tick();
        throw new Error('boom');
      }),
      pool.use(async (item) => {
        await tick();
        return item;
      }),
      pool.use(async (item) => item),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(destroyed).toEqual([1]);
  });

  it('drains: waits for the jobs in progress, then destroys every resource it made', async () => {
    const { pool, made, destroyed } = counter();
    const finished: number[] = [];
    const jobs = [1, 2, 3].map((k) =>
      pool.use(async () => {
        await tick();
        finished.push(k);
      }),
    );
    await pool.drain();
    expect(finished).toEqual([1, 2, 3]);
    expect(made()).toBe(2);
    expect(destroyed.sort()).toEqual([1, 2]);
    await Promise.all(jobs);
    // A job after the drain gets a fresh resource.
    await expect(pool.use(async (item) => item)).resolves.toBe(3);
  });

  it('refuses a size below one', () => {
    expect(
      () =>
        new Pool(
          async () => 1,
          async () => undefined,
          0,
        ),
    ).toThrow(RangeError);
  });
});
