import type { Timers } from './timers';

/**
 * Returns a trigger that runs `run` once changes have been quiet for `quietMs`, and no later than
 * `maxWaitMs` after the first change it has not yet run for, so a page that keeps changing is
 * still reported now and then.
 */
export function settleThen(
  run: () => void,
  { quietMs, maxWaitMs }: { quietMs: number; maxWaitMs: number },
  timers: Timers & { now(): number },
): () => void {
  let timer: number | null = null;
  let firstChangeAt = 0;
  const fire = () => {
    timer = null;
    run();
  };
  return () => {
    const now = timers.now();
    if (timer === null) firstChangeAt = now;
    else {
      // Waiting out another quiet spell would pass the deadline: let the pending run stand.
      if (now - firstChangeAt + quietMs > maxWaitMs) return;
      timers.clear(timer);
    }
    timer = timers.set(fire, quietMs);
  };
}
