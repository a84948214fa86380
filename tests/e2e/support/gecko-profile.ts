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

interface ProfiledThread {
  name: string;
  samples: Table;
  stackTable: Table;
  frameTable: Table;
  stringTable: string[];
}

interface GeckoProfile {
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

/**
 * The longest run of consecutive samples, on any process's main thread, with a frame from
 * `scriptPrefix` anywhere on the stack, in ms. A frame's location reads "name (url:line:column)".
 */
export function longestStretchOf(profile: GeckoProfile, scriptPrefix: string): number {
  let longest = 0;
  for (const thread of [...profile.threads, ...profile.processes.flatMap((p) => p.threads)]) {
    if (thread.name !== 'GeckoMain') continue;
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
    let start: number | null = null;
    for (const sample of samples.data) {
      const time = sample[timeColumn] ?? 0;
      if (runsOurs(sample[stackColumn])) {
        start ??= time;
        // A stretch lasts from its first sample to the end of its last one.
        longest = Math.max(longest, time - start + 1);
      } else start = null;
    }
  }
  return Math.round(longest);
}
