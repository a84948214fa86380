import type { Carrier, ServiceNumber } from './schema';

/** Who runs a short service code, and how the knowledge base says to reach it from abroad. */
export interface ShortCodeOwner {
  carrier: Pick<Carrier, 'id' | 'names'>;
  /** The carrier's lines that work from abroad or anywhere ("+86 13800100186" for 10086). */
  fromAbroad: ServiceNumber[];
}

const digitsOf = (number: string) => number.replace(/[^0-9*#+]/g, '');

/** "10086" in CN → China Mobile and its roaming hotlines; null when no carrier of the region lists the code. */
export function shortCodeOwner(
  code: string,
  region: string,
  carriers: readonly Carrier[],
): ShortCodeOwner | null {
  const owner = carriers.find(
    (carrier) =>
      carrier.region === region && carrier.serviceNumbers.some((line) => digitsOf(line.number) === code),
  );
  if (!owner) return null;
  return {
    carrier: { id: owner.id, names: owner.names },
    fromAbroad: owner.serviceNumbers.filter((line) => line.from === 'abroad' || line.from === 'anywhere'),
  };
}
