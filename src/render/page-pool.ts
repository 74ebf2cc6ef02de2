import { limitConcurrency, type Limit } from '../concurrency.js';

/** A small pool of expensive resources (browser pages), created on demand up to a size and reused. */
export class Pool<T> {
  private readonly idle: T[] = [];
  private readonly limit: Limit;

  constructor(
    private readonly create: () => Promise<T>,
    private readonly destroy: (item: T) => Promise<void>,
    readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Pool size must be a whole number ≥ 1, not ${size}`);
    this.limit = limitConcurrency(size);
  }

  /**
   * Runs a job with one resource. A job that fails may have left its resource broken (a crashed page, a half-run
   * script), so that resource is destroyed rather than reused; the next job gets a fresh one.
   */
  use<R>(job: (item: T) => Promise<R>): Promise<R> {
    // At most `size` jobs hold a slot, so at most `size` resources exist: each slot holds one or none.
    return this.limit(async () => {
      const item = this.idle.pop() ?? (await this.create());
      let result: R;
      try {
        result = await job(item);
      } catch (error) {
        await this.destroy(item).catch(() => undefined);
        throw error;
      }
      this.idle.push(item);
      return result;
    });
  }

  /**
   * Destroys the pool's resources once the jobs already started or queued are done: for resources that live in
   * something the pool's owner does not close itself (pages in a shared browser).
   */
  async drain(): Promise<void> {
    // Every slot held at once means no job is running; the last one in destroys the idle resources, then all let go.
    let entered = 0;
    let allIn!: () => void;
    const holding = new Promise<void>((resolve) => (allIn = resolve));
    await Promise.all(
      Array.from({ length: this.size }, () =>
        this.limit(async () => {
          if (++entered === this.size) {
            await Promise.all(this.idle.splice(0).map((item) => this.destroy(item).catch(() => undefined)));
            allIn();
          }
          await holding;
        }),
      ),
    );
  }
}
