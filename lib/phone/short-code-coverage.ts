import type { ShortCodeEntry, ShortCodeKind, ShortCodeSourceKind } from './short-code-schema';

/** What the short-code data covers, as scripts/short-code-coverage.ts prints it. */
export interface ShortCodeCoverage {
  regions: number;
  codes: number;
  byKind: Partial<Record<ShortCodeKind, number>>;
  bySource: Partial<Record<ShortCodeSourceKind, number>>;
  withCarrier: number;
  withFromAbroad: number;
  /** Regions by how many codes they list, fewest first: where the data is thinnest. */
  perRegion: Array<[region: string, codes: number]>;
}

function countBy<K extends string>(entries: readonly ShortCodeEntry[], key: (entry: ShortCodeEntry) => K) {
  const counts: Partial<Record<K, number>> = {};
  for (const entry of entries) counts[key(entry)] = (counts[key(entry)] ?? 0) + 1;
  return counts;
}

export function shortCodeCoverage(entries: readonly ShortCodeEntry[]): ShortCodeCoverage {
  const perRegion = countBy(entries, (entry) => entry.region);
  return {
    regions: Object.keys(perRegion).length,
    codes: entries.length,
    byKind: countBy(entries, (entry) => entry.kind),
    bySource: countBy(entries, (entry) => entry.sourceKind),
    withCarrier: entries.filter((entry) => entry.carrierId !== undefined).length,
    withFromAbroad: entries.filter((entry) => entry.fromAbroad !== undefined).length,
    perRegion: Object.entries(perRegion)
      .map(([region, codes]): [string, number] => [region, codes ?? 0])
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])),
  };
}
