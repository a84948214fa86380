import type { z } from 'zod/mini';
import * as dataFiles from './data/short-codes/index';
import { type ShortCodeEntry, type ShortCodeFile, shortCodeFileSchema } from './short-code-schema';

/**
 * Every bundled short-code file by name, from the one list in data/short-codes/index.ts (no
 * import.meta.glob, so the same module loads in Vite, vitest and tsx); the data lint test checks
 * that none is missing. Loaded where the finders run, in the background worker and the CLI.
 */
const bundledFiles: Readonly<Record<string, unknown>> = Object.fromEntries(
  Object.entries(dataFiles).map(([region, data]) => [`${region}.json`, data]),
);

export const shortCodeFileNames: readonly string[] = Object.keys(bundledFiles);

function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.');
}

/** Parses one data file; the data is our own, so a bad file is a build error, not a fallback. */
export function parseShortCodeFile(fileName: string, data: unknown): ShortCodeFile {
  const result = shortCodeFileSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issuePath(issue)}: ${issue.message}`);
  throw new Error(`short-code data file ${fileName} is invalid: ${problems.join('; ')}`);
}

/** Every listed code with its region, in file order. */
export const shortCodeEntries: readonly ShortCodeEntry[] = Object.entries(bundledFiles).flatMap(
  ([fileName, data]) => {
    const file = parseShortCodeFile(fileName, data);
    return file.codes.map((entry) => ({ ...entry, region: file.region }));
  },
);

/**
 * The entries for `code` in `region`: one, or one per carrier where each carrier answers it (JP 157).
 * A star in front ("*611") is the same code dialled from some carriers' phones.
 */
export function shortCodeEntriesFor(
  code: string,
  region: string,
  entries: readonly ShortCodeEntry[] = shortCodeEntries,
): ShortCodeEntry[] {
  const digits = code.replace(/^\*/, '');
  return entries.filter((entry) => entry.code === digits && entry.region === region);
}
