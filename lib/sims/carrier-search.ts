import type { Carrier } from '../carriers/schema';

/** A carrier as the SIM picker offers it. */
export type CarrierChoice = Pick<Carrier, 'id' | 'region' | 'names'>;

const fold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.·]+/g, '');

function spellings(carrier: Carrier): string[] {
  const { en, zhHans, zhHant, local } = carrier.names;
  return [en, zhHans, zhHant, ...(local ? [local] : []), ...carrier.aliases].map(fold);
}

/**
 * The carriers a typed name fits, in any of the three languages, the local name or an alias: those
 * whose spelling starts with it first, then those that contain it; at most `limit`.
 */
export function searchCarriers(query: string, carriers: readonly Carrier[], limit = 8): CarrierChoice[] {
  const wanted = fold(query);
  if (wanted === '') return [];
  const starts: CarrierChoice[] = [];
  const contains: CarrierChoice[] = [];
  for (const carrier of carriers) {
    const names = spellings(carrier);
    const choice = { id: carrier.id, region: carrier.region, names: carrier.names };
    if (names.some((name) => name.startsWith(wanted))) starts.push(choice);
    else if (names.some((name) => name.includes(wanted))) contains.push(choice);
  }
  return [...starts, ...contains].slice(0, limit);
}
