import type { Carrier, LocalizedText } from '../carriers/schema';
import { type ShortCodeOwner, shortCodeOwner } from '../carriers/short-code-owner';
import type { ShortCodeEntry, ShortCodeKind, ShortCodeSourceKind } from './short-code-schema';

/** One thing a code reaches in its region, as its source says. */
export interface ShortCodeService {
  kind: ShortCodeKind;
  name: LocalizedText;
  /** Who runs it, named as the carrier data names it, when a carrier does. */
  carrier: Pick<Carrier, 'id' | 'names'> | null;
  /** What the source says about reaching it from abroad or while roaming; null when it says nothing. */
  fromAbroad: LocalizedText | null;
  source: string;
  sourceKind: ShortCodeSourceKind;
}

/** What the card shows for a short code. */
export interface ShortCodeDescription {
  /** What the code reaches: none for a code no source lists, several where each carrier answers it (JP 157). */
  services: ShortCodeService[];
  /** The carrier whose service numbers list the code, with its lines that work from abroad. */
  owner: ShortCodeOwner | null;
}

/** An entry as the card shows it, its carrier named from the carrier data. */
function serviceOf(
  entry: ShortCodeEntry,
  carrierById: (id: string) => Carrier | undefined,
): ShortCodeService {
  const carrier = entry.carrierId === undefined ? undefined : carrierById(entry.carrierId);
  return {
    kind: entry.kind,
    name: entry.name,
    carrier: carrier ? { id: carrier.id, names: carrier.names } : null,
    fromAbroad: entry.fromAbroad ?? null,
    source: entry.source,
    sourceKind: entry.sourceKind,
  };
}

/** "10086" in CN → China Mobile's hotline, what its source says of calling from abroad, and its roaming lines. */
export function describeShortCode(
  entries: readonly ShortCodeEntry[],
  code: string,
  region: string,
  carriers: readonly Carrier[],
): ShortCodeDescription {
  const byId = (id: string) => carriers.find((carrier) => carrier.id === id);
  return {
    services: entries.map((entry) => serviceOf(entry, byId)),
    owner: shortCodeOwner(code, region, carriers),
  };
}
