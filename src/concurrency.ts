/** Runs a job once a slot is free; a limiter made by `limitConcurrency`. */
export type Limit = <T>(job: () => Promise<T>) => Promise<T>;

/**
 * A limiter that runs at most `size` jobs at once, the others waiting in the order they came. A job that fails frees
 * its slot like one that succeeds; its rejection goes to its own caller only. (The one limiter of procmap: the
 * browser's page pool, `doc` and `build` share it.)
 */
export function limitConcurrency(size: number): Limit {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Concurrency must be a whole number ≥ 1, not ${size}`);
  let running = 0;
  const waiting: (() => void)[] = [];
  // A finished job hands its slot straight to the next waiting one, so a newcomer cannot slip in between.
  const release = () => {
    const next = waiting.shift();
    if (next === undefined) running--;
    else next();
  };
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (running < size) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await job();
    } finally {
      release();
    }
  };
}

/**
 * Runs `job` on each item, at most `size` at a time. After a failure it starts no more, waits for the jobs still
 * running (their writes land or are cleaned up before the caller reacts), then throws the first error.
 */
export async function eachLimited<T>(
  items: readonly T[],
  size: number,
  job: (item: T) => Promise<void>,
): Promise<void> {
  const limit = limitConcurrency(size);
  let failure: { error: unknown } | undefined;
  await Promise.all(
    items.map((item) =>
      limit(async () => {
        if (failure !== undefined) return;
        try {
          await job(item);
        } catch (error) {
          failure ??= { error };
        }
      }),
    ),
  );
  if (failure !== undefined) throw failure.error;
}
