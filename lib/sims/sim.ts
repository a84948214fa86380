import * as z from 'zod/mini';
import { once } from '../once';

/**
 * A SIM the reader holds, as stored and as exported: the carrier (a knowledge-base id, or "other"
 * with the name the reader gave), its number in E.164 (none on a data-only eSIM), a label, its kind,
 * the day it was last topped up or used, and the reader's own keep-number rule where no source has one.
 */

export const simKinds = ['prepaid', 'postpaid', 'data-esim', 'virtual'] as const;
export type SimKind = (typeof simKinds)[number];

/** The carrier field of a SIM whose carrier the knowledge base does not list. */
export const otherCarrier = 'other';

export const simLimits = { sims: 50, label: 80, otherName: 80, keepDays: 3650 } as const;

export const simSchema = once(() =>
  z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
    carrierId: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
    /** The carrier's name as the reader wrote it, when carrierId is "other". */
    otherName: z.optional(z.string().check(z.minLength(1), z.maxLength(simLimits.otherName))),
    number: z.nullable(z.string().check(z.regex(/^\+[1-9]\d{4,14}$/))),
    label: z.string().check(z.maxLength(simLimits.label)),
    kind: z.enum(simKinds),
    /** The last top-up or use, YYYY-MM-DD in the reader's time zone. */
    lastActive: z.nullable(z.iso.date()),
    /** "Keeps N days after the last top-up", in the reader's words, for carriers no source covers. */
    keepDays: z.nullable(z.int().check(z.gte(1), z.lte(simLimits.keepDays))),
  }),
);

export type Sim = z.infer<ReturnType<typeof simSchema>>;

export interface ParsedSims {
  sims: Sim[];
  /** Stored entries that could not be read and were left out; the others survive. */
  unreadable: number;
}

/** Reads a stored list entry by entry: one corrupt SIM is left out, the rest are kept. */
export function parseSims(raw: unknown): ParsedSims {
  if (raw == null) return { sims: [], unreadable: 0 };
  if (!Array.isArray(raw)) return { sims: [], unreadable: 1 };
  const sims: Sim[] = [];
  const seen = new Set<string>();
  let unreadable = 0;
  for (const entry of raw.slice(0, simLimits.sims)) {
    const parsed = simSchema().safeParse(entry);
    if (parsed.success && !seen.has(parsed.data.id)) {
      seen.add(parsed.data.id);
      sims.push(parsed.data);
    } else unreadable += 1;
  }
  return { sims, unreadable: unreadable + Math.max(0, raw.length - simLimits.sims) };
}

/** A fresh id for a new SIM, unique among `taken`. */
export function newSimId(taken: readonly Sim[], random: () => number = Math.random): string {
  const ids = new Set(taken.map((sim) => sim.id));
  for (;;) {
    const id = `sim-${Math.floor(random() * 36 ** 8).toString(36)}`;
    if (!ids.has(id)) return id;
  }
}

/** The list with the SIM at `from` moved to `to`; out-of-range moves change nothing. */
export function moveSim(sims: readonly Sim[], from: number, to: number): Sim[] {
  const moved = [...sims];
  if (from < 0 || from >= sims.length || to < 0 || to >= sims.length) return moved;
  const [sim] = moved.splice(from, 1);
  if (sim) moved.splice(to, 0, sim);
  return moved;
}
