/** A small pool of expensive resources (browser pages), created on demand up to a size and reused. */
export class Pool<T> {
  private readonly idle: T[] = [];
  private readonly waiting: ((item: T | Error) => void)[] = [];
  private created = 0;

  constructor(
    private readonly create: () => Promise<T>,
    private readonly destroy: (item: T) => Promise<void>,
    readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Pool size must be a whole number ≥ 1, not ${size}`);
  }

  /**
   * Runs a job with one resource. A job that fails may have left its resource broken (a crashed page, a half-run
   * script), so that resource is destroyed rather than reused; the next job gets a fresh one.
   */
  async use<R>(job: (item: T) => Promise<R>): Promise<R> {
    const item = await this.acquire();
    let result: R;
    try {
      result = await job(item);
    } catch (error) {
      this.created--;
      await this.destroy(item).catch(() => undefined);
      this.hand(undefined);
      throw error;
    }
    this.hand(item);
    return result;
  }

  private async acquire(): Promise<T> {
    const item = this.idle.pop();
    if (item !== undefined) return item;
    if (this.created < this.size) {
      this.created++;
      try {
        return await this.create();
      } catch (error) {
        this.created--;
        throw error;
      }
    }
    const next = await new Promise<T | Error>((resolve) => this.waiting.push(resolve));
    if (next instanceof Error) throw next;
    return next;
  }

  /** Gives a resource back, straight to a waiting job if there is one; `undefined` frees a slot instead. */
  private hand(item: T | undefined): void {
    const waiter = this.waiting.shift();
    if (waiter === undefined) {
      if (item !== undefined) this.idle.push(item);
      return;
    }
    if (item !== undefined) {
      waiter(item);
      return;
    }
    this.created++;
    this.create().then(waiter, (error: unknown) => {
      this.created--;
      waiter(error instanceof Error ? error : new Error(String(error)));
    });
  }
}
