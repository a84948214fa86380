import type { CountryCode } from 'libphonenumber-js';
import type { Carrier, Note } from '../carriers/schema';
import type { NumberDescription } from '../phone/describe';
import type { KeepRule } from './keep-rule';
import { type KeepStatus, keepStatus } from './keep-watch';
import { reachFrom, type SimLine, simHomeOf } from './reach';
import type { Sim } from './sim';

/** What the background looks up for the reader's SIMs; entrypoints/background.ts binds the real ones. */
export interface SimLookups {
  carrier(id: string): Carrier | undefined;
  keepRule(carrierId: string): KeepRule | null;
  /** A SIM number's region and international form; null when it no longer parses. */
  number(e164: string): { region: CountryCode | null; international: string } | null;
}

/** One SIM as the popup's short view lists it. */
export interface SimStatus {
  sim: Sim;
  carrier: Pick<Carrier, 'id' | 'names'> | null;
  /** The number in international form. */
  number: string | null;
  keep: KeepStatus | null;
  /** The carrier note a sourced keep-number rule is read from. */
  keepNote: Note | null;
}

/** The note a rule cites: its carrier's keep-number note with the rule's source. */
function ruleNote(carrier: Carrier | undefined, rule: KeepRule | null): Note | null {
  if (!carrier || !rule) return null;
  return carrier.notes.find((note) => note.topic === 'keepNumber' && note.source === rule.source) ?? null;
}

export function simStatuses(sims: readonly Sim[], lookups: SimLookups, today: string): SimStatus[] {
  return sims.map((sim) => {
    const carrier = lookups.carrier(sim.carrierId);
    const rule = carrier ? lookups.keepRule(carrier.id) : null;
    return {
      sim,
      carrier: carrier ? { id: carrier.id, names: carrier.names } : null,
      number: sim.number ? (lookups.number(sim.number)?.international ?? sim.number) : null,
      keep: keepStatus(sim, rule, today),
      keepNote: ruleNote(carrier, rule),
    };
  });
}

/** One line per SIM for a number: how each reaches it from `where`. */
export function simLinesFor(
  target: Pick<NumberDescription, 'region' | 'forms' | 'smsHint'>,
  sims: readonly Sim[],
  lookups: SimLookups,
  where: CountryCode,
  today: string,
): SimLine[] {
  return sims.map((sim) => {
    const carrier = lookups.carrier(sim.carrierId) ?? null;
    const numberRegion = sim.number ? (lookups.number(sim.number)?.region ?? null) : null;
    return reachFrom({ sim, simHome: simHomeOf(numberRegion, carrier), carrier, target, where, today });
  });
}
