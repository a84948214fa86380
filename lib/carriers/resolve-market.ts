import type { RegionalOwner } from './name-spellings';

/** What a text and its page say about the markets (regions) they are about. */
export interface MarketSigns {
  /** The page's own region, from its language tag or its country domain; null when only the reader's home region is known. */
  pageRegion: string | null;
  /** The regions the page's language is written in ("zh-Hant" → HK, MO, TW), or its tag's own region. */
  languageRegions: ReadonlySet<string>;
  /** The regions of carriers named in the same text by a name only one market uses. */
  carrierRegions: ReadonlySet<string>;
  /** The regions of numbers in the same text that belong to a region on their own (written with their country code, or read in the page's own region). */
  numberRegions: ReadonlySet<string>;
}

/**
 * How much each sign weighs. The page's own region outweighs anything one text says; a carrier or a
 * number of a market in the same text outweighs the language alone, which is written in several.
 */
const WEIGHTS = { pageRegion: 4, carrier: 2, number: 2, language: 1 } as const;

function weightOf(region: string, signs: MarketSigns): number {
  return (
    (region === signs.pageRegion ? WEIGHTS.pageRegion : 0) +
    (signs.carrierRegions.has(region) ? WEIGHTS.carrier : 0) +
    (signs.numberRegions.has(region) ? WEIGHTS.number : 0) +
    (signs.languageRegions.has(region) ? WEIGHTS.language : 0)
  );
}

/**
 * Which of the carriers that answer to one name the text means: the one whose market the signs
 * weigh most for. Null when no sign points to any of them, or when two weigh the same: a name is
 * then not resolved to a market the page gives no sign of.
 */
export function resolveMarket(
  candidates: readonly RegionalOwner[],
  signs: MarketSigns,
): RegionalOwner | null {
  let best: RegionalOwner | null = null;
  let bestWeight = 0;
  let tied = false;
  for (const candidate of candidates) {
    const weight = weightOf(candidate.region, signs);
    if (weight > bestWeight) {
      best = candidate;
      bestWeight = weight;
      tied = false;
    } else if (weight === bestWeight && weight > 0) {
      tied = true;
    }
  }
  return tied ? null : best;
}
