import { describe, expect, it } from 'vitest';
import { HoverIntent, leaveGraceMs } from '@/lib/scan/hover-intent';

/** A hover intent on a hand-driven clock, logging what it opens and closes. */
function harness(delayMs = 300) {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const log: string[] = [];
  const intent = new HoverIntent<string>(
    {
      set: (run, ms) => {
        timers.set(nextId, { at: now + ms, run });
        return nextId++;
      },
      clear: (id) => timers.delete(id),
    },
    { open: (mark) => log.push(`open ${mark}`), close: () => log.push('close') },
    () => delayMs,
  );
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > now) continue;
      timers.delete(id);
      timer.run();
    }
  };
  return { intent, advance, log };
}

describe('HoverIntent', () => {
  it('opens after the pointer rests on a mark for the delay', () => {
    const { intent, advance, log } = harness();
    intent.pointAt('a', false);
    advance(299);
    expect(log).toEqual([]);
    intent.pointAt('a', false);
    advance(1);
    expect(log).toEqual(['open a']);
  });

  it('does not open for a mark the pointer only passed over', () => {
    const { intent, advance, log } = harness();
    intent.pointAt('a', false);
    advance(100);
    intent.pointAt(null, false);
    advance(1000);
    expect(log).toEqual([]);
  });

  it('stays open while the pointer crosses to the card and rests there', () => {
    const { intent, advance, log } = harness();
    intent.pointAt('a', false);
    advance(300);
    intent.pointAt(null, false);
    advance(leaveGraceMs - 50);
    intent.pointAt(null, true);
    advance(5000);
    expect(log).toEqual(['open a']);
  });

  it('closes a moment after the pointer leaves mark and card', () => {
    const { intent, advance, log } = harness();
    intent.pointAt('a', false);
    advance(300);
    intent.pointAt(null, false);
    advance(leaveGraceMs);
    expect(log).toEqual(['open a', 'close']);
  });

  it('moves to another mark after its own delay', () => {
    const { intent, advance, log } = harness();
    intent.pointAt('a', false);
    advance(300);
    intent.pointAt('b', false);
    advance(300);
    expect(log).toEqual(['open a', 'open b']);
    expect(intent.open).toBe('b');
  });

  it('closes at once on dismiss and forgets a pending open', () => {
    const { intent, advance, log } = harness();
    intent.pointAt('a', false);
    advance(300);
    intent.pointAt('b', false);
    intent.dismiss();
    advance(1000);
    expect(log).toEqual(['open a', 'close']);
  });

  it('opens immediately with a zero delay setting', () => {
    const { intent, advance, log } = harness(0);
    intent.pointAt('a', false);
    advance(0);
    expect(log).toEqual(['open a']);
  });
});
