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
