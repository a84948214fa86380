/** Chromium's CPU profile (CDP `Profiler.stop`), as far as Dialwise's share of it goes. */

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Sample time with a script matching `isOurs` on the stack, in total and as the longest unbroken
 * stretch (ms), up to `untilMs` after the profile started.
 */
export function timeIn(
  profile: CpuProfile,
  isOurs: (scriptUrl: string) => boolean,
  untilMs = Number.POSITIVE_INFINITY,
): { total: number; longest: number } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const onOurStack = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const value = (node !== undefined && isOurs(node.callFrame.url)) || (up !== undefined && onOurStack(up));
    ours.set(id, value);
    return value;
  };
  let total = 0;
  let longest = 0;
  let stretch = 0;
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i + 1] ?? 0;
    at += profile.timeDeltas[i] ?? 0;
    if ((at - profile.startTime) / 1000 > untilMs) break;
    if (onOurStack(profile.samples[i] as number)) {
      total += delta;
      stretch += delta;
      longest = Math.max(longest, stretch);
    } else stretch = 0;
  }
  return { total: total / 1000, longest: longest / 1000 };
}
