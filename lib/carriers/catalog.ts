import type { z } from 'zod';
import { once } from '../once';
import * as dataFiles from './data/index';
import { type Carrier, carrierFileSchema } from './schema';

/**
 * Every bundled data file by name, from the one list in data/index.ts (no import.meta.glob, so the
 * same module loads in Vite, vitest and tsx); the data lint test checks that none is missing.
 */
const bundledFiles: Readonly<Record<string, unknown>> = Object.fromEntries(
  Object.entries(dataFiles).map(([region, data]) => [`${region}.json`, data]),
);

export const carrierFileNames: readonly string[] = Object.keys(bundledFiles);

function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.');
}

/** Parses one data file; the data is our own, so a bad file is a build error, not a fallback. */
export function parseCarrierFile(fileName: string, data: unknown): Carrier[] {
  const result = carrierFileSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issuePath(issue)}: ${issue.message}`);
  throw new Error(`carrier data file ${fileName} is invalid: ${problems.join('; ')}`);
}

/**
 * Every carrier, parsed on first use: the finders read the precompiled names, not these, so a
 * page's findings never wait for 530 carriers' notes to be checked.
 */
export const carriers: () => readonly Carrier[] = once(() =>
  Object.entries(bundledFiles).flatMap(([fileName, data]) => parseCarrierFile(fileName, data)),
);

const carriersById = once(() => new Map(carriers().map((carrier) => [carrier.id, carrier])));

export function carrierById(id: string): Carrier | undefined {
  return carriersById().get(id);
}
