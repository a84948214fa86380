import { describe, expect, it } from 'vitest';
import { SliceQueue } from '@/lib/scan/slices';

/** A queue on a fake clock where each unit of work takes `unitMs`. */
function harness(budgetMs: number, unitMs: number) {
  let clock = 0;
  const slices: (() => void)[] = [];
  const queue = new SliceQueue({ budgetMs, now: () => clock, requestSlice: (run) => slices.push(run) });
  function* job(units: number, log: number[]) {
    for (let i = 0; i < units; i++) {
      clock += unitMs;
      log.push(i);
      yield;
    }
  }
  const runNext = () => slices.shift()?.();
  return { queue, job, runNext, pendingSlices: () => slices.length };
}

describe('SliceQueue', () => {
  it('stops a slice at the first unit past the budget and resumes in the next', () => {
    const { queue, job, runNext } = harness(8, 3);
    const log: number[] = [];
    queue.push(job(10, log));
    runNext();
    expect(log).toEqual([0, 1, 2]);
    runNext();
    expect(log).toEqual([0, 1, 2, 3, 4, 5]);
    while (!queue.idle) runNext();
    expect(log).toHaveLength(10);
  });

  it('asks for one slice at a time however many jobs are queued', () => {
    const { queue, job, pendingSlices } = harness(8, 1);
    queue.push(job(1, []));
    queue.push(job(1, []));
    expect(pendingSlices()).toBe(1);
  });

  it('runs jobs in order', () => {
    const { queue, job, runNext } = harness(100, 1);
    const first: number[] = [];
    const second: number[] = [];
    queue.push(job(2, first));
    queue.push(job(2, second));
    runNext();
    expect([first, second]).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(queue.idle).toBe(true);
  });

  it('drops a job that throws and goes on with the next', () => {
    const { queue, job, runNext } = harness(100, 1);
    const log: number[] = [];
    queue.push(
      (function* () {
        yield;
        throw new Error('broken page');
      })(),
    );
    queue.push(job(1, log));
    runNext();
    expect(log).toEqual([0]);
  });

  it('ignores work after stop until restarted', () => {
    const { queue, job, runNext } = harness(100, 1);
    const log: number[] = [];
    queue.push(job(3, log));
    queue.stop();
    runNext();
    queue.push(job(1, log));
    expect(log).toEqual([]);
    queue.restart();
    queue.push(job(1, log));
    runNext();
    expect(log).toEqual([0]);
  });
});

describe('SliceQueue.pushTask', () => {
  it('runs a single task in the next slice', () => {
    const { queue, runNext } = harness(8, 1);
    const log: string[] = [];
    queue.pushTask(() => log.push('ran'));
    expect(log).toEqual([]);
    runNext();
    expect([log, queue.idle]).toEqual([['ran'], true]);
  });
});
