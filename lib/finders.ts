import type { CountryCode } from 'libphonenumber-js/max';
import { findCarriers, mayNameCarrier } from './carriers/carrier-finder';
import type { Finding, PhoneFinding } from './finding';
import { findPhones, mayHoldPhones } from './phone/phone-finder';

/** What the page says about itself besides its text. */
export interface PageSigns {
  /** The page's `<html lang>`. */
  lang?: string;
  /** False when the region is only the reader's home region (no language tag or country domain gave one). */
  regionIsPage?: boolean;
}

/** "+852 …", "００８５２ …": a number that names its own region whatever page it is on. */
const COUNTRY_CODE_FIRST = /^[+＋]|^[0０]{2}/;

/**
 * The regions of the full numbers that speak for the text's market: those written with their
 * country code, and, on a page whose own region is known, those read in it.
 */
function numberRegionsOf(phones: readonly PhoneFinding[], regionIsPage: boolean): string[] {
  return phones.flatMap((phone) =>
    phone.e164 !== null && phone.region !== null && (regionIsPage || COUNTRY_CODE_FIRST.test(phone.text))
      ? [phone.region]
      : [],
  );
}

/**
 * Numbers, short codes and carrier names in one text, in reading order: what the background finds
 * for a page's blocks and what the scan CLI prints. `region` reads national numbers; it, the page's
 * language and the numbers found in the text tell which market a name several markets use means.
 */
export function findingsInText(text: string, region: CountryCode, page: PageSigns = {}): Finding[] {
  const phones = findPhones(text, { defaultRegion: region });
  const regionIsPage = page.regionIsPage ?? true;
  const carriers = findCarriers(text, {
    region,
    regionIsPage,
    ...(page.lang !== undefined && { lang: page.lang }),
    numberRegions: numberRegionsOf(phones, regionIsPage),
  });
  return inReadingOrder([...phones, ...carriers]);
}

/**
 * Whether anything in `text` could become a finding: a digit run the phone finder would read, or a
 * carrier name before any context decides for or against it. Regions and the page's signs only
 * decide how numbers read and which carrier a name means, so none is needed.
 */
export function mayHoldFindings(text: string): boolean {
  return mayHoldPhones(text) || mayNameCarrier(text);
}

export function inReadingOrder(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
