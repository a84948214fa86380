import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';

/**
 * Firefox's sampling profiler, started with the browser and written out when it shuts down
 * (https://firefox-source-docs.mozilla.org/tools/profiler/). Firefox has no long-task entries, so
 * this is how the battery sees how long Dialwise's script ran without a break there, the way the
 * Chromium bench reads V8's profile.
 */
export function profilerEnv(outFile: string): Record<string, string> {
  return {
    MOZ_PROFILER_STARTUP: '1',
    MOZ_PROFILER_SHUTDOWN: outFile,
    // One sample a millisecond, JavaScript frames, main threads only.
    MOZ_PROFILER_STARTUP_INTERVAL: '1',
    MOZ_PROFILER_STARTUP_FEATURES: 'js',
    MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
  };
}

interface Table {
  schema: Record<string, number>;
  data: (number | null)[][];
}

export interface ProfiledThread {
  name: string;
  /** "Parent Process", "Web Content", "Isolated Web Content", "WebExtensions", … */
  processName?: string;
  samples: Table;
  stackTable: Table;
  frameTable: Table;
  stringTable: string[];
}

export interface GeckoProfile {
  threads: ProfiledThread[];
  processes: { threads: ProfiledThread[] }[];
}

/** Reads the profile Firefox wrote at shutdown (waiting for it a little), then deletes the file. */
export async function readGeckoProfile(outFile: string): Promise<GeckoProfile> {
  for (let i = 0; i < 300 && !existsSync(outFile); i++) await new Promise((done) => setTimeout(done, 100));
  const profile = JSON.parse(await readFile(outFile, 'utf8')) as GeckoProfile;
  await rm(outFile, { force: true });
  return profile;
}

/** The processes a profile's threads belong to, by the name Firefox gives them. */
export const processNames = {
  /** Where pages and their content scripts run ("Isolated Web Content" with site isolation). */
  pages: /^(Isolated )?Web Content$/,
  /** Where add-ons' background pages run, apart from any page. */
  extensions: /^WebExtensions$/,
};

/** Dialwise's longest stretches of script in one kind of process, in ms. */
export interface Stretches {
  /** Consecutive samples with its script, whichever task each fell in. */
  unbroken: number;
  /** The same, cut where one task ends and the next begins: the stand-in for a long task. */
  inOneTask: number;
}

/**
 * Dialwise's longest stretches of script on the main thread of a process named by `processName`:
 * runs of consecutive samples with a frame from `scriptPrefix` anywhere on the stack (a frame's
 * location reads "name (url:line:column)"). Firefox starts the tasks of 200 frames back to back,
 * closer than its 1 ms samples can tell apart; what tells them apart is a sample's `eventDelay`,
 * how long an input event would wait then, which grows through a task and falls when the next one
 * starts. A task that waited long in the queue may start with a higher delay and is not cut, so
 * `inOneTask` errs long, never short.
 */
export function longestStretchOf(
  profile: GeckoProfile,
  scriptPrefix: string,
  processName: RegExp,
): Stretches {
  const longest: Stretches = { unbroken: 0, inOneTask: 0 };
  for (const thread of [...profile.threads, ...profile.processes.flatMap((p) => p.threads)]) {
    if (thread.name !== 'GeckoMain' || !processName.test(thread.processName ?? '')) continue;
    const { stackTable, frameTable, stringTable, samples } = thread;
    const prefixColumn = stackTable.schema.prefix as number;
    const frameColumn = stackTable.schema.frame as number;
    const locationColumn = frameTable.schema.location as number;
    const known = new Map<number, boolean>();
    const runsOurs = (stack: number | null | undefined): boolean => {
      if (stack === null || stack === undefined) return false;
      const seen = known.get(stack);
      if (seen !== undefined) return seen;
      const row = stackTable.data[stack] ?? [];
      const frame = frameTable.data[row[frameColumn] ?? -1] ?? [];
      const location = stringTable[frame[locationColumn] ?? -1] ?? '';
      const ours = location.includes(scriptPrefix) || runsOurs(row[prefixColumn]);
      known.set(stack, ours);
      return ours;
    };
    const stackColumn = samples.schema.stack as number;
    const timeColumn = samples.schema.time as number;
    const delayColumn = samples.schema.eventDelay as number;
    let unbrokenSince: number | null = null;
    let taskSince: number | null = null;
    let lastDelay = 0;
    for (const sample of samples.data) {
      const time = sample[timeColumn] ?? 0;
      // A sample without a delay tells nothing of where a task begins.
      const delay = sample[delayColumn] ?? lastDelay;
      if (runsOurs(sample[stackColumn])) {
        unbrokenSince ??= time;
        if (taskSince === null || delay < lastDelay) taskSince = time;
        // A stretch lasts from its first sample to the end of its last one.
        longest.unbroken = Math.max(longest.unbroken, time - unbrokenSince + 1);
        longest.inOneTask = Math.max(longest.inOneTask, time - taskSince + 1);
      } else unbrokenSince = taskSince = null;
      lastDelay = delay;
    }
  }
  return { unbroken: Math.round(longest.unbroken), inOneTask: Math.round(longest.inOneTask) };
}
