import * as z from 'zod/mini';
import { type Sim, simLimits, simSchema } from './sim';

/**
 * The export file: `{ "format": "dialwise-sims", "version": 1, "sims": [...] }`. An import is all
 * or nothing: a file that is not JSON, not this format, or holds one unreadable SIM changes nothing,
 * and says why.
 */

const format = 'dialwise-sims';
const version = 1;
/** Larger than any honest export of fifty SIMs. */
const maxFileLength = 200_000;

export type SimsFileProblem = 'too-large' | 'not-json' | 'not-sims-file' | 'bad-entry';

export type SimsFileReading =
  | { ok: true; sims: Sim[] }
  | { ok: false; problem: SimsFileProblem; entry?: number };

export function simsFileText(sims: readonly Sim[]): string {
  return `${JSON.stringify({ format, version, sims }, null, 2)}\n`;
}

export function readSimsFile(text: string): SimsFileReading {
  if (text.length > maxFileLength) return { ok: false, problem: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const envelope = z
    .object({
      format: z.literal(format),
      version: z.literal(version),
      sims: z.array(z.unknown()).check(z.maxLength(simLimits.sims)),
    })
    .safeParse(data);
  if (!envelope.success) return { ok: false, problem: 'not-sims-file' };
  const sims: Sim[] = [];
  const ids = new Set<string>();
  for (const [index, entry] of envelope.data.sims.entries()) {
    const parsed = simSchema().safeParse(entry);
    // A second SIM with an id already read would replace the first on import: the file is refused.
    if (!parsed.success || ids.has(parsed.data.id))
      return { ok: false, problem: 'bad-entry', entry: index + 1 };
    ids.add(parsed.data.id);
    sims.push(parsed.data);
  }
  return { ok: true, sims };
}

/**
 * The list after an import: an imported SIM replaces the one with its id, the others are added after
 * the reader's own; nothing already held is lost. Null when the result would exceed the limit.
 */
export function mergeSims(held: readonly Sim[], imported: readonly Sim[]): Sim[] | null {
  const byId = new Map(imported.map((sim) => [sim.id, sim]));
  const merged = held.map((sim) => byId.get(sim.id) ?? sim);
  const heldIds = new Set(held.map((sim) => sim.id));
  for (const sim of byId.values()) if (!heldIds.has(sim.id)) merged.push(sim);
  return merged.length > simLimits.sims ? null : merged;
}
