import type { CountryCode } from 'libphonenumber-js/max';
import { findCarriers } from './carriers/carrier-finder';
import type { Finding } from './finding';
import { findPhones, mayHoldPhones } from './phone/phone-finder';

/**
 * Numbers, short codes and carrier names in one text, in reading order: what the background finds
 * for a page's blocks and what the scan CLI prints. `region` reads national numbers and picks the
 * local entry of a group name such as "Vodafone".
 */
export function findingsInText(text: string, region: CountryCode): Finding[] {
  return inReadingOrder([...findPhones(text, { defaultRegion: region }), ...findCarriers(text, { region })]);
}

/**
 * Whether anything in `text` could become a finding: a digit run the phone finder would read, or a
 * carrier name. Regions only decide how numbers read, not whether a run is worth reading, so none
 * is needed.
 */
export function mayHoldFindings(text: string): boolean {
  return mayHoldPhones(text) || findCarriers(text).length > 0;
}

export function inReadingOrder(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
