import type { CountryCode } from 'libphonenumber-js';
import type { Carrier } from '../carriers/schema';
import type { Finding, PhoneFinding } from '../finding';
import type { Language } from '../i18n';
import type { NumberDescription } from '../phone/describe';
import type { RegionRule } from '../phone/page-region';
import { regionRuleFor } from '../scan/region-rule';
import { carrierFromBackground, describeFromBackground } from './finder-client';

/** What the hover card shows for a mark. */
export type CardContent =
  | {
      kind: 'phone';
      finding: PhoneFinding;
      description: NumberDescription | null;
      originalCarrier: string | null;
      /** Which rule chose the region of a number written without a country code; null when it had one. */
      regionRule: RegionRule | null;
    }
  | { kind: 'carrier'; carrier: Carrier };

/** What one card shows: the page's content script works these out before the card's code loads. */
export interface CardProps {
  content: CardContent;
  homeRegion: string;
  language: Language;
}

/**
 * The card's rendering: Preact, the components, the UI catalogs and the positioning
 * (components/hover-card-view.tsx). Loaded by the content script on the first hover, so pages
 * nobody hovers never pay for it.
 */
export interface CardView {
  /** Renders the card into `container` and places it by `anchor`, unless `current` turns false meanwhile. */
  show(
    container: HTMLElement,
    anchor: Range,
    props: CardProps,
    onClose: () => void,
    current: () => boolean,
  ): Promise<void>;
  clear(container: HTMLElement): void;
  /** The card's stylesheet, for its shadow root. */
  css: string;
}

/** What the card shows for a finding; null for a carrier id the catalog does not know. */
export async function cardContentFor(
  finding: Finding,
  page: { homeRegion: CountryCode; locale: string; regionRule: RegionRule },
): Promise<CardContent | null> {
  if (finding.kind === 'carrier') {
    const carrier = await carrierFromBackground(finding.id);
    return carrier ? { kind: 'carrier', carrier } : null;
  }
  const facts = finding.e164
    ? await describeFromBackground(finding.e164, page.homeRegion, page.locale)
    : { description: null, originalCarrier: null };
  return { kind: 'phone', finding, ...facts, regionRule: regionRuleFor(finding, page.regionRule) };
}
