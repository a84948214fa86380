import { findCarriers } from '@/lib/carriers/find';
import { hasPhoneCandidate } from '@/lib/phone/prefilter';
import { findShortCodes } from '@/lib/phone/shortcodes';
import type { Finders } from '@/lib/scan/page-scanner';
import { phonesFromBackground } from './engine-client';

/**
 * The finders as this frame runs them: carriers, the pre-filter and short codes here (small, no
 * parser), full numbers in the background. `region` is read per call, so a settings change applies.
 */
export function bindFinders(region: () => string): Finders {
  return {
    carriers: findCarriers,
    hasPhoneCandidate,
    shortCodes: (text) => findShortCodes(text, { defaultRegion: region() }),
    phones: (texts) => phonesFromBackground(texts, region()),
  };
}
