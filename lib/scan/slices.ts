/**
 * Runs queued work in slices of a few milliseconds, so scanning a large page never makes a
 * long task (> 50 ms, https://w3c.github.io/longtasks/). A job is an iterator; each `next()`
 * is one small unit (one text block), and a slice stops at the first unit past its budget.
 */

export interface SliceOptions {
  /** Milliseconds of work per slice. */
  budgetMs: number;
  now(): number;
  /** Asks for `run` to be called later, e.g. on idle time. */
  requestSlice(run: () => void): void;
}

export class SliceQueue {
  private readonly jobs: Iterator<unknown>[] = [];
  private pending = false;
  private stopped = false;

  constructor(private readonly options: SliceOptions) {}

  get idle(): boolean {
    return this.jobs.length === 0;
  }

  push(job: Iterator<unknown>): void {
    if (this.stopped) return;
    this.jobs.push(job);
    this.schedule();
  }

  /** Queues a single unit of work. */
  pushTask(task: () => void): void {
    this.push({
      next: () => {
        task();
        return { done: true, value: undefined };
      },
    });
  }

  /** Drops every queued job; later pushes are ignored. */
  stop(): void {
    this.stopped = true;
    this.jobs.length = 0;
  }

  /** Accepts jobs again after stop(). */
  restart(): void {
    this.stopped = false;
  }

  private schedule(): void {
    if (this.pending || this.jobs.length === 0) return;
    this.pending = true;
    this.options.requestSlice(() => {
      this.pending = false;
      this.runSlice();
    });
  }

  private runSlice(): void {
    const end = this.options.now() + this.options.budgetMs;
    while (this.jobs.length > 0 && this.options.now() < end) {
      const job = this.jobs[0] as Iterator<unknown>;
      let done = true;
      try {
        done = job.next().done === true;
      } catch {
        // A job that fails is dropped; the page never sees the error.
      }
      if (done) this.jobs.shift();
    }
    this.schedule();
  }
}
