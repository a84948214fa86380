// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  type GeckoProfile,
  longestStretchOf,
  type ProfiledThread,
  processNames,
} from '../../e2e/support/gecko-profile';

const ours = 'moz-extension://dialwise/';

/** Stack 1 runs Dialwise's script, stack 2 the page's; each sample is 1 ms after the last. */
function thread(
  processName: string,
  samples: Array<{ stack: 1 | 2 | null; eventDelay: number | null }>,
): ProfiledThread {
  return {
    name: 'GeckoMain',
    processName,
    stringTable: [
      '(root)',
      `scan (${ours}content-scripts/content.js:4:100)`,
      'onload (https://example.test/page.js:1:1)',
    ],
    frameTable: { schema: { location: 0 }, data: [[0], [1], [2]] },
    stackTable: {
      schema: { prefix: 0, frame: 1 },
      data: [
        [null, 0],
        [0, 1],
        [0, 2],
      ],
    },
    samples: {
      schema: { stack: 0, time: 1, eventDelay: 2 },
      data: samples.map((sample, i) => [sample.stack, i, sample.eventDelay]),
    },
  };
}

/** `count` samples of `stack` in one task that began `since` ms before the first. */
const task = (stack: 1 | 2, count: number, since = 0) =>
  Array.from({ length: count }, (_, i) => ({ stack, eventDelay: since + i }));

const profileOf = (...threads: ProfiledThread[]): GeckoProfile => ({ threads: [], processes: [{ threads }] });

describe("the Firefox profile's measure of Dialwise's script", () => {
  it('joins consecutive samples of its script into one stretch, and a sample of the page ends it', () => {
    const page = thread('Web Content', [...task(1, 5), ...task(2, 1, 5), ...task(1, 3, 6)]);
    expect(longestStretchOf(profileOf(page), ours, processNames.pages)).toEqual({
      unbroken: 5,
      inOneTask: 5,
    });
  });

  it('cuts a stretch where the event delay falls, for the next task has begun', () => {
    const page = thread('Web Content', [...task(1, 4), ...task(1, 6), ...task(1, 3)]);
    expect(longestStretchOf(profileOf(page), ours, processNames.pages)).toEqual({
      unbroken: 13,
      inOneTask: 6,
    });
  });

  it('does not cut where the next task waited longer than the last one ran', () => {
    const page = thread('Web Content', [...task(1, 4), ...task(1, 3, 20)]);
    expect(longestStretchOf(profileOf(page), ours, processNames.pages).inOneTask).toBe(7);
  });

  it('does not cut where a sample carries no delay', () => {
    const page = thread('Web Content', [...task(1, 4), { stack: 1, eventDelay: null }, ...task(1, 3, 5)]);
    expect(longestStretchOf(profileOf(page), ours, processNames.pages).inOneTask).toBe(8);
    const startingBlind = thread('Web Content', [{ stack: 1, eventDelay: null }, ...task(1, 3, 1)]);
    expect(longestStretchOf(profileOf(startingBlind), ours, processNames.pages).inOneTask).toBe(4);
  });

  it('counts only the processes it is asked about', () => {
    const page = thread('Isolated Web Content', task(1, 8));
    const addOn = thread('WebExtensions', task(1, 90));
    const parent = thread('Parent Process', task(1, 40));
    const profile = profileOf(page, addOn, parent);
    expect(longestStretchOf(profile, ours, processNames.pages).inOneTask).toBe(8);
    expect(longestStretchOf(profile, ours, processNames.extensions).inOneTask).toBe(90);
  });

  it('finds nothing where its script never ran', () => {
    const page = thread('Web Content', task(2, 50));
    expect(longestStretchOf(profileOf(page), ours, processNames.pages)).toEqual({
      unbroken: 0,
      inOneTask: 0,
    });
  });
});
