import type { CountryCode } from 'libphonenumber-js';
import type { OriginalCarrier } from '../carriers/original-carrier-entry';
import type { Carrier } from '../carriers/schema';
import type { Finding, PhoneFinding } from '../finding';
import type { Language } from '../i18n';
import type { ReaderSide } from '../messaging/protocol';
import { sendFromCard } from '../messaging/send';
import type { NumberDescription } from '../phone/describe';
import type { RegionRule } from '../phone/page-region';
import type { ShortCodeDescription } from '../phone/short-code-description';
import { isSupportedRegion } from '../phone/supported-regions';
import { type CardRegionRule, regionRuleFor } from '../scan/region-rule';

/** What the hover card shows for a mark. */
export type CardContent =
  | {
      kind: 'phone';
      finding: PhoneFinding;
      description: NumberDescription | null;
      originalCarrier: OriginalCarrier | null;
      /** What placed the number in its region. */
      regionRule: CardRegionRule | null;
      /** How the reader's own SIMs reach it, and the chat links they turned on. */
      mine: ReaderSide | null;
    }
  | {
      kind: 'short-code';
      finding: PhoneFinding & { shortCode: string };
      /** What it reaches, who runs it and how to reach it from abroad, where the data says. */
      description: ShortCodeDescription;
    }
  | { kind: 'carrier'; carrier: Carrier }
  | {
      kind: 'unconfirmed-product';
      /** The product's name as the page writes it. */
      name: string;
      /** The carrier pages claim it for, which no source confirms. */
      claimedFor: Carrier;
    };

/** What the page's content script knows that a card depends on. */
export interface CardPage {
  homeRegion: CountryCode;
  locale: Language;
  /** The region the page's national numbers are read in, and the rule that chose it. */
  region: CountryCode;
  regionRule: RegionRule;
}

/** What one card shows. */
export interface CardProps {
  content: CardContent;
  homeRegion: string;
  language: Language;
}

/**
 * The hover card's code (entrypoints/hover-card.ts), loaded on the first hover: the view, and the
 * requests for what a card shows, whose reply schemas pages nobody hovers never load.
 */
export interface CardModule {
  view: CardView;
  contentFor(finding: Finding, page: CardPage): Promise<CardContent | null>;
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
export async function cardContentFor(finding: Finding, page: CardPage): Promise<CardContent | null> {
  if (finding.kind === 'carrier') {
    const carrier = (await sendFromCard('describeCarrier', { id: finding.id }))?.carrier;
    if (!carrier) return null;
    return finding.product === 'unconfirmed'
      ? { kind: 'unconfirmed-product', name: finding.text, claimedFor: carrier }
      : { kind: 'carrier', carrier };
  }
  const { shortCode, region } = finding;
  if (finding.e164 === null && shortCode !== undefined) {
    const reply =
      region && isSupportedRegion(region)
        ? await sendFromCard('describeShortCode', { code: shortCode, region })
        : null;
    const description = reply ?? { services: [], owner: null };
    return { kind: 'short-code', finding: { ...finding, shortCode }, description };
  }
  if (finding.e164 === null) return null;
  const facts = await sendFromCard('describePhone', {
    e164: finding.e164,
    homeRegion: page.homeRegion,
    language: page.locale,
  });
  return {
    kind: 'phone',
    finding,
    description: facts?.description ?? null,
    originalCarrier: facts?.originalCarrier ?? null,
    regionRule: regionRuleFor(finding, { rule: page.regionRule, region: page.region }),
    mine: facts?.mine ?? null,
  };
}
