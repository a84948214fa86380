import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleThen } from '@/lib/scan/settle';

describe('settleThen', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const timers = {
    now: () => Date.now(),
    set: (run: () => void, ms: number) => setTimeout(run, ms) as unknown as number,
    clear: (id: number) => clearTimeout(id),
  };

  /** A change every 100 ms, `changes` times, then a second of quiet: when it ran, in ms from the start. */
  function runsDuring(changes: number): number[] {
    const runs: number[] = [];
    const changed = settleThen(() => runs.push(Date.now()), { quietMs: 400, maxWaitMs: 2000 }, timers);
    const start = Date.now();
    for (let i = 0; i < changes; i++) {
      changed();
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(1000);
    return runs.map((at) => at - start);
  }

  it('runs once, a quiet spell after the last of a burst of changes', () => {
    expect(runsDuring(5)).toEqual([400 + 400]);
  });

  it('still runs every so often while changes never stop', () => {
    const offsets = runsDuring(50);
    expect(offsets.length).toBeGreaterThanOrEqual(2);
    expect(offsets[0]).toBeLessThanOrEqual(2000);
    for (let i = 1; i < offsets.length; i++) {
      expect((offsets[i] as number) - (offsets[i - 1] as number)).toBeLessThanOrEqual(2000);
    }
  });

  it('starts over after it has run', () => {
    const runs: number[] = [];
    const changed = settleThen(() => runs.push(Date.now()), { quietMs: 400, maxWaitMs: 2000 }, timers);
    const start = Date.now();
    changed();
    vi.advanceTimersByTime(3000);
    changed();
    vi.advanceTimersByTime(3000);
    expect(runs.map((at) => at - start)).toEqual([400, 3400]);
  });
});
